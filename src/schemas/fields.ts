/**
 * Field builders shared by every content schema.
 *
 * Each builder carries its own error text, written for a content author rather than a
 * programmer: what the field expects, what was found, and how to fix it. Astro prints
 * these messages when a build fails, and `src/lib/errors.ts` prints the same text in the
 * unit tests, so an author sees one wording wherever the mistake is caught.
 */
import { z } from 'astro/zod';

/** Describe a value an author wrote, in words (used in "found …"). */
export function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return input.trim() === '' ? 'empty text' : JSON.stringify(input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return `a list of ${input.length}`;
  return 'a group of fields';
}

/** One error message in the project's shape: expected, found, fix. */
export function problemText(expected: string, found: unknown, fix: string): string {
  return `expected ${expected}; found ${describeFound(found)}. Fix: ${fix}`;
}

/** Non-empty text. `what` names the field for the author ("the module title"). */
export function text(what: string) {
  return z
    .string({ error: (issue) => problemText(`${what} as text`, issue.input, `write ${what}.`) })
    .trim()
    .min(1, { error: (issue) => problemText(`${what} as text`, issue.input, `write ${what}.`) });
}

/** A whole, positive number of minutes. */
export function wholeMinutes(what: string) {
  const message = (input: unknown) =>
    problemText(
      `${what} as a whole number of minutes greater than 0 (e.g. 15)`,
      input,
      'write whole minutes without units; round to the nearest minute.',
    );
  return z
    .number({ error: (issue) => message(issue.input) })
    .int({ error: (issue) => message(issue.input) })
    .positive({ error: (issue) => message(issue.input) });
}

/** A whole number ≥ `min` (counts, sizes, minutes that may be 0). */
export function wholeNumber(what: string, min: number) {
  const message = (input: unknown) =>
    problemText(`${what} as a whole number of at least ${min}`, input, `write a whole number of at least ${min}.`);
  return z
    .number({ error: (issue) => message(issue.input) })
    .int({ error: (issue) => message(issue.input) })
    .min(min, { error: (issue) => message(issue.input) });
}

/** A list with a minimum (and optional maximum) length. */
export function list<T extends z.ZodType>(item: T, what: string, min: number, max?: number) {
  const range = max === undefined ? `at least ${min}` : `${min} to ${max}`;
  const message = (input: unknown) =>
    problemText(`a list of ${range} ${what}`, input, `give ${range} ${what}, one per line starting with "- ".`);
  const base = z.array(item, { error: (issue) => message(issue.input) }).min(min, { error: (issue) => message(issue.input) });
  return max === undefined ? base : base.max(max, { error: (issue) => message(issue.input) });
}

/** One of a fixed set of values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      problemText(`${what}: one of ${values.map((v) => `"${v}"`).join(', ')}`, issue.input, `use one of the listed values exactly.`),
  });
}

/** A four-digit year. */
export function year(what: string) {
  const message = (input: unknown) => problemText(`${what} as a four-digit year (e.g. 2012)`, input, 'write the year as a number.');
  return z
    .number({ error: (issue) => message(issue.input) })
    .int({ error: (issue) => message(issue.input) })
    .min(1800, { error: (issue) => message(issue.input) })
    .max(2100, { error: (issue) => message(issue.input) });
}

/** A link to a public web page. */
export function webAddress(what: string) {
  return z.url({
    protocol: /^https?$/,
    error: (issue) =>
      problemText(`${what} as a full web address starting with https://`, issue.input, 'paste the whole address, or leave the field out.'),
  });
}

/**
 * The collections one entry can point at. Schemas take the reference builder as a
 * parameter, so the same schema runs in Astro (with `reference()` from `astro:content`)
 * and in unit tests (with a stand-in that needs no Astro runtime).
 */
export type CollectionName = 'modules' | 'activities' | 'caseStudies' | 'practices';

/** What a reference holds once parsed: the target collection and entry id. */
export interface EntryReference<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/** Builds the schema of a reference to one collection. */
export type ReferenceBuilder = <C extends CollectionName>(collection: C) => z.ZodType<EntryReference<C>, unknown>;

/**
 * A group of fields that accepts only the documented ones, so a misspelt optional field
 * ("shrinkto") is reported instead of silently ignored.
 */
export function fields<S extends z.core.$ZodLooseShape>(what: string, shape: S) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((k) => `"${k}"`).join(', ');
        return `expected only the documented fields of ${what}; found ${keys}. Fix: check the spelling against src/schemas/, or remove the field.`;
      }
      const fix =
        issue.input === undefined ? `add ${what}; src/schemas/ lists its fields.` : `write ${what} as indented fields (name: value).`;
      return problemText(what, issue.input, fix);
    },
  });
}
