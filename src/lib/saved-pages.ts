/**
 * Offline (issue 17): what the offline page lists as saved on this device. The page hands in the
 * URLs in the `pages` cache and the save list of its language when one is cached
 * (`${base}offline/save.json`, see the offline contract); this picks the pages of that language,
 * names them, and puts the home page first, then the saved schedules and their run mode.
 */
import { LOCALE_PREFIXES, pageUrl, paths, toolPaths, type Locale } from './urls.ts';

export interface SavedPage {
  /** The page's URL on this site, base included, no query. */
  url: string;
  /** Its title from the save list or the cached page, else its path. */
  title: string;
}

/** The part of a save list (src/lib/save-list.ts) the offline page reads. */
export interface SaveListTitles {
  files?: { url: string; title?: string }[];
}

/**
 * The saved pages of `locale`, from the `pages` cache's keys (full URLs or paths). Pages that say
 * nothing on their own (the offline page, the 404) are left out; one URL appears once. Built on
 * `pageUrl` alone: this runs on the offline page, and every other helper it took would grow the
 * URL code every tool page loads.
 */
export function savedPages(
  cacheUrls: readonly string[],
  {
    locale,
    base,
    saveList,
    titleOf,
  }: { locale: Locale; base: string; saveList?: SaveListTitles | undefined; titleOf?: (url: string) => string | undefined },
): SavedPage[] {
  const titles = new Map((saveList?.files ?? []).flatMap((file) => (file.title ? [[file.url, file.title] as const] : [])));
  const home = pageUrl(paths.home(), { base, locale });
  // A language's pages are under its home; a language whose home is inside it (Spanish under English) is not its own.
  const others = (Object.keys(LOCALE_PREFIXES) as Locale[])
    .map((other) => pageUrl(paths.home(), { base, locale: other }))
    .filter((root) => root !== home && root.startsWith(home));
  const skip = new Set([toolPaths.offline(), paths.notFound(), '/404/'].map((path) => pageUrl(path, { base, locale })));
  const pages = new Map<string, SavedPage>();
  for (const raw of cacheUrls) {
    const url = new URL(raw, 'http://site.invalid').pathname;
    if (!url.startsWith(home) || others.some((root) => url.startsWith(root)) || skip.has(url) || pages.has(url)) continue;
    pages.set(url, { url, title: titles.get(url) ?? titleOf?.(url) ?? decodeURIComponent(url) });
  }
  // Two pages with one title (a picture and its poster, a worksheet and its bilingual sheet) say where each is.
  const count = new Map<string, number>();
  for (const page of pages.values()) count.set(page.title, (count.get(page.title) ?? 0) + 1);
  for (const page of pages.values())
    if ((count.get(page.title) ?? 0) > 1) page.title = `${page.title} (${decodeURIComponent(page.url.slice(home.length))})`;
  // The home page; then a trainer's day (the schedules, their run mode by day, the room view) in the order of
  // their addresses, so a saved schedule comes before its days; then the section pages a reader starts from
  // (one level deep); then the rest by title.
  const schedules = pageUrl(toolPaths.schedules(), { base, locale });
  const rank = (page: SavedPage) =>
    page.url === home ? 0 : page.url.startsWith(schedules) ? 1 : page.url.slice(home.length).split('/').filter(Boolean).length <= 1 ? 2 : 3;
  const order = (page: SavedPage) => (rank(page) === 1 ? page.url : page.title);
  return [...pages.values()].sort((a, b) => rank(a) - rank(b) || order(a).localeCompare(order(b), locale, { numeric: true }));
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A cached page's title: the text of its first `<h1>`. Read with a pattern, not DOMParser: a parsed
 * document inherits the page's Content-Security-Policy and reports every `style` attribute in it.
 */
export function titleFromHtml(html: string): string | undefined {
  const inner = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  if (inner === undefined) return undefined;
  const text = inner
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
      name[0] === '#'
        ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10))
        : (NAMED[name.toLowerCase()] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}
