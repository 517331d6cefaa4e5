/**
 * The search page's state in the address bar: the query and the chosen filter values.
 * Pure, so round-trips are tested; the page renders whatever this returns as text.
 */

/** Facets the search page offers, in display order; their labels are `search.facet.<name>` in the dictionary. */
export const SEARCH_FACETS = [
  { name: 'type' },
  { name: 'practice' },
  { name: 'setting' },
  { name: 'group' },
  { name: 'duration' },
  { name: 'sector' },
  { name: 'region' },
  { name: 'kind' },
] as const;

/** The sentences of the search page, read from the interface dictionary on the server. */
export interface SearchWords {
  /** The page's language, for choosing plural forms. */
  lang: string;
  prompt: string;
  nothing: string;
  /** "{count} result." / "{count} results.", one sentence per plural form. */
  results: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** "{count} results, first {shown} shown." */
  resultsFirst: string;
  /** Shown while the search index loads (the box is usable at once). */
  loading: string;
  /** The filters button and summary: "Filters", and "Filters ({count} chosen)" with one chosen or more, per plural form. */
  filters: string;
  filtersChosen: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** The jump after the filters: "Show {count} results", per plural form. */
  showResults: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** Facet name → its label, which is also its name in the Pagefind index. */
  facets: Record<string, string>;
}

export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
}

const MAX_QUERY = 200;
const MAX_VALUE = 120;

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const { name } of SEARCH_FACETS) {
    const values = params
      .getAll(name)
      .map((v) => v.slice(0, MAX_VALUE))
      .filter((v, i, all) => v !== '' && all.indexOf(v) === i);
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').slice(0, MAX_QUERY), filters };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const { name } of SEARCH_FACETS) for (const value of state.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Pagefind's filter object: any of the chosen values within a facet, all facets together. The
 * index names each filter by its label (`indexNames`: facet → label, `SearchWords.facets`).
 */
export function pagefindFilters(filters: Record<string, string[]>, indexNames: Record<string, string>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(filters).map(([name, values]) => [indexNames[name] ?? name, { any: values }]));
}

/** How many filter values are chosen, for the count on the filters button. */
export function chosenCount(filters: Record<string, string[]>): number {
  return Object.values(filters).reduce((sum, values) => sum + values.length, 0);
}

export interface SubResultLike {
  url: string;
  title: string;
  excerpt: string;
  locations: readonly number[];
  /** Pagefind's matches with their weights (a heading's words weigh more). */
  weighted_locations?: readonly { weight: number }[] | undefined;
}

/** How strongly a section matches: the sum of its matches' weights (or their number). */
const strength = (sub: SubResultLike) => sub.weighted_locations?.reduce((sum, l) => sum + l.weight, 0) ?? sub.locations.length;

/**
 * The part of a page a result should open at: the section (a heading with an id, e.g. one glossary
 * term) whose matches weigh most, when it is not the page's top. Ties go to the first in the page.
 */
export function bestSection<T extends SubResultLike>(pageUrl: string, subResults: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const sub of subResults) if (!best || strength(sub) > strength(best)) best = sub;
  return best && best.url !== pageUrl && !best.url.endsWith('#_top') ? best : undefined;
}

/** Whether there is anything to search or browse for. */
export function hasCriteria(state: SearchState): boolean {
  return state.query.trim() !== '' || Object.keys(state.filters).length > 0;
}

/**
 * Ranking, the same in the header search and on /search/ (Pagefind's own means, no search of our
 * own): a match in the glossary's `terms` metadata (every term, on the glossary page) adds a boost
 * so a term's entry comes first for its own name; facilitator pages index their words at
 * `FACILITATOR_SEARCH_WEIGHT` so the participant page wins for the same words.
 */
export const SEARCH_RANKING = { metaWeights: { title: 5, terms: 10 } } as const;

/** Starlight's ranking settings (`pagefind.ranking` in its config) with `SEARCH_RANKING` on top: what both searches pass to Pagefind. */
export function searchRanking(starlightRanking: unknown): Record<string, unknown> {
  const base = typeof starlightRanking === 'object' && starlightRanking !== null ? (starlightRanking as Record<string, unknown>) : {};
  return { ...base, ...SEARCH_RANKING };
}

/** The `data-pagefind-weight` of a facilitator page's content (Pagefind's default weight is 1). */
export const FACILITATOR_SEARCH_WEIGHT = '0.5';

/** The metadata that carries the glossary's terms for ranking; never shown in a result. */
export const GLOSSARY_TERMS_META = 'terms';
