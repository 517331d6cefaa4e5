/**
 * Offline (issue 17): what the offline page lists as saved on this device. The page hands in the
 * URLs in the `pages` cache and the save list of its language when one is cached
 * (`${base}offline/save.json`, see the offline contract); this picks the pages of that language,
 * names them, and puts the home page first.
 */
import { isUnderBase, splitLocale, stripBase, toolPaths, paths, type Locale } from './urls.ts';

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
 * nothing on their own (the offline page, the 404) are left out; one URL appears once.
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
  const skip = new Set<string>([toolPaths.offline(), paths.notFound(), '/404/']);
  const pages = new Map<string, SavedPage>();
  for (const raw of cacheUrls) {
    const url = new URL(raw, 'http://site.invalid').pathname;
    if (!isUnderBase(url, base)) continue;
    const split = splitLocale(stripBase(url, base));
    if (split.locale !== locale || skip.has(split.path) || pages.has(url)) continue;
    pages.set(url, { url, title: titles.get(url) ?? titleOf?.(url) ?? decodeURIComponent(url) });
  }
  const home = (page: SavedPage) => splitLocale(stripBase(page.url, base)).path === paths.home();
  return [...pages.values()].sort((a, b) => Number(home(b)) - Number(home(a)) || a.title.localeCompare(b.title, locale));
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
