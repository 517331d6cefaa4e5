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
import es from '../content/i18n/es.json' with { type: 'json' };
import type { SiteLocale } from '../schemas/translation.ts';
import { durationWords, type DurationWords } from './agenda.ts';
import { agendaKinds, caseKinds, dueOrder, labelsIn, settings, type InterfaceKey, type Translate } from './words.ts';

export { caseFacets, dueOrder, labelsIn, type CaseFacet, type InterfaceKey, type Translate } from './words.ts';

/** The English dictionary: the fallback for a key another language leaves out. */
export const englishTexts: Readonly<Record<InterfaceKey, string>> = en;

/**
 * English, straight from the dictionary, for code that runs without Starlight's `t`.
 * Fills `{{name}}` and `{{- name}}` the way i18next does for plain values.
 */
export const english: Translate = (key, values = {}) =>
  en[key].replace(/\{\{-?\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });

const dictionaries: Record<SiteLocale, Readonly<Partial<Record<InterfaceKey, string>>>> = { en, es };

/**
 * The dictionary of a language other than the page's, for a bilingual sheet (Starlight's `t` holds
 * only the page's), with English for a key the translation leaves out.
 */
export function dictionaryFor(locale: SiteLocale): Readonly<Record<InterfaceKey, string>> {
  return { ...en, ...dictionaries[locale] };
}

/** `t` for that dictionary: values filled as `english` does. */
export function translatorFor(locale: SiteLocale): Translate {
  const dictionary = dictionaryFor(locale);
  return (key, values = {}) =>
    dictionary[key].replace(/\{\{-?\s*(\w+)\s*\}\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
}

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
