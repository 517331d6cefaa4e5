/**
 * A translation carries text only. Its shape is read from the English entry's schema: every
 * `text()` field (`translatableText` in `src/schemas/fields.ts`) is a place the translation
 * must fill, in the same structure — the same agenda items, steps and questions, in the same
 * order. Everything else (minutes, kinds, flags, references, sources) comes from the English
 * entry, so a translation can never change the training.
 *
 * @example
 * textSkeleton(moduleSchema(idReference), englishFrontmatter)
 * // → { title: 'Teams', agenda: [{ title: 'Welcome', facilitator: { say: '…', watchFor: ['…'] } }, …], … }
 */
import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import { translatableText } from '../schemas/fields.ts';
import type { ContentProblem } from './errors.ts';
import { fieldPath } from './errors.ts';

/** The text of an entry, in the structure of the entry: text at the leaves, lists kept in order. */
export type TextSkeleton = string | TextSkeleton[] | { [field: string]: TextSkeleton };

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional, default and nullable wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType)
      current = def.innerType;
    else return current;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The text fields of `value` (an entry as its author wrote it) by `schema`, or `undefined`
 * when it has none. A list keeps every item, so indexes match (`{}` for an item without text).
 */
export function textSkeleton(schema: z.ZodType, value: unknown): TextSkeleton | undefined {
  if (value === undefined || value === null) return undefined;
  const inner = unwrap(schema);
  if (translatableText.has(inner)) return typeof value === 'string' ? value.trim() : undefined;
  const def = defOf(inner);
  if (def.type === 'object' && def.shape && isRecord(value)) {
    const out: Record<string, TextSkeleton> = {};
    for (const [key, field] of Object.entries(def.shape)) {
      const part = textSkeleton(field, value[key]);
      if (part !== undefined) out[key] = part;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    const parts = value.map((item) => textSkeleton(element, item));
    return parts.some((part) => part !== undefined) ? parts.map((part) => part ?? {}) : undefined;
  }
  if (def.type === 'union' && def.options) {
    const option = def.options.find((candidate) => candidate.safeParse(value).success);
    return option ? textSkeleton(option, value) : undefined;
  }
  return undefined;
}

/** Counts the text places of a skeleton (how many texts a translator writes). */
export function textCount(skeleton: TextSkeleton | undefined): number {
  if (skeleton === undefined) return 0;
  if (typeof skeleton === 'string') return 1;
  if (Array.isArray(skeleton)) return skeleton.reduce<number>((sum, part) => sum + textCount(part), 0);
  return Object.values(skeleton).reduce<number>((sum, part) => sum + textCount(part), 0);
}

/** The checks of a translation's shape, by id (the README lists them). */
export const translationRules = {
  'translation-shape':
    'A translation holds the text fields of its English source in the same structure: the same agenda items, steps and questions, in the same order, and nothing else (minutes, kinds, flags, ids and sources live in the English file).',
  'translation-source': 'A translation has an English source: a file of the same name in the same folder of the English content.',
  'translation-status':
    'Every English entry with text has an up-to-date translation: its `translation.from` stamp is the stamp of the English file as it is now.',
} as const;

function shapeProblem(file: string, path: readonly PropertyKey[], expected: string, found: string, fix: string): ContentProblem {
  return { file, field: fieldPath(path), expected, found, fix, rule: 'translation-shape', severity: 'error' };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'string')
    return value.trim() === '' ? 'empty text' : JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (isRecord(value)) return 'a group of fields';
  return JSON.stringify(value);
}

/**
 * Every way `translated` differs in shape from `skeleton` (the English text), each as one
 * problem at its field. `allowed` names top-level fields the translation may add
 * (`translation`, and the collection's extras).
 */
export function shapeProblems(
  file: string,
  skeleton: TextSkeleton | undefined,
  translated: unknown,
  allowed: readonly string[] = [],
  path: readonly PropertyKey[] = [],
): ContentProblem[] {
  const where = path.length === 0 ? 'the translation' : fieldPath(path);
  if (typeof skeleton === 'string') {
    if (typeof translated === 'string' && translated.trim() !== '') return [];
    return [
      shapeProblem(file, path, `the translated text of ${where}`, describe(translated), 'write the text in this language, as one value.'),
    ];
  }
  if (Array.isArray(skeleton)) {
    if (!Array.isArray(translated) || translated.length !== skeleton.length) {
      const items = skeleton.length === 1 ? '1 item' : `${skeleton.length} items`;
      return [
        shapeProblem(
          file,
          path,
          `a list of ${items}, as in the English`,
          describe(translated),
          'translate every item of the English list, in its order; add or remove items in the English file only.',
        ),
      ];
    }
    return skeleton.flatMap((part, index) => shapeProblems(file, part, translated[index], [], [...path, index]));
  }
  const expectedFields = skeleton === undefined ? [] : Object.keys(skeleton);
  if (!isRecord(translated)) {
    return [
      shapeProblem(file, path, `the text fields ${expectedFields.join(', ')}`, describe(translated), 'write each field as `name: text`.'),
    ];
  }
  const problems: ContentProblem[] = [];
  for (const key of Object.keys(translated)) {
    if (expectedFields.includes(key) || (path.length === 0 && allowed.includes(key))) continue;
    problems.push(
      shapeProblem(
        file,
        [...path, key],
        expectedFields.length > 0
          ? `only the text fields of the English (${expectedFields.join(', ')})`
          : 'no field here: the English has no text in it',
        `the field "${key}"`,
        'remove it: minutes, kinds, flags, ids and sources live in the English file only.',
      ),
    );
  }
  for (const key of expectedFields) {
    const part = (skeleton as Record<string, TextSkeleton>)[key];
    problems.push(...shapeProblems(file, part, translated[key], [], [...path, key]));
  }
  return problems;
}

/**
 * The English data with the translated text laid over it: every text leaf of `translated`
 * replaces the English at the same place; everything else is the English, untouched.
 */
export function applyTranslation<T>(english: T, translated: unknown): T {
  if (typeof translated === 'string') return (typeof english === 'string' ? translated.trim() : english) as T;
  if (Array.isArray(english) && Array.isArray(translated))
    return english.map((item: unknown, index) => applyTranslation(item, translated[index])) as T;
  if (isRecord(english) && isRecord(translated)) {
    const out: Record<string, unknown> = { ...english };
    for (const [key, value] of Object.entries(translated)) if (key in english) out[key] = applyTranslation(english[key], value);
    return out as T;
  }
  return english;
}

/** The stamp of an English file's text: what a translation records in `translation.from`. */
export function sourceStamp(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/** Where a translation stands against its English source. */
export type TranslationState = 'up-to-date' | 'outdated' | 'missing';

export function translationState(englishText: string, recordedFrom: string | undefined): TranslationState {
  if (recordedFrom === undefined) return 'missing';
  return recordedFrom === sourceStamp(englishText) ? 'up-to-date' : 'outdated';
}
