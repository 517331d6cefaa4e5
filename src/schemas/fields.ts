/**
 * Field builders shared by every content schema.
 *
 * Each builder carries its own error text, written for a content author rather than a
 * programmer: what the field expects, what was found, how to fix it, and the id of the
 * check (`[field-text]`). The build-time content check (`src/integrations/content-check.ts`)
 * prints these messages one per line through `src/lib/errors.ts`, and the fixture tests
 * assert that printed text, so an author sees one wording wherever the mistake is caught.
 */
import { z } from 'astro/zod';
import { closestName } from '../lib/suggest.ts';

/**
 * Every kind of schema check with its own message, by id. The id ends each message, the
 * README lists them, and a test fails when a kind has no broken fixture that reports it.
 */
export const fieldRules = {
  'field-text': 'A text field holds non-empty text.',
  'field-whole-minutes': 'A length in minutes is a whole number greater than 0, without units.',
  'field-whole-number': 'A count, size or position is a whole number in its range.',
  'field-list': 'A list has one entry per line starting with "- ", within its length range.',
  'field-one-of': 'A field with listed values holds one of them exactly.',
  'field-year': 'A year is a four-digit number.',
  'field-web-address': 'A web address starts with https:// (or http://).',
  'field-email': 'An email address is written whole, as name@domain.',
  'field-yes-no': 'A yes/no field holds true or false.',
  'field-reference': 'A reference is the id of another entry (its file name without .mdx), as text.',
  'field-unknown': 'Only documented fields are allowed, so a misspelt optional field is reported, not ignored.',
  'field-missing-group': 'A required group of fields (e.g. the facilitator notes) is present.',
  'field-group': 'A group of fields is written as indented `name: value` lines, not as one value.',
  'docs-frontmatter': 'A Starlight page (content/docs/) has the frontmatter Starlight documents, e.g. a `title`.',
} as const;
export type FieldRule = keyof typeof fieldRules;

/** Describe a value an author wrote, in words (used in "found …"). */
export function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return input.trim() === '' ? 'empty text' : JSON.stringify(input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return `a list of ${input.length}`;
  return 'a group of fields';
}

/** One error message in the project's shape: expected, found, fix, and the check's id. */
export function problemText(rule: FieldRule, expected: string, found: unknown, fix: string): string {
  return `expected ${expected}; found ${describeFound(found)}. Fix: ${fix} [${rule}]`;
}

/**
 * The text fields a translation carries: every `text()` schema is registered here, so the
 * translation shape (`src/lib/translation.ts`) is read from the schemas, never listed twice.
 * A `verbatim()` field (an author's name, a book title) is text the translation leaves as written.
 */
export const translatableText = new WeakSet<z.ZodType>();

function plainText(what: string) {
  const message = (input: unknown) => problemText('field-text', `${what} as text`, input, `write ${what}.`);
  return z
    .string({ error: (issue) => message(issue.input) })
    .trim()
    .min(1, { error: (issue) => message(issue.input) });
}

/** Non-empty text, translated in every language. `what` names the field for the author ("the module title"). */
export function text(what: string) {
  const schema = plainText(what);
  translatableText.add(schema);
  return schema;
}

/** Non-empty text kept as written in every language: a person's name, the title of a cited work. */
export function verbatim(what: string) {
  return plainText(what);
}

/** A whole, positive number of minutes. */
export function wholeMinutes(what: string) {
  const message = (input: unknown) =>
    problemText(
      'field-whole-minutes',
      `${what} as a whole number of minutes greater than 0 (e.g. 15)`,
      input,
      'write whole minutes without units; round to the nearest minute.',
    );
  return z
    .number({ error: (issue) => message(issue.input) })
    .int({ error: (issue) => message(issue.input) })
    .positive({ error: (issue) => message(issue.input) });
}

/** A whole number from `min` (and up to `max`, when given): counts, sizes, positions. */
export function wholeNumber(what: string, min: number, max?: number) {
  const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
  const message = (input: unknown) =>
    problemText('field-whole-number', `${what} as a whole number ${range}`, input, `write a whole number ${range}.`);
  const base = z
    .number({ error: (issue) => message(issue.input) })
    .int({ error: (issue) => message(issue.input) })
    .min(min, { error: (issue) => message(issue.input) });
  return max === undefined ? base : base.max(max, { error: (issue) => message(issue.input) });
}

