/**
 * Every URL the site writes comes from here: the path of each kind of page (`paths`, `toolPaths`),
 * and `pageUrl`, which puts a locale and the deployment base in front of such a path. Pages use it
 * through `src/components/href.ts`, client scripts and the Markdown plugins call it with the base
 * they were given, and the tests call it to find pages under a base. Modelled on Starlight's
 * `utils/base.ts` (`pathWithBase`) and `utils/localizedUrl.ts`.
 */

/** Site-relative paths of every kind of page. One place, so links and curriculum.json agree. */
export const paths = {
  home: () => '/',
  curriculum: () => '/curriculum/',
  module: (id: string) => `/modules/${id}/`,
  facilitator: (id: string) => `/modules/${id}/facilitator/`,
  activities: () => '/activities/',
  activity: (id: string) => `/activities/${id}/`,
  worksheet: (id: string) => `/worksheets/${id}/`,
  caseStudies: () => '/cases/',
  caseStudy: (id: string) => `/cases/${id}/`,
  practices: () => '/practices/',
  practice: (id: string) => `/practices/${id}/`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/#${id}`,
  guides: () => '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  programs: () => '/programs/',
  program: (id: string) => `/programs/${id}/`,
  coachingCall: (id: string) => `/coaching-calls/${id}/`,
  search: () => '/search/',
  publisher: () => '/publisher/',
  /** The framework pictures (issue 12): an index and one page per picture, with its projector view. */
  pictures: () => '/pictures/',
  picture: (id: string) => `/pictures/${id}/`,
  /** The page an executive director reads first (issue 15). */
  forDirectors: () => '/for-directors/',
  coachingCalls: () => '/coaching-calls/',
  /** Which entries are translated, from which English, reviewed by whom (issue 16). */
  translations: () => '/translations/',
  notFound: () => '/404.html',
} as const;

/** Pages of the tools for trainers in the room. */
export const toolPaths = {
  schedules: () => '/schedules/',
  schedule: (format: string) => `/schedules/${format}/`,
  builder: () => '/schedules/builder/',
  /** The run mode of a schedule the builder made; the schedule itself travels in the query. */
  runBuilt: () => '/schedules/run/',
  runSession: (format: string, session: number | string) => `/schedules/${format}/run/${session}/`,
  runModule: (id: string) => `/modules/${id}/run/`,
  printPack: (role: 'facilitator' | 'participant', format: string) => `/print/${role}/${format}/`,
  /** The PDF of a whole-format pack on one paper size. */
  pdf: (role: 'facilitator' | 'participant', format: string, paper = 'a4') => `/pdf/${format}-${role}-pack-${paper}.pdf`,
  /** One module's pack for one role (issue 12). */
  modulePack: (role: 'facilitator' | 'participant', id: string) => `/print/modules/${id}/${role}/`,
  /** Every printout, in one list: packs, posters, room materials. */
  printouts: () => '/print/',
  /** A framework picture as a poster to print. */
  poster: (id: string) => `/print/posters/${id}/`,
  /** Room materials (issue 12): the sign-in sheet, the evaluation form, a wall agenda per day, a module's flip charts. */
  signIn: () => '/print/sign-in/',
  evaluation: () => '/print/evaluation/',
  /** The blank organizational self-assessment, one copy per person who marks it on paper (issue 15). */
  selfAssessment: () => '/print/self-assessment/',
  wallAgenda: (format: string, session: number | string) => `/print/wall-agenda/${format}/${session}/`,
  /** For a mixed room: every title in the page's language and in the other one (src/lib/bilingual.ts). */
  bilingualWallAgenda: (format: string, session: number | string) => `/print/wall-agenda/${format}/${session}/bilingual/`,
  /** A worksheet to print for a mixed room: every heading, prompt, column and row heading in both languages. */
  bilingualWorksheet: (id: string) => `/worksheets/${id}/bilingual/`,
  flipCharts: (id: string) => `/print/flip-charts/${id}/`,
  /** The projector window of run mode, which follows the presenter's window (issue 13). */
  roomView: () => '/schedules/room-view/',
  /** The steps and notes of every agenda item, for the run mode of a schedule the builder made. */
  runDetails: () => '/schedules/run-details.json',
  /** A PDF the build prints from a page that declares it (src/lib/print-files.ts): `/pdf/<stem>-<paper>.pdf`. */
  pdfFile: (stem: string, paper: string) => `/pdf/${stem}-${paper}.pdf`,
  /** An editable Word file written from the same data as a handout (issue 15). */
  docx: (stem: string) => `/docx/${stem}.docx`,
  /** The leadership dashboard an organization fills in on its device (issue 15). */
  dashboard: () => '/tools/dashboard/',
  /** Files the build writes beside the pages. */
  pagefind: () => '/pagefind/',
  /** Offline (issue 17): the page a reader gets for a page that is not saved, in their language. */
  offline: () => '/offline/',
  /** What "Save for offline" fetches in a language: every file with its size (src/lib/offline.ts). */
  saveList: () => '/offline/save.json',
  /** The service worker, at the base so its scope is the whole site (never localized). */
  serviceWorker: () => '/sw.js',
  /** The web app manifest of a language (its name and start URL). */
  manifest: () => '/manifest.webmanifest',
} as const;

