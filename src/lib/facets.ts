/**
 * Search facets: the filters and metadata each page carries into the Pagefind index,
 * computed from the schema data. Page types and facet names here are the ones the search
 * page, the activity finder and the tests use.
 */
import type { Activity, CaseStudy, Curriculum, Module } from './curriculum.ts';
import { lookup } from './curriculum.ts';
import { english, labelsIn, type InterfaceKey, type Translate } from './labels.ts';
import { durationWords, formatDuration } from './agenda.ts';
import { SEARCH_TYPES, type SearchType } from './page-types.ts';
import { GLOSSARY_TERMS_META, type SEARCH_FACETS } from './search-state.ts';

export type PageType = SearchType;

/** The value of the search "type" facet for a kind of page, in the language of `t` (src/lib/page-types.ts lists the kinds). */
export const pageTypeLabel = (type: PageType, t: Translate = english): string => t(`search.type.${type}`);

/** The English values of the search "type" facet, by kind: the ones the search page filters on. */
export const PAGE_TYPES: Readonly<Record<PageType, string>> = Object.fromEntries(
  SEARCH_TYPES.map((type) => [type, pageTypeLabel(type)]),
) as Record<PageType, string>;

/** A facet both searches offer (`SEARCH_FACETS`, in display order). */
export type SearchFacetName = (typeof SEARCH_FACETS)[number]['name'];

/**
 * A facet's name as readers see it, in the language of `t` (`search.facet.<name>`). It is also the
 * filter's name in the Pagefind index, so the header search (Pagefind's own interface, which shows
 * index names) and the search page name every filter the same way.
 */
export const facetLabel = (name: SearchFacetName, t: Translate = english): string => t(`search.facet.${name}`);

export interface PageFacets {
  /** Filters: facet → values (a page can have several values per facet). */
  filters: Partial<Record<SearchFacetName, string[]>>;
  /** Metadata shown in results: facet name → one value. */
  meta: Record<string, string>;
}

/*
 * Every word of a facet value comes from `t` (`Astro.locals.t`; English from the dictionary
 * when left out), so the filters of a page are in its own language. The English values are the
 * ones the search page and the activity finder filter on.
 */

/** Duration bands for activities and modules. */
export function durationBand(minutes: number, t: Translate = english): string {
  if (minutes <= 20) return t('search.band.duration.upTo20');
  if (minutes <= 40) return t('search.band.duration.upTo40');
  if (minutes <= 60) return t('search.band.duration.upTo60');
  return t('search.band.duration.overAnHour');
}

/** Group-size bands an activity works for (every band its min–max range touches). */
export const GROUP_BANDS = [
  { key: 'search.band.group.small', min: 2, max: 9 },
  { key: 'search.band.group.medium', min: 10, max: 24 },
  { key: 'search.band.group.large', min: 25, max: Number.POSITIVE_INFINITY },
] as const satisfies readonly { key: InterfaceKey; min: number; max: number }[];

export function groupBands(size: { min: number; max: number }, t: Translate = english): string[] {
  return GROUP_BANDS.filter((band) => size.min <= band.max && size.max >= band.min).map((band) => t(band.key));
}

const practiceTitles = (curriculum: Curriculum, ids: readonly string[]) =>
  ids.map((id) => lookup(curriculum.practices, id, 'practice').title);

export function typeOnly(type: PageType, t: Translate = english): PageFacets {
  const label = pageTypeLabel(type, t);
  return { filters: { type: [label] }, meta: { type: label } };
}

/** The glossary page: its type, and every term as metadata that search ranks on (`SEARCH_RANKING` in src/lib/search-state.ts). */
export function glossaryFacets(curriculum: Curriculum, t: Translate = english): PageFacets {
  const facets = typeOnly('glossary', t);
  return { ...facets, meta: { ...facets.meta, [GLOSSARY_TERMS_META]: curriculum.glossary.map((term) => term.term).join(' · ') } };
}

export function moduleFacets(curriculum: Curriculum, module: Module, type: 'module' | 'facilitator', t: Translate = english): PageFacets {
  return {
    filters: {
      type: [pageTypeLabel(type, t)],
      practice: practiceTitles(curriculum, module.practiceIds),
      duration: [durationBand(module.minutes, t)],
    },
    meta: { type: pageTypeLabel(type, t), minutes: formatDuration(module.minutes, durationWords(t)) },
  };
}

export function activityFacets(curriculum: Curriculum, activity: Activity, t: Translate = english): PageFacets {
  const labels = labelsIn(t);
  const setting =
    activity.setting === 'both' ? [labels.setting('in-person'), labels.setting('online')] : [labels.setting(activity.setting)];
  return {
    filters: {
      type: [pageTypeLabel('activity', t)],
      practice: practiceTitles(curriculum, activity.practiceIds),
      setting,
      group: groupBands(activity.groupSize, t),
      duration: [durationBand(activity.minutes, t)],
    },
    meta: { type: pageTypeLabel('activity', t), minutes: formatDuration(activity.minutes, durationWords(t)) },
  };
}

export function caseFacets(curriculum: Curriculum, study: CaseStudy, t: Translate = english): PageFacets {
  const kind = labelsIn(t).caseKind(study.kind);
  return {
    filters: {
      type: [pageTypeLabel('case', t)],
      practice: practiceTitles(curriculum, study.practiceIds),
      sector: [labelsIn(t).sector(study.sector)],
      region: [study.region],
      kind: [kind],
    },
    meta: { type: pageTypeLabel('case', t), kind },
  };
}

export function practiceFacets(curriculum: Curriculum, practiceId: string, t: Translate = english): PageFacets {
  return {
    filters: { type: [pageTypeLabel('practice', t)], practice: practiceTitles(curriculum, [practiceId]) },
    meta: { type: pageTypeLabel('practice', t) },
  };
}

export interface BrowseGroup {
  facet: string;
  label: string;
  values: { value: string; label: string; items: { title: string; url: string }[] }[];
}

/** Cases grouped by practice, sector, region and kind: static lists for browsing without JavaScript. */
export function caseBrowseGroups(curriculum: Curriculum, t: Translate = english): BrowseGroup[] {
  const labels = labelsIn(t);
  const group = (facet: string, label: string, valuesOf: (c: CaseStudy) => { value: string; label: string }[]): BrowseGroup => {
    const map = new Map<string, { value: string; label: string; items: { title: string; url: string }[] }>();
    for (const study of curriculum.caseStudies) {
      for (const v of valuesOf(study)) {
        const entry = map.get(v.value) ?? { ...v, items: [] };
        entry.items.push({ title: study.title, url: study.url });
        map.set(v.value, entry);
      }
    }
    return { facet, label, values: [...map.values()].sort((a, b) => a.label.localeCompare(b.label)) };
  };
  return [
    group('practice', t('cases.browseBy.practice'), (c) =>
      c.practiceIds.map((id) => ({ value: id, label: lookup(curriculum.practices, id, 'practice').title })),
    ),
    group('sector', t('cases.browseBy.sector'), (c) => [{ value: c.sector, label: labels.sector(c.sector) }]),
    group('region', t('cases.browseBy.region'), (c) => [{ value: c.region, label: c.region }]),
    group('kind', t('cases.browseBy.kind'), (c) => [{ value: c.kind, label: labels.caseKind(c.kind) }]),
  ];
}