/** A list with a minimum (and optional maximum) length; `min` 0 allows an empty list. */
export function list<T extends z.ZodType>(item: T, what: string, min: number, max?: number) {
  const range = max === undefined ? (min === 0 ? '' : `at least ${min} `) : min === max ? `${min} ` : `${min} to ${max} `;
  const message = (input: unknown) =>
    problemText('field-list', `a list of ${range}${what}`, input, `give ${range}${what}, one per line starting with "- ".`);
  const base = z.array(item, { error: (issue) => message(issue.input) }).min(min, { error: (issue) => message(issue.input) });
  return max === undefined ? base : base.max(max, { error: (issue) => message(issue.input) });
}

/** One of a fixed set of values; a near miss gets "did you mean". */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => {
      const near = typeof issue.input === 'string' ? closestName(issue.input, values) : undefined;
      const fix =
        near === undefined ? 'use one of the listed values exactly.' : `did you mean "${near}"? Use one of the listed values exactly.`;
      return problemText('field-one-of', `${what}: one of ${values.map((v) => `"${v}"`).join(', ')}`, issue.input, fix);
    },
  });
}

/** true or false. */
export function yesNo(what: string) {
  return z.boolean({
    error: (issue) => problemText('field-yes-no', `${what} as true or false`, issue.input, 'write true or false, without quotes.'),
  });
}

/** A four-digit year. */
export function year(what: string) {
  const message = (input: unknown) =>
    problemText('field-year', `${what} as a four-digit year (e.g. 2012)`, input, 'write the year as a number.');
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
      problemText(
        'field-web-address',
        `${what} as a full web address starting with https://`,
        issue.input,
        'paste the whole address, or leave the field out.',
      ),
  });
}

/** An email address. */
export function emailAddress(what: string) {
  return z.email({
    error: (issue) =>
      problemText(
        'field-email',
        `${what} as an email address (e.g. training@example.org)`,
        issue.input,
        'write the whole address, or leave the field empty.',
      ),
  });
}

/**
 * The collections one entry can point at. Schemas take the reference builder as a
 * parameter, so the same schema runs in Astro (with `reference()` from `astro:content`)
 * and in the build-time check and unit tests (with `idReference`, which needs no Astro
 * runtime).
 */
export type CollectionName = 'modules' | 'activities' | 'caseStudies' | 'practices' | 'pictures';

/** What a reference holds once parsed: the target collection and entry id. */
export interface EntryReference<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/** Builds the schema of a reference to one collection. */
export type ReferenceBuilder = <C extends CollectionName>(collection: C) => z.ZodType<EntryReference<C>, unknown>;

/**
 * Stand-in for Astro's `reference()`: an id written as text becomes `{ collection, id }`.
 * Whether the entry exists is a rule (`reference-exists` in `src/lib/rules.ts`), checked
 * once every file is read.
 */
export const idReference: ReferenceBuilder = <C extends CollectionName>(collection: C) =>
  z
    .string({
      error: (issue) =>
        problemText(
          'field-reference',
          `the id of an entry in content/${collection}/ as text`,
          issue.input,
          `write the file name of the entry, without ${collection === 'pictures' ? '.yaml' : '.mdx'} (e.g. "${collection === 'caseStudies' ? 'my-case' : 'my-entry'}").`,
        ),
    })
    .transform((id): EntryReference<C> => ({ collection, id }));

/** The message for one field a group does not document, with the closest documented name. */
function unknownFieldMessage(what: string, documented: readonly string[], key: string): string {
  const near = closestName(key, documented);
  const fix =
    near === undefined
      ? `remove the field, or use one of the fields of ${what}: ${documented.join(', ')}.`
      : `did you mean "${near}"? Rename the field, or remove it.`;
  return `expected a documented field of ${what}; found "${key}". Fix: ${fix} [field-unknown]`;
}

/**
 * A group of fields that accepts only the documented ones, so a misspelt optional field
 * ("shrinkto") is reported instead of silently ignored. An unknown field gets one message
 * line per field (the content check reports each at its own path) naming the closest
 * documented field.
 */
export function fields<S extends z.core.$ZodLooseShape>(what: string, shape: S) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const present = typeof issue.input === 'object' && issue.input !== null ? Object.keys(issue.input) : [];
        const documented = Object.keys(shape).filter((name) => !present.includes(name));
        return issue.keys.map((key) => unknownFieldMessage(what, documented.length > 0 ? documented : Object.keys(shape), key)).join('\n');
      }
      if (issue.input === undefined)
        return problemText('field-missing-group', what, issue.input, `add ${what}; src/schemas/ lists its fields.`);
      return problemText('field-group', what, issue.input, `write ${what} as indented fields (name: value).`);
    },
  });
}
