/**
 * The URL helper (`src/lib/urls.ts`) bound to this build's base, Astro's `import.meta.env.BASE_URL`
 * (from `BASE_PATH` or `astro build --base`), and to a page's language. Templates take
 * `hrefIn(Astro.currentLocale)`; client scripts use `href`, which reads the language of the page
 * they run on (`<html lang>`). Vite puts the base into client bundles too.
 */
import { asLocale, pageUrl, type UrlOptions } from '../lib/urls.ts';

/** The URL helper of a page in `locale` (`Astro.currentLocale`): `hrefIn('es')('/modules/x/')` → `/es/modules/x/`. */
export function hrefIn(locale: string | undefined) {
  const pageLocale = asLocale(locale);
  return (path: string, options: Omit<UrlOptions, 'base'> = {}): string =>
    pageUrl(path, { locale: pageLocale, ...options, base: import.meta.env.BASE_URL });
}

/** In a client script: the URL of a site-relative path in the language of this page. */
export const href = (path: string, options: Omit<UrlOptions, 'base'> = {}): string =>
  hrefIn(typeof document === 'undefined' ? undefined : document.documentElement.lang)(path, options);
