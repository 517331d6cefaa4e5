/**
 * Offline (issue 17): the options Workbox's `generateSW` gets to write the site's service worker
 * (`src/integrations/offline.ts` runs it over the built site). Pure, so the routes are unit-tested
 * and a test can write a second worker over a changed copy of the site with the same options.
 *
 * - It precaches only the shell (both offline pages, what they load, the manifests, icons and
 *   favicon): a participant's first visit must not download megabytes.
 * - Everything else is cached as it is read, into the caches `src/lib/offline.ts` names, with
 *   keys that "Save for offline" also writes (full URL with the base, no query).
 * - A page that is neither online nor cached gets the offline page of its language.
 * - A new worker waits (`skipWaiting: false`) until the reader accepts the update prompt, so a
 *   running run-mode session or a half-filled worksheet never changes under them.
 */
import type { GenerateSWOptions, ManifestEntry, RuntimeCaching } from 'workbox-build';
import { cacheFor, OFFLINE_CACHES, type OfflineCache } from './offline.ts';
import { LOCALE_PREFIXES, normalizeBase, pageUrl, toolPaths, type Locale } from './urls.ts';

/** What a route's test is handed by Workbox in the worker (`RouteMatchCallbackOptions`, the part used). */
export interface RouteContext {
  url: URL;
  sameOrigin: boolean;
}

/**
 * A route test for the worker: true for a same-origin request under `prefix` whose path
 * `cacheFor` puts in `cache`. Workbox writes a route's test into sw.js as its source text, so it
 * cannot close over an import: the function is built from `cacheFor`'s own source, which keeps
 * one home for the rule (a unit test checks the two agree).
 */
export function routeTest(cache: OfflineCache, prefix: string): (context: RouteContext) => boolean {
  const body = `const cacheFor = ${cacheFor.toString()};
return context.sameOrigin && context.url.pathname.startsWith(${JSON.stringify(prefix)}) && cacheFor(context.url.pathname) === ${JSON.stringify(cache)};`;
  return new Function('context', body) as (context: RouteContext) => boolean;
}

/**
 * A Workbox plugin that keys every cached response by its URL without the query, as a save does
 * (run mode carries its schedule in the query; one copy of the page serves them all).
 */
export const withoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    url.hash = '';
    return url.href;
  },
};

/** The channel on which the worker says a search-index file is neither online nor saved (the search notes listen). */
export const INDEX_MISSING_CHANNEL = 'do-search-index-missing';

/**
 * A Workbox plugin for the assets route: when a file of the search index under `pagefindPath`
 * cannot be had (offline, not saved), tell the pages, so search says "not saved on this device"
 * instead of "No results" or waiting forever. Built from text, as `routeTest`, for sw.js.
 */
export function indexMissing(pagefindPath: string): { handlerDidError: (options: { request: Request }) => Promise<undefined> } {
  const body = `if (new URL(options.request.url).pathname.startsWith(${JSON.stringify(pagefindPath)}))
  new BroadcastChannel(${JSON.stringify(INDEX_MISSING_CHANNEL)}).postMessage(options.request.url);
return Promise.resolve(undefined);`;
  return { handlerDidError: new Function('options', body) as (options: { request: Request }) => Promise<undefined> };
}

/** The site-relative files of the shell, apart from the offline pages' styles and scripts. */
export const SHELL_FILES = ['favicon.svg', 'icons/*.png'] as const;

/** The output-dir-relative HTML file of a language's offline page (`offline/index.html`, `es/offline/index.html`). */
export function offlinePageFile(locale: Locale): string {
  return `${pageUrl(toolPaths.offline(), { locale }).slice(1)}index.html`;
}

/** The output-dir-relative file of a language's manifest. */
export function manifestFile(locale: Locale): string {
  return pageUrl(toolPaths.manifest(), { locale }).slice(1);
}

const LOCALES = Object.keys(LOCALE_PREFIXES) as Locale[];

/**
 * The output-dir-relative files an offline page loads from `/_astro/` (its styles and scripts),
 * and the scripts those import, so the offline page works on a device that never loaded them.
 * `read` gives a file's text from its output-dir-relative path (undefined if it is missing).
 */
