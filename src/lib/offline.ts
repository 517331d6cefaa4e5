/**
 * Offline (issue 17): the one place that says where the service worker keeps what it fetches.
 * The worker's routes (src/integrations/offline.ts, Workbox `runtimeCaching`) and the page-side
 * "Save for offline" (which writes with the Cache API) both read these names, so what a save
 * puts away is exactly what the worker serves when the network is gone.
 */

/** The caches, by what they hold. Bump a name's version only to throw away everything in it. */
export const OFFLINE_CACHES = {
  /** HTML pages, keyed by URL without query (run mode keeps its schedule in the query). */
  pages: 'do-pages-v1',
  /** Styles, scripts, fonts, pictures and the search index. */
  assets: 'do-assets-v1',
  /** Files to download: PDFs, Word files, JSON. */
  files: 'do-files-v1',
} as const;

export type OfflineCache = keyof typeof OFFLINE_CACHES;

/** Which cache a site URL's path belongs in: a page (ends in `/` or `.html`), a file to download, or an asset. */
export function cacheFor(pathname: string): OfflineCache {
  const path = pathname.split(/[?#]/)[0] ?? '';
  if (path.endsWith('/') || path.endsWith('.html')) return 'pages';
  if (/\.(pdf|docx|json)$/i.test(path) && !/\/pagefind\//.test(path)) return 'files';
  return 'assets';
}
