/**
 * Printouts for mixed rooms (half Spanish-first, half English-first): one sheet carries every text
 * in the page's language and, under it, marked with its language, the same text in the other one.
 * Pure: the bilingual wall agenda and worksheet pages pair what these functions pair, so a text can
 * never sit beside the wrong translation. Translations share ids, numbers and order with the English
 * (src/lib/translation.ts checks the shape at build time), so pairing is by id and position.
 */
import { siteLocales, type SiteLocale } from '../schemas/translation.ts';
import { asLocale } from './urls.ts';

/** A text in the other language of a bilingual sheet. */
export interface OtherText {
  text: string;
  /** Its language, for the `lang` attribute. */
  lang: SiteLocale;
}

/** The language a bilingual page pairs with its own: the site has two, so the other one. */
export function otherLocale(locale: string | undefined): SiteLocale {
  const own = asLocale(locale);
  return siteLocales.find((candidate) => candidate !== own) ?? own;
}

/**
 * A language's name in that language, capitalized, to mark its texts on paper: "English",
 * "Español". A reader finds their own language by its own name, whichever language comes first.
 */
export function languageLabel(locale: SiteLocale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

// ─── wall agendas ────────────────────────────────────────────────────────────────────────────

/** The titles of the other language, by module id and by agenda item key ("<moduleId>:<item number>", `TimedItem.key`). */
export interface OtherTitles {
  lang: SiteLocale;
  modules: ReadonlyMap<string, string>;
  items: ReadonlyMap<string, string>;
}

/** The other language's module and agenda item titles, keyed as the schedule keys them. */
export function otherTitles(
  lang: SiteLocale,
  modules: readonly { id: string; title: string; agenda: readonly { number: number; title: string }[] }[],
): OtherTitles {
  return {
    lang,
    modules: new Map(modules.map((module) => [module.id, module.title])),
    items: new Map(modules.flatMap((module) => module.agenda.map((item) => [`${module.id}:${item.number}`, item.title] as const))),
  };
}

/** A title's translation; a missing one is a programming error (the translation check guarantees the shape). */
export function pairedTitle(titles: ReadonlyMap<string, string>, key: string, what: string): string {
  const title = titles.get(key);
  if (title === undefined) throw new Error(`The other language has no ${what} "${key}": translations share the English ids and numbers.`);
  return title;
}

// ─── worksheets ──────────────────────────────────────────────────────────────────────────────

interface SectionTexts {
  heading: string;
  prompt: string;
  kind: string;
  columns: readonly string[];
  rowHeadings: readonly string[];
}

/** One section's texts in the other language, position for position. */
export interface OtherSection {
  heading: string;
  prompt: string;
  columns: readonly string[];
  rowHeadings: readonly string[];
}

/**
 * The other language's worksheet sections beside the page's, by position: the same kind and as many
 * columns and row headings each. Throws on a worksheet whose translation has another shape.
 */
export function pairSections(id: string, own: readonly SectionTexts[], other: readonly SectionTexts[]): OtherSection[] {
  if (own.length !== other.length) throw new Error(`Worksheet "${id}": ${own.length} sections, but ${other.length} in the other language.`);
  return own.map((section, i) => {
    const paired = other[i];
    if (
      paired === undefined ||
      paired.kind !== section.kind ||
      paired.columns.length !== section.columns.length ||
      paired.rowHeadings.length !== section.rowHeadings.length
    ) {
      throw new Error(`Worksheet "${id}", section ${i + 1} ("${section.heading}"): the other language's section has another shape.`);
    }
    return { heading: paired.heading, prompt: paired.prompt, columns: paired.columns, rowHeadings: paired.rowHeadings };
  });
}
