/**
 * "Save for offline" (issue 17): what a reader's device fetches to keep one language of the
 * training, as the save list `offline/save.json` (`es/offline/save.json`) says it. The build
 * (src/integrations/save-lists.ts) reads the built files into an `Inventory` and calls
 * `buildSaveList`; the save control (src/components/save-offline.ts) reads the list, shows its
 * size before anything is fetched and puts every file into the cache `cacheFor` names
 * (src/lib/offline.ts). The list is made from the built files, never from a second list of
 * pages, so it cannot forget a page or name a file that was not built. Pure: no file system, no
 * DOM, so the browser can import its types and the tests can give it a small made-up site.
 */
import { isUnderBase, pageUrl, splitLocale, stripBase, toolPaths, withBase, type Locale } from './urls.ts';

/** `offline/save.json`: the shape both offline helpers agree on (the worker's offline page reads it). */
export interface SaveList {
  locale: Locale;
  /** Changes whenever any listed file changes (a hash), so a saved copy knows it is out of date. */
  version: string;
  /** Every file a training day needs in this language: pages, the search index, pictures, styles and scripts. */
  files: SaveFile[];
  /** The PDFs and Word files the reader may tick, with their sizes (added by the PDF step when it runs). */
  downloads: SaveDownload[];
  /** Per schedule format: the urls (from `files`) its day needs, run mode and room view included. */
  schedules: Record<string, string[]>;
}

export interface SaveFile {
  /** The URL on the deployed site, base included. */
  url: string;
  /** The file's size: what it takes on the device. */
  bytes: number;
  /** What it takes to download (`transferBytes`): the size the control shows before a save. */
  transfer: number;
  /** For pages: the page's title. */
  title?: string;
}

export interface SaveDownload {
  url: string;
  bytes: number;
  /** PDFs and Word files are compressed already: the same as `bytes`. */
  transfer: number;
  /** The title of the page that offers the file. */
  title: string;
}

/** What the build wrote, read once from the output folder. Every path is a site path without the base. */
export interface Inventory {
  /**
   * Every file by site path ("/modules/x/" for `modules/x/index.html`, "/_astro/a.css"), with its size, a digest of
   * its bytes and, for text a host compresses (`isCompressible`), its gzipped size.
   */
  files: ReadonlyMap<string, { bytes: number; digest: string; gzip?: number }>;
  /** What each page, stylesheet and script refers to (resolved site paths; files that were not built are ignored). */
  refs: ReadonlyMap<string, readonly string[]>;
  /** Each page's title. */
  titles: ReadonlyMap<string, string>;
}

/** The Pagefind files every language's search loads (the language's own files are added by `isPagefindOf`). */
const PAGEFIND_SHARED = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'];

/**
 * Text a static host sends compressed (GitHub Pages, Netlify, Cloudflare Pages and the like gzip or brotli it):
 * pages, styles, scripts, data and SVG. Pictures, PDFs, Word files and Pagefind's index are compressed already.
 */
export const isCompressible = (path: string): boolean => isPage(path) || /\.(css|m?js|json|svg|webmanifest|xml|txt)$/.test(path);

/** The bytes a file costs to download: gzipped when the host compresses it (`gzip` known), its size otherwise. */
export const transferBytes = (file: { bytes: number; gzip?: number } | undefined): number => file?.gzip ?? file?.bytes ?? 0;

/** Whether a site path is a built HTML page. */
export const isPage = (path: string): boolean => path.endsWith('/') || path.endsWith('.html');

/** The language a site path belongs to: under `/es/` Spanish, anything else English. */
export const localeOf = (path: string): Locale => splitLocale(path).locale;

/**
 * Whether a file under /pagefind/ is one the search of `locale` loads: the runtime and its worker,
 * the entry file, the language's metadata (`pagefind.<lang>_<hash>.pf_meta`), its WebAssembly
 * (`wasm.<lang>.pagefind`; without it offline search hangs on "Searching…") and its index,
 * fragment and filter chunks (`<dir>/<lang>_<hash>.pf_*`). The other UIs Pagefind ships
 * (pagefind-ui.js, modular and component UIs, highlight) are not loaded: Starlight bundles its UI
 * into /_astro/.
 */
export function isPagefindOf(path: string, locale: Locale): boolean {
  const prefix = toolPaths.pagefind();
  if (!path.startsWith(prefix)) return false;
  const rest = path.slice(prefix.length);
  if (PAGEFIND_SHARED.includes(rest)) return true;
  if (rest === `wasm.${locale}.pagefind` || (rest.startsWith(`pagefind.${locale}_`) && rest.endsWith('.pf_meta'))) return true;
  return /^(index|fragment|filter)\//.test(rest) && rest.split('/')[1]?.startsWith(`${locale}_`) === true;
}

