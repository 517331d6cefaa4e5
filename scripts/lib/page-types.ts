/**
 * Page types: what kind of page a built path is. The benchmark reports sizes per type and the
 * budget tests hold each type to its own budget, so both classify pages here.
 */
/** In the order reports list them: content first, then tools, lists, print and the 404. */
export const PAGE_TYPES = [
  'home',
  'module',
  'facilitator',
  'activity',
  'worksheet',
  'case',
  'practice',
  'guide',
  'program',
  'coaching-call',
  'schedule',
  'run',
  'schedule-builder',
  'search',
  'index',
  'print-pack',
  'not-found',
] as const;

export type PageType = (typeof PAGE_TYPES)[number];

const RULES: [RegExp, PageType][] = [
  [/^\/$/, 'home'],
  [/^\/404(\.html|\/)$/, 'not-found'],
  [/^\/search\/$/, 'search'],
  [/^\/modules\/[^/]+\/facilitator\/$/, 'facilitator'],
  [/^\/modules\/[^/]+\/run\/$/, 'run'],
  [/^\/schedules\/(run|[^/]+\/run\/[^/]+)\/$/, 'run'],
  [/^\/modules\/[^/]+\/$/, 'module'],
  [/^\/activities\/[^/]+\/$/, 'activity'],
  [/^\/worksheets\/[^/]+\/$/, 'worksheet'],
  [/^\/cases\/[^/]+\/$/, 'case'],
  [/^\/practices\/[^/]+\/$/, 'practice'],
  [/^\/guides\/[^/]+\/$/, 'guide'],
  [/^\/programs\/[^/]+\/$/, 'program'],
  [/^\/coaching-calls\/[^/]+\/$/, 'coaching-call'],
  [/^\/schedules\/builder\/$/, 'schedule-builder'],
  [/^\/schedules\/[^/]+\/$/, 'schedule'],
  [/^\/print\/[^/]+\/[^/]+\/$/, 'print-pack'],
];

/** The type of a site path such as "/modules/strategy/facilitator/". Lists and overviews are "index". */
export function pageType(path: string): PageType {
  for (const [pattern, type] of RULES) if (pattern.test(path)) return type;
  return 'index';
}
