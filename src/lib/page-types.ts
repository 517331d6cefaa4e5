/**
 * The kinds of page the site has, each with the URL patterns it lives at (built from `paths` and
 * `toolPaths` in src/lib/urls.ts, never restated) and one example page. The benchmark and the size
 * budgets classify built pages with `pageType` (re-exported by scripts/lib/page-types.ts); the search
 * facets (src/lib/facets.ts) read `SEARCH_TYPES`.
 */
import { paths, toolPaths, splitLocale } from './urls.ts';

/** The placeholder given to a path function to turn it into a pattern: `paths.module(ID)` → "/modules/:id/". */
const ID = ':id';

export interface PageTypeSpec {
  /** The name reports, budgets and tests use. */
  name: string;
  /** Site paths with `:id` for each varying segment. */
  patterns: readonly string[];
  /** A page of this type that the build writes. */
  example: string;
}

/** In the order reports list them: content first, then tools, lists, print and the 404. */
export const PAGE_TYPE_SPECS = [
  { name: 'home', patterns: [paths.home()], example: paths.home() },
  { name: 'module', patterns: [paths.module(ID)], example: paths.module('opening') },
  { name: 'facilitator', patterns: [paths.facilitator(ID)], example: paths.facilitator('opening') },
  { name: 'activity', patterns: [paths.activity(ID)], example: paths.activity('snowflake-chart') },
  {
    name: 'worksheet',
    patterns: [paths.worksheet(ID), toolPaths.bilingualWorksheet(ID)],
    example: paths.worksheet('snowflake-chart'),
  },
  { name: 'case', patterns: [paths.caseStudy(ID)], example: paths.caseStudy('ufw-grape-strike') },
  { name: 'practice', patterns: [paths.practice(ID)], example: paths.practice('relationships') },
  { name: 'guide', patterns: [paths.guide(ID), paths.publisher(), paths.forDirectors()], example: paths.guide('about-this-curriculum') },
  { name: 'program', patterns: [paths.program(ID)], example: paths.program('follow-up-coaching') },
  { name: 'coaching-call', patterns: [paths.coachingCall(ID)], example: paths.coachingCall('call-1') },
  { name: 'picture', patterns: [paths.picture(ID)], example: paths.picture('snowflake') },
  { name: 'schedule', patterns: [toolPaths.schedule(ID)], example: toolPaths.schedule('two-day') },
  {
    name: 'run',
    patterns: [toolPaths.runModule(ID), toolPaths.runBuilt(), toolPaths.runSession(ID, ID)],
    example: toolPaths.runSession('two-day', 1),
  },
  { name: 'room-view', patterns: [toolPaths.roomView()], example: toolPaths.roomView() },
  { name: 'schedule-builder', patterns: [toolPaths.builder()], example: toolPaths.builder() },
  { name: 'dashboard', patterns: [toolPaths.dashboard()], example: toolPaths.dashboard() },
  { name: 'search', patterns: [paths.search()], example: paths.search() },
  {
    name: 'index',
    patterns: [
      paths.curriculum(),
      paths.activities(),
      paths.caseStudies(),
      paths.practices(),
      paths.glossary(),
      paths.guides(),
      paths.programs(),
      paths.coachingCalls(),
      toolPaths.schedules(),
      toolPaths.printouts(),
      paths.pictures(),
    ],
    example: paths.curriculum(),
  },
  // The role is typed for callers ('facilitator' | 'participant'); here it stands for either.
  {
    name: 'print-pack',
    patterns: [toolPaths.printPack(ID as 'facilitator', ID)],
    example: toolPaths.printPack('facilitator', 'two-day'),
  },
  {
    name: 'module-pack',
    patterns: [toolPaths.modulePack(ID as 'facilitator', ID)],
    example: toolPaths.modulePack('facilitator', 'structure-and-teams'),
  },
  {
    name: 'room-material',
    patterns: [
      toolPaths.signIn(),
      toolPaths.evaluation(),
      toolPaths.wallAgenda(ID, ID),
      toolPaths.bilingualWallAgenda(ID, ID),
      toolPaths.flipCharts(ID),
      toolPaths.selfAssessment(),
    ],
    example: toolPaths.signIn(),
  },
  { name: 'poster', patterns: [toolPaths.poster(ID)], example: toolPaths.poster('snowflake') },
  { name: 'not-found', patterns: [paths.notFound(), '/404/'], example: paths.notFound() },
] as const satisfies readonly PageTypeSpec[];

export type PageType = (typeof PAGE_TYPE_SPECS)[number]['name'];

/** The type names, in report order. */
export const PAGE_TYPES: readonly PageType[] = PAGE_TYPE_SPECS.map((spec) => spec.name);

interface CompiledPattern {
  type: PageType;
  regex: RegExp;
  /** Literal patterns win over ones with placeholders ("/schedules/builder/" over "/schedules/:id/"). */
  placeholders: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "/modules/:id/" → /^\/modules\/[^/]+\/$/ */
export function patternRegex(pattern: string): RegExp {
  return new RegExp(`^${pattern.split(ID).map(escape).join('[^/]+')}$`);
}

const COMPILED: CompiledPattern[] = PAGE_TYPE_SPECS.flatMap((spec) =>
  spec.patterns.map((pattern) => ({ type: spec.name, regex: patternRegex(pattern), placeholders: pattern.split(ID).length - 1 })),
).sort((a, b) => a.placeholders - b.placeholders);

/**
 * The type of a site path such as "/modules/strategy/facilitator/" (without the base: see
 * `stripBase`). A path no pattern matches counts as "index".
 */
export function pageType(path: string): PageType {
  // A page has the type of its English page: /es/modules/x/ is a module page.
  const english = splitLocale(path).path;
  return COMPILED.find((p) => p.regex.test(english))?.type ?? 'index';
}

/**
 * The values of the search "type" facet (codes; src/lib/facets.ts writes them in the page's language): what a result is, for a reader. Page types share one where a
 * reader would not tell them apart (lists and the home page are overviews; a coaching call belongs to
 * its program; the builder is a schedule), and the glossary page is its own.
 */
export const SEARCH_TYPES = [
  'module',
  'facilitator',
  'activity',
  'worksheet',
  'case',
  'practice',
  'guide',
  'glossary',
  'program',
  'schedule',
  'overview',
] as const satisfies readonly (PageType | 'glossary' | 'overview')[];
/** A value of the search "type" facet; its words are `search.type.<value>` in the interface dictionary. */
export type SearchType = (typeof SEARCH_TYPES)[number];