/** A file to download in `locale`: PDFs under `/pdf/`, Word files under `/docx/` (`/es/pdf/`, `/es/docx/` in Spanish). */
export function isDownloadOf(path: string, locale: Locale): boolean {
  const { locale: of, path: rest } = splitLocale(path);
  return of === locale && (/^\/pdf\/[^/]+\.pdf$/.test(rest) || /^\/docx\/[^/]+\.docx$/.test(rest));
}

// ─── reading built files ────────────────────────────────────────────────────────────────────

/**
 * The site path a reference in a built file points to, or undefined for one that leaves the
 * site (another host, `mailto:`, `data:`, `#x`) or the base. `from` is the site path of the file
 * it is in; relative references resolve against it as a browser would. Query and hash are dropped.
 */
export function resolveRef(ref: string, from: string, base: string): string | undefined {
  const value = ref.trim();
  if (value === '' || value.startsWith('#') || value.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  const origin = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(value, `${origin}${withBase(base, from)}`);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !isUnderBase(url.pathname, base)) return undefined;
  return stripBase(decodeURI(url.pathname), base);
}

const ATTRIBUTE = /\s(?:src|href|poster|component-url|renderer-url|before-hydration-url)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const SRCSET = /\ssrcset\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]+))\s*\)/gi;
/** String literals in a bundle that name a file (Vite's imports, preload lists, `new URL(…)`). */
const SCRIPT_FILE = /["'`]((?:\.{1,2}\/|\/)?[\w@./-]+\.(?:m?js|css|wasm|json|svg|png|jpe?g|gif|webp|avif|woff2?|ttf|otf))["'`]/g;

const decodeAttribute = (value: string) => value.replace(/&amp;/g, '&').replace(/&#38;/g, '&');

/** What a built page refers to: `src`, `href`, `srcset` candidates and CSS `url()` in its inline styles. */
export function htmlRefs(html: string, from: string, base: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(ATTRIBUTE)) found.push(decodeAttribute(m[1] ?? m[2] ?? ''));
  for (const m of html.matchAll(SRCSET)) {
    for (const candidate of decodeAttribute(m[1] ?? m[2] ?? '').split(',')) found.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  for (const m of html.matchAll(CSS_URL)) found.push(m[1] ?? m[2] ?? m[3] ?? '');
  return unique(found.map((ref) => resolveRef(ref, from, base)));
}

/** What a stylesheet refers to: its `url()`s (fonts, pictures) and `@import`s. */
export function cssRefs(css: string, from: string, base: string): string[] {
  const found = [...css.matchAll(CSS_URL)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of css.matchAll(/@import\s+["']([^"']+)["']/g)) found.push(m[1] ?? '');
  return unique(found.map((ref) => resolveRef(ref, from, base)));
}

/**
 * What a script refers to: every string literal that names a file. Vite writes static imports as
 * `"./x.js"`, dynamic ones as `import("./x.js")` and their preload lists as `"_astro/x.js"`
 * (relative to the base); all three resolve here, and a name that matches no built file is
 * dropped by `buildSaveList`.
 */
export function scriptRefs(js: string, from: string, base: string): string[] {
  return unique(
    [...js.matchAll(SCRIPT_FILE)].flatMap((m) => {
      const ref = m[1] ?? '';
      if (ref.startsWith('.') || ref.startsWith('/')) return [resolveRef(ref, from, base)];
      return [resolveRef(`./${ref}`, '/', base), resolveRef(`./${ref}`, from, base)];
    }),
  );
}

/** A page's `<title>`, without the site name Starlight appends (" | Distributed Organizing"). */
export function pageTitle(html: string): string | undefined {
  const raw = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  if (raw === undefined) return undefined;
  const text = raw
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .trim();
  const cut = text.lastIndexOf(' | ');
  return cut > 0 ? text.slice(0, cut) : text;
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}

// ─── the list ───────────────────────────────────────────────────────────────────────────────

/**
 * The pages one schedule's day needs, in one language (`schedules[format]` before its styles and
 * scripts are added): the schedule page, its run-mode pages, the room view, the run details,
 * and the modules, facilitator pages, activities and worksheets of the curriculum it lays out
 * (every built-in format lays out every module). `modules` and `activities` are the language's
 * curriculum.json, whose urls are already the language's site paths (`/es/modules/x/`).
 */
export function schedulePages(
  format: string,
  locale: Locale,
  built: Iterable<string>,
  modules: readonly { url: string; facilitatorUrl: string; agenda: readonly { activity: string | null }[] }[],
  activities: readonly { id: string; url: string; worksheetUrl: string }[],
): string[] {
  const prefix = (path: string) => pageUrl(path, { locale });
  const runPrefix = prefix(`/schedules/${format}/run/`);
  const runPages = [...built].filter((p) => p.startsWith(runPrefix) && isPage(p)).sort(byNumber);
  const byId = new Map(activities.map((a) => [a.id, a]));
  const used = modules.flatMap((m) => m.agenda.flatMap((item) => (item.activity === null ? [] : [byId.get(item.activity)])));
  return unique([
    prefix(toolPaths.schedule(format)),
    ...runPages,
    prefix(toolPaths.roomView()),
    prefix(toolPaths.runDetails()),
    ...modules.flatMap((m) => [m.url, m.facilitatorUrl]),
    ...used.flatMap((a) => (a === undefined ? [] : [a.url, a.worksheetUrl])),
  ]);
}

/** "/x/run/2/" before "/x/run/10/". */
const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * Everything `start` needs: the files themselves and, transitively, the styles, scripts, fonts and
 * pictures they refer to. Pages link other pages, but a page's links are not followed (a page is
 * in the list because it is a page of the language, not because something links it); downloads
 * are never pulled in this way.
 */
export function withAssets(start: Iterable<string>, inventory: Inventory): string[] {
  const seen = new Set<string>();
  const queue = [...start].filter((p) => inventory.files.has(p));
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    for (const ref of inventory.refs.get(path) ?? []) {
      if (!seen.has(ref) && inventory.files.has(ref) && !isPage(ref) && !/\.(pdf|docx)$/i.test(ref)) queue.push(ref);
    }
  }
  return [...seen];
}

