/**
 * Translations of the curriculum: where they live and what a translated entry may hold
 * besides the text of its English source.
 *
 * A translated entry is `content/<locale>/<folder>/<file>` (e.g. `content/es/modules/teams.mdx`,
 * `content/es/evaluation.yaml`): the same file name and format as its English source, holding
 * only the source's text fields (`text()` in `src/schemas/fields.ts`) in the same structure —
 * the same agenda items, steps and questions, in the same order — and a `translation` record.
 * Minutes, kinds, flags, references and sources live once, in the English entry
 * (`src/lib/translation.ts` checks the shape and lays the text over the English data).
 */
import { z } from 'astro/zod';
import { fields, list, problemText, text, verbatim, yesNo } from './fields.ts';
import type { CurriculumCollection } from './collections.ts';

/** The languages the curriculum is translated into (English, the source, is not listed). */
export const translationLocales = ['es'] as const;
export type TranslationLocale = (typeof translationLocales)[number];

/** Every language of the site, the source first. */
export const siteLocales = ['en', ...translationLocales] as const;
export type SiteLocale = (typeof siteLocales)[number];

/** The folder of a locale's translations under the content root. */
export function translationFolder(locale: TranslationLocale): string {
  return locale;
}

/** What `npm run translations -- stamp` writes: the first 12 hex digits of the SHA-256 of the English file. */
const stampPattern = /^[0-9a-f]{12}$/;

/** The record every translated entry carries: which version of the English it was translated from, and who reviewed it. */
export const translationRecordSchema = fields('the translation record', {
  /** The stamp of the English file this translation was made from (`npm run translations -- stamp <file>` writes it). */
  from: z.string().regex(stampPattern, {
    error: (issue) =>
      problemText(
        'field-text',
        'the stamp of the English source as 12 hexadecimal digits',
        issue.input,
        'run `npm run translations -- stamp <the translated file>` after translating the English file as it is now.',
      ),
  }),
  /** The bilingual organizer who reviewed the translation, by name. Without one the page says the translation is not yet reviewed. */
  reviewer: verbatim('the name of the reviewer').optional(),
});
export type TranslationRecord = z.output<typeof translationRecordSchema>;

/**
 * Fields a translation holds that its English source does not: language-specific lists of any
 * length. The glossary's Spanish entry names accepted alternatives ("reunión individual" for
 * "uno a uno") and its own phrases the term is never linked inside.
 */
export const translationExtras: Partial<Record<CurriculumCollection, z.core.$ZodLooseShape>> = {
  glossary: {
    /** Other accepted ways to say the term, which interpreters and readers also use. */
    alternatives: list(text('an accepted alternative'), 'accepted alternatives', 0).default([]),
    /** Phrases that contain the term but mean something else; the term is never linked inside them. */
    notInside: list(text('a phrase'), 'phrases the term is not linked inside', 0).default([]),
    /** `false` where the translated term is an everyday word with another meaning (Spanish «organización» is also an organization). */
    autoLink: yesNo('whether the translated term is linked automatically').optional(),
  },
};

/** The extras of a collection as a schema (an empty group when it has none). */
export function extrasSchema(collection: CurriculumCollection) {
  return fields(`the extra fields of a translated ${collection} entry`, translationExtras[collection] ?? {});
}
