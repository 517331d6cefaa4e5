/**
 * The URL helper (`src/lib/urls.ts`) bound to this build's base, Astro's `import.meta.env.BASE_URL`
 * (from `BASE_PATH` or `astro build --base`). Templates and client scripts import it; Vite puts the
 * base into client bundles too.
 */
import { pageUrl, type UrlOptions } from '../lib/urls.ts';

/** The URL of a site-relative path on this build: `href('/modules/x/')` → `/curriculum-site/modules/x/`. */
export const href = (path: string, options: Omit<UrlOptions, 'base'> = {}): string =>
  pageUrl(path, { ...options, base: import.meta.env.BASE_URL });
