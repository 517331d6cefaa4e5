/**
 * Search facets: the filters and metadata each page carries into the Pagefind index,
 * computed from the schema data. Page types and facet names here are the ones the search
 * page, the activity finder and the tests use.
 */
import type { Activity, CaseStudy, Curriculum, Module } from './curriculum.ts';
import { lookup } from './curriculum.ts';
import { caseKindLabel, sectorLabel, settingLabel } from './labels.ts';
import { formatDuration } from './agenda.ts';
import { SEARCH_TYPES, type SearchType } from './page-types.ts';

/** The values of the search "type" facet, by key (src/lib/page-types.ts holds them beside the page types). */
export const PAGE_TYPES = SEARCH_TYPES;
export type PageType = SearchType;

export interface PageFacets {
  /** Filters: facet name → values (a page can have several values per facet). */
  filters: Record<string, string[]>;
  /** Metadata shown in results: facet name → one value. */
  meta: Record<string, string>;
}

/** Duration bands for activities and modules. */
export function durationBand(minutes: number): string {
  if (minutes <= 20) return 'Up to 20 min';
  if (minutes <= 40) return '21–40 min';
  if (minutes <= 60) return '41–60 min';
  return 'Over an hour';
}

/** Group-size bands an activity works for (every band its min–max range touches). */
export const GROUP_BANDS = [
  { label: '2–9 people', min: 2, max: 9 },
  { label: '10–24 people', min: 10, max: 24 },
  { label: '25 or more', min: 25, max: Number.POSITIVE_INFINITY },
] as const;

export function groupBands(size: { min: number; max: number }): string[] {
  return GROUP_BANDS.filter((band) => size.min <= band.max && size.max >= band.min).map((band) => band.label);
}

const practiceTitles = (curriculum: Curriculum, ids: readonly string[]) =>
  ids.map((id) => lookup(curriculum.practices, id, 'practice').title);

export function typeOnly(type: PageType): PageFacets {
  return { filters: { type: [PAGE_TYPES[type]] }, meta: { type: PAGE_TYPES[type] } };
}

export function moduleFacets(curriculum: Curriculum, module: Module, type: 'module' | 'facilitator'): PageFacets {
  return {
    filters: {
      type: [PAGE_TYPES[type]],
      practice: practiceTitles(curriculum, module.practiceIds),
      duration: [durationBand(module.minutes)],
    },
    meta: { type: PAGE_TYPES[type], minutes: formatDuration(module.minutes) },
  };
}

export function activityFacets(curriculum: Curriculum, activity: Activity): PageFacets {
  const setting = activity.setting === 'both' ? [settingLabel['in-person'], settingLabel.online] : [settingLabel[activity.setting]];
  return {
    filters: {
      type: [PAGE_TYPES.activity],
      practice: practiceTitles(curriculum, activity.practiceIds),
      setting,
      group: groupBands(activity.groupSize),
      duration: [durationBand(activity.minutes)],
      artifact: [activity.artifact.name],
    },
    meta: { type: PAGE_TYPES.activity, minutes: formatDuration(activity.minutes) },
  };
}

export function caseFacets(curriculum: Curriculum, study: CaseStudy): PageFacets {
  return {
    filters: {
      type: [PAGE_TYPES.case],
      practice: practiceTitles(curriculum, study.practiceIds),
      sector: [sectorLabel(study.sector)],
      region: [study.region],
      kind: [caseKindLabel[study.kind]],
    },
    meta: { type: PAGE_TYPES.case, kind: caseKindLabel[study.kind] },
  };
}

export function practiceFacets(curriculum: Curriculum, practiceId: string): PageFacets {
  return {
    filters: { type: [PAGE_TYPES.practice], practice: practiceTitles(curriculum, [practiceId]) },
    meta: { type: PAGE_TYPES.practice },
  };
}

export interface BrowseGroup {
  facet: string;
  label: string;
  values: { value: string; label: string; items: { title: string; url: string }[] }[];
}

/** Cases grouped by practice, sector, region and kind: static lists for browsing without JavaScript. */
export function caseBrowseGroups(curriculum: Curriculum): BrowseGroup[] {
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
    group('practice', 'By practice', (c) =>
      c.practiceIds.map((id) => ({ value: id, label: lookup(curriculum.practices, id, 'practice').title })),
    ),
    group('sector', 'By sector', (c) => [{ value: c.sector, label: sectorLabel(c.sector) }]),
    group('region', 'By region', (c) => [{ value: c.region, label: c.region }]),
    group('kind', 'By kind', (c) => [{ value: c.kind, label: caseKindLabel[c.kind] }]),
  ];
}