export function pageAssets(html: string, base: string, read: (file: string) => string | undefined): string[] {
  const prefix = `${normalizeBase(base)}_astro/`;
  const found = new Set<string>();
  const queue: string[] = [];
  const add = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    if (file.endsWith('.js')) queue.push(file);
  };
  for (const [, url = ''] of html.matchAll(/\s(?:href|src)="([^"?#]+)"/g)) {
    if (url.startsWith(prefix) && /\.(css|js)$/.test(url)) add(`_astro/${url.slice(prefix.length)}`);
  }
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const text = read(file) ?? '';
    // Chunks import each other relatively ("./x.js") from within _astro/.
    for (const [, name = ''] of text.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([\w.-]+\.js)["']/g)) add(`_astro/${name}`);
  }
  return [...found].sort();
}

/**
 * Turns the precache's `x/index.html` into `x/`, the URL pages link to and the one a fallback
 * names (Workbox looks a fallback up by its exact URL).
 */
export function directoryUrls(entries: (ManifestEntry & { size: number })[]): { manifest: (ManifestEntry & { size: number })[] } {
  return {
    manifest: entries.map((entry) =>
      entry.url === 'index.html' || entry.url.endsWith('/index.html') ? { ...entry, url: entry.url.slice(0, -'index.html'.length) } : entry,
    ),
  };
}

/**
 * Gives the precached pages (the offline pages) the site's version in their revision, so any page
 * that changes in a new build changes sw.js: the browser then finds a new worker and the reader is
 * told a new version is ready. Without it, a build that changed only content pages would leave
 * sw.js byte for byte the same.
 */
export function stampVersion(version: string) {
  return (entries: (ManifestEntry & { size: number })[]) => ({
    manifest: entries.map((entry) =>
      entry.url.endsWith('/') && entry.revision ? { ...entry, revision: `${entry.revision}.${version}` } : entry,
    ),
  });
}

export interface ServiceWorkerInput {
  /** The built site (`dist/`, `dist-base/`). */
  dir: string;
  /** The deployment base ("/", "/curriculum-site/"). */
  base: string;
  /** Output-dir-relative styles and scripts the offline pages load (`pageAssets`). */
  shellAssets: string[];
  /** A hash of every page the build wrote (`stampVersion`). */
  version: string;
}

/** The `generateSW` options for a built site: `${base}sw.js`, scope `${base}`. */
export function serviceWorkerOptions({ dir, base, shellAssets, version }: ServiceWorkerInput): GenerateSWOptions {
  const root = normalizeBase(base);
  const offlineUrl = (locale: Locale) => pageUrl(toolPaths.offline(), { base: root, locale });
  const plugins = [withoutQuery];
  const matchOptions = { ignoreSearch: true };
  // Pages of a language with a prefix first (`/es/…`), so the root's route catches the rest.
  const pageRoutes: RuntimeCaching[] = [...LOCALES]
    .sort((a, b) => LOCALE_PREFIXES[b].length - LOCALE_PREFIXES[a].length)
    .map((locale) => ({
      urlPattern: routeTest('pages', pageUrl('/', { base: root, locale })),
      handler: 'NetworkFirst',
      options: {
        cacheName: OFFLINE_CACHES.pages,
        networkTimeoutSeconds: 4,
        matchOptions,
        plugins,
        precacheFallback: { fallbackURL: offlineUrl(locale) },
      },
    }));
  return {
    globDirectory: dir,
    swDest: `${dir.replace(/\/+$/, '')}/sw.js`,
    globPatterns: [...LOCALES.map(offlinePageFile), ...LOCALES.map(manifestFile), ...SHELL_FILES, ...shellAssets],
    manifestTransforms: [directoryUrls, stampVersion(version)],
    // Astro's hashed file names already change with their content.
    dontCacheBustURLsMatching: /^_astro\//,
    ignoreURLParametersMatching: [/.*/],
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    // One file at the base, nothing beside it to keep in step.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      ...pageRoutes,
      {
        urlPattern: routeTest('files', root),
        handler: 'NetworkFirst',
        options: { cacheName: OFFLINE_CACHES.files, matchOptions, plugins },
      },
      {
        urlPattern: routeTest('assets', root),
        handler: 'StaleWhileRevalidate',
        options: {
          cacheName: OFFLINE_CACHES.assets,
          matchOptions,
          plugins: [...plugins, indexMissing(pageUrl(toolPaths.pagefind(), { base: root }))],
        },
      },
    ],
  };
}
