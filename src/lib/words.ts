/**
 * The words of stored values, by dictionary key, with no dictionary bundled: client scripts
 * import this module and get their strings from the page (`src/lib/labels.ts` adds the English
 * dictionary for server code).
 */
import type { AgendaItemKind } from '../schemas/module.ts';
import type { ActivitySetting } from '../schemas/activity.ts';
import type { CaseKind, CaseSector } from '../schemas/caseStudy.ts';
import type { PreparationDue } from '../schemas/shared.ts';
import type en from '../content/i18n/en.json';

/** A key of the interface dictionary. */
export type InterfaceKey = keyof typeof en;

/** Reads one interface string, filling `{{name}}` values (`Astro.locals.t` fits). */
export type Translate = (...args: [key: InterfaceKey] | [key: InterfaceKey, values: Record<string, string | number>]) => string;

/** Order of preparation deadlines, earliest first. */
export const dueOrder: readonly PreparationDue[] = ['two-weeks-before', 'week-before', 'day-before', 'on-the-day'];

export const agendaKinds: readonly AgendaItemKind[] = ['plenary', 'small-groups', 'pairs', 'solo', 'break'];
export const settings: readonly ActivitySetting[] = ['in-person', 'online', 'both'];
export const caseKinds: readonly CaseKind[] = ['documented', 'composite'];

/** The facets the case list filters and browses by. */
export const caseFacets = ['practice', 'sector', 'region', 'kind'] as const;
export type CaseFacet = (typeof caseFacets)[number];
const isCaseFacet = (facet: string): facet is CaseFacet => (caseFacets as readonly string[]).includes(facet);

/** The word for every stored value, in the language of `t`. */
export function labelsIn(t: Translate) {
  return {
    agendaKind: (kind: AgendaItemKind) => t(`label.agendaKind.${kind}`),
    setting: (setting: ActivitySetting) => t(`label.setting.${setting}`),
    caseKind: (kind: CaseKind) => t(`label.caseKind.${kind}`),
    sector: (sector: CaseSector) => t(`label.sector.${sector}`),
    due: (due: PreparationDue) => t(`label.due.${due}`),
    /** "Sector" above a filter, "By sector" above a browse list; an unknown facet shows its name. */
    caseFacet: (facet: string) =>
      isCaseFacet(facet) ? { filter: t(`cases.facet.${facet}`), browse: t(`cases.browseBy.${facet}`) } : { filter: facet, browse: facet },
    /** "2010–2014"; "2012 onward" when there is no end year; one year when equal. */
    years: (years: { start: number; end?: number | undefined }) => {
      if (years.end === undefined) return t('label.years.onward', { start: years.start });
      if (years.end === years.start) return String(years.start);
      return t('label.years.range', { start: years.start, end: years.end });
    },
    /** "4–40 people"; "12 people" when both ends are equal. */
    groupSize: (size: { min: number; max: number }) =>
      size.min === size.max ? t('label.people.exact', { count: size.min }) : t('label.people.range', { min: size.min, max: size.max }),
  };
}
