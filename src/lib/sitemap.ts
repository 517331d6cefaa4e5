/**
 * Which built pages the sitemap lists (the `filter` of @astrojs/sitemap in astro.config.mjs). The
 * offline page is served by the service worker when a page is not saved; it says `noindex`, and a
 * search engine has nothing to find on it, so no language's copy is listed.
 */
import { splitLocale, stripBase, toolPaths } from './urls.ts';

/** Site-relative paths (without locale prefix) no sitemap lists. */
const UNLISTED = new Set<string>([toolPaths.offline()]);

/** Whether the sitemap lists this page (`https://host/base/es/offline/` → false), for the deployment's base. */
export function inSitemap(pageUrl: string, base: string): boolean {
  const { pathname } = new URL(pageUrl);
  return !UNLISTED.has(splitLocale(stripBase(pathname, base)).path);
}