/**
 * A short hash of every listed file's url and digest, in order: a one-byte change to any file (or
 * a file added or dropped) gives another version. Two FNV-1a passes with different seeds, 64 bits
 * as 16 hex digits: plenty to tell one build from the next, and no Node API.
 */
export function listVersion(entries: readonly { url: string; digest: string }[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const { url, digest } of entries) {
    const line = `${url}\u0000${digest}\n`;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x01000193 + 0x200) >>> 0;
    }
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export interface SaveListInput {
  locale: Locale;
  base: string;
  inventory: Inventory;
  /** Per format, the pages its day needs (`schedulePages`). */
  schedules: Record<string, readonly string[]>;
}

/** The save list of one language, from what the build wrote. */
export function buildSaveList({ locale, base, inventory, schedules }: SaveListInput): SaveList {
  const built = [...inventory.files.keys()];
  const pages = built.filter((p) => isPage(p) && localeOf(p) === locale);
  const data = built.filter((p) => p === pageUrl(toolPaths.runDetails(), { locale }));
  const search = built.filter((p) => isPagefindOf(p, locale));
  const listed = withAssets([...pages, ...data, ...search], inventory).sort(byNumber);
  const entry = (path: string): SaveFile => {
    const title = inventory.titles.get(path);
    const file = inventory.files.get(path);
    return { url: withBase(base, path), bytes: file?.bytes ?? 0, transfer: transferBytes(file), ...(title === undefined ? {} : { title }) };
  };
  const files = listed.map(entry);
  const offeredBy = new Map<string, string>();
  for (const page of pages.sort(byNumber)) {
    for (const ref of inventory.refs.get(page) ?? []) if (!offeredBy.has(ref)) offeredBy.set(ref, inventory.titles.get(page) ?? page);
  }
  const downloads = built
    .filter((p) => isDownloadOf(p, locale))
    .sort(byNumber)
    .map((path) => ({
      url: withBase(base, path),
      bytes: inventory.files.get(path)?.bytes ?? 0,
      transfer: transferBytes(inventory.files.get(path)),
      title: offeredBy.get(path) ?? path.split('/').pop() ?? path,
    }));
  const inList = new Set(listed);
  const scheduleLists = Object.fromEntries(
    Object.entries(schedules).map(([format, start]) => [
      format,
      withAssets(start, inventory)
        .filter((p) => inList.has(p))
        .sort(byNumber)
        .map((p) => withBase(base, p)),
    ]),
  );
  const version = listVersion(
    [...listed, ...downloads.map((d) => stripBase(d.url, base))].map((path) => ({
      url: path,
      digest: inventory.files.get(path)?.digest ?? '',
    })),
  );
  return { locale, version, files, downloads, schedules: scheduleLists };
}

/** The total of a list of entries, in bytes. */
export const totalBytes = (entries: readonly { bytes: number }[]): number => entries.reduce((sum, e) => sum + e.bytes, 0);

/** The total a list of entries costs to download. */
export const totalTransfer = (entries: readonly { transfer: number }[]): number => entries.reduce((sum, e) => sum + e.transfer, 0);

/** The site path of a language's save list ("/offline/save.json", "/es/offline/save.json"). */
export const saveListPath = (locale: Locale): string => pageUrl(toolPaths.saveList(), { locale });