// ─── locales ─────────────────────────────────────────────────────────────────────────────────

/**
 * The languages of the site and where their pages live. English is the root locale (no prefix);
 * Spanish pages are under `/es/` (`src/schemas/translation.ts` lists the translations).
 */
export const LOCALE_PREFIXES = { en: '', es: '/es' } as const satisfies Record<string, string>;
export type Locale = keyof typeof LOCALE_PREFIXES;
export const ROOT_LOCALE: Locale = 'en';

/** A language as Astro or the page names it (`es`, `es-419`, `en`, `undefined`) as one of the site's locales. */
export function asLocale(lang: string | undefined): Locale {
  const code = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return code in LOCALE_PREFIXES ? (code as Locale) : ROOT_LOCALE;
}

/** The locale of a site-relative path (`/es/modules/x/` → `es`) and the path without its prefix. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  for (const [locale, prefix] of Object.entries(LOCALE_PREFIXES) as [Locale, string][]) {
    if (prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`))) return { locale, path: path.slice(prefix.length) || '/' };
  }
  return { locale: ROOT_LOCALE, path };
}

export interface UrlOptions {
  /** The deployment base, as Astro's `BASE_URL` gives it ("/", "/curriculum-site/", "/curriculum-site"). */
  base?: string;
  /** The language of the page linked to; the root locale adds nothing. */
  locale?: Locale;
}

// ─── the base ────────────────────────────────────────────────────────────────────────────────

/** "/", "/x/" for any spelling of a base: "", "x", "/x", "/x/", "//x//". */
export function normalizeBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/** A base without its trailing slash: "" for the root, "/x" otherwise. */
const basePrefix = (base: string) => normalizeBase(base).slice(0, -1);

/** A root-relative URL (`/x`), as opposed to `x`, `./x`, `//host/x`, `#x` or `https://…`. */
export function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Whether a root-relative URL is already inside the base ("/x/", "/x/a", "/x?q", "/x#a" for base "/x/"). */
export function isUnderBase(url: string, base: string): boolean {
  const prefix = basePrefix(base);
  if (prefix === '') return isRootRelative(url);
  return url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`) || url.startsWith(`${prefix}#`);
}

/**
 * The URL of a site-relative path (`/modules/x/`, `/glossary/#term`, `/schedules/builder/?format=y`)
 * on the deployed site: the locale's prefix, then the base in front.
 *
 *   pageUrl('/modules/x/')                               → '/modules/x/'
 *   pageUrl('/modules/x/', { base: '/curriculum-site/' }) → '/curriculum-site/modules/x/'
 *   pageUrl('/', { base: '/curriculum-site/' })           → '/curriculum-site/'
 */
export function pageUrl(path: string, { base = '/', locale = ROOT_LOCALE }: UrlOptions = {}): string {
  if (!isRootRelative(path)) throw new Error(`pageUrl: expected a site-relative path starting with "/"; found "${path}"`);
  return `${basePrefix(base)}${LOCALE_PREFIXES[locale]}${path}`;
}

/** Prefixes a site-relative path with the deployment base (Astro's `BASE_URL`). Same as `pageUrl(path, { base })`. */
export function withBase(base: string, path: string): string {
  return pageUrl(path, { base });
}

/**
 * The site-relative path of a URL on the deployed site: the base taken off ("/curriculum-site/modules/x/"
 * → "/modules/x/"). A URL outside the base is returned as it is, so callers can tell with `isUnderBase`.
 */
export function stripBase(url: string, base: string): string {
  const prefix = basePrefix(base);
  if (prefix === '' || !isUnderBase(url, base)) return url;
  const rest = url.slice(prefix.length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * For links written by hand (in Markdown bodies): a root-relative URL gets the base, once; anything
 * else (relative, `#anchor`, another host, `mailto:`) and a URL already under the base stays as it is.
 */
export function rebase(url: string, base: string): string {
  if (!isRootRelative(url) || isUnderBase(url, base)) return url;
  return pageUrl(url, { base });
}

/** `srcset="/a.png 1x, /b.png 2x"` with every root-relative candidate rebased. */
export function rebaseSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => `${space}${rebase(url, base)}`))
    .join(',');
}

/**
 * Makes the ids in a fragment of HTML unique on a page that joins many documents (print packs):
 * every `id="x"` becomes `id="<prefix>-x"`, and what points at an id inside the fragment follows:
 * links to `#x`, `aria-labelledby` / `aria-describedby` lists, and SVG `url(#x)` references.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/(\sid=")([^"]+)"/g, (_, attr: string, id: string) => `${attr}${prefix}-${id}"`)
    .replace(/(\shref="#)([^"]+)"/g, (_, attr: string, id: string) => `${attr}${prefix}-${id}"`)
    .replace(
      /(\saria-(?:labelledby|describedby)=")([^"]+)"/g,
      (_, attr: string, ids: string) =>
        `${attr}${ids
          .split(/\s+/)
          .map((id) => `${prefix}-${id}`)
          .join(' ')}"`,
    )
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`);
}
