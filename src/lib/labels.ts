/**
 * Words shown to people for the values stored in content. The words live in the interface
 * dictionary (`src/content/i18n/en.json`, keys `label.*`); this module only says which key
 * names which value.
 *
 * - Templates call `labelsIn(Astro.locals.t)` and get the words in the page's language; the
 *   functions of `src/lib` that build words (page facts, facets, rows) take the page's `t` too
 *   and use `english` (the same dictionary, English) only when a caller gives none.
 * - The English tables below (`agendaKindLabel`, `settingLabel`…) are read from the dictionary.
 */
import type { AgendaItemKind } from '../schemas/module.ts';
import type { ActivitySetting } from '../schemas/activity.ts';
import type { CaseKind } from '../schemas/caseStudy.ts';
import type { PreparationDue } from '../schemas/shared.ts';
import en from '../content/i18n/en.json' with { type: 'json' };
import { durationWords, type DurationWords } from './agenda.ts';

/** A key of the interface dictionary. */
export type InterfaceKey = keyof typeof en;

/** Reads one interface string, filling `{{name}}` values (`Astro.locals.t` fits). */
export type Translate = (...args: [key: InterfaceKey] | [key: InterfaceKey, values: Record<string, string | number>]) => string;

/** The English dictionary: the fallback for a key another language leaves out. */
export const englishTexts: Readonly<Record<InterfaceKey, string>> = en;

/** Order of preparation deadlines, earliest first. */
export const dueOrder: readonly PreparationDue[] = ['two-weeks-before', 'week-before', 'day-before', 'on-the-day'];

const agendaKinds: readonly AgendaItemKind[] = ['plenary', 'small-groups', 'pairs', 'solo', 'break'];
const settings: readonly ActivitySetting[] = ['in-person', 'online', 'both'];
const caseKinds: readonly CaseKind[] = ['documented', 'composite'];

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

/**
 * English, straight from the dictionary, for code that runs without Starlight's `t`.
 * Fills `{{name}}` and `{{- name}}` the way i18next does for plain values.
 */
export const english: Translate = (key, values = {}) =>
  en[key].replace(/\{\{-?\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });

const englishLabels = labelsIn(english);
const table = <K extends string>(values: readonly K[], word: (value: K) => string) =>
  Object.fromEntries(values.map((value) => [value, word(value)])) as Record<K, string>;

export const agendaKindLabel: Record<AgendaItemKind, string> = table(agendaKinds, englishLabels.agendaKind);
export const settingLabel: Record<ActivitySetting, string> = table(settings, englishLabels.setting);
export const caseKindLabel: Record<CaseKind, string> = table(caseKinds, englishLabels.caseKind);
export const dueLabel: Record<PreparationDue, string> = table(dueOrder, englishLabels.due);
export const yearsLabel = englishLabels.years;
export const groupSizeLabel = englishLabels.groupSize;
export const englishDuration: DurationWords = durationWords(english);

/** "domestic-work" → "Domestic work" (sectors are content values, shown as written). */
export function sectorLabel(sector: string): string {
  const words = sector.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
