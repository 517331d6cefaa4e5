/**
 * Reads the translations under `content/<locale>/` next to their English sources, checks each
 * one's shape (`src/lib/translation.ts`) and its record (`src/schemas/translation.ts`), and
 * reports each English entry as up to date, outdated or missing in each language.
 *
 * The build (`src/integrations/content-check.ts`) fails on a shape problem and warns about a
 * missing or outdated translation; `npm test` (tests/unit/translations.test.ts) fails on both.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { curriculumCollections, type CurriculumCollection } from '../schemas/collections.ts';
import { idReference } from '../schemas/fields.ts';
import {
  extrasSchema,
  translationExtras,
  translationLocales,
  translationRecordSchema,
  type TranslationLocale,
} from '../schemas/translation.ts';
import { readContentFiles, readData } from './content-check.ts';
import { formatProblem, schemaProblems, type ContentProblem } from './errors.ts';
import { shapeProblems, sourceStamp, textSkeleton, translationState, type TextSkeleton, type TranslationState } from './translation.ts';

/** An English entry that a translation follows. */
export interface EnglishSource {
  collection: CurriculumCollection;
  id: string;
  /** Path inside the content root: `modules/teams.mdx`, `evaluation.yaml`. */
  path: string;
  /** Path as authors see it: `content/modules/teams.mdx`. */
  file: string;
  text: string;
  /** Its text fields, or `undefined` when it has none (nothing to translate). */
  skeleton: TextSkeleton | undefined;
}

/** One translated entry, read and checked. */
export interface TranslatedEntry {
  locale: TranslationLocale;
  source: EnglishSource;
  /** `content/es/modules/teams.mdx` */
  file: string;
  state: TranslationState;
  /** The text fields as written (only when the shape is right). */
  data: Record<string, unknown> | undefined;
  /** The collection's extra fields (the glossary's alternatives…), parsed. */
  extras: Record<string, unknown>;
  reviewer: string | undefined;
  /** The stamp the file records in `translation.from`, as written. */
  recorded: string | undefined;
}

/** The path of a translation inside the content root. */
export function translatedPath(locale: TranslationLocale, path: string): string {
  return `${locale}/${path}`;
}

/** The frontmatter and body of an MDX file's text. */
export function splitSource(text: string): { data: unknown; body: string } {
  const parsed = parseFrontmatter(text, { frontmatter: 'remove' });
  return { data: parsed.frontmatter, body: parsed.content };
}

/** Every English entry under `root` with the text a translation must carry. */
export function englishSources(root: string): EnglishSource[] {
  return readContentFiles(root).flatMap((source) => {
    if (source.collection === 'docs') return [];
    const read = readData(source);
    const data = 'data' in read ? read.data : undefined;
    const schema = curriculumCollections[source.collection].schema(idReference);
    const path = source.file.slice('content/'.length);
    return [
      { collection: source.collection, id: source.id, path, file: source.file, text: source.text, skeleton: textSkeleton(schema, data) },
    ];
  });
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function problem(file: string, field: string, expected: string, found: string, fix: string, rule: string): ContentProblem {
  return { file, field, expected, found, fix, rule, severity: 'error' };
}

export interface TranslationCheck {
  entries: TranslatedEntry[];
  /** Shape and record problems: the build fails on these. */
  problems: ContentProblem[];
  /** English entries with text and no translation, per language. */
  missing: { locale: TranslationLocale; source: EnglishSource }[];
}

/** Reads and checks every translation under `root`. */
export function checkTranslations(root: string): TranslationCheck {
  const sources = englishSources(root);
  const byPath = new Map(sources.map((source) => [source.path, source]));
  const entries: TranslatedEntry[] = [];
  const problems: ContentProblem[] = [];
  const missing: TranslationCheck['missing'] = [];
  for (const locale of translationLocales) {
    const present = new Set<string>();
    for (const inside of filesUnder(join(root, locale))) {
      const file = `content/${locale}/${inside}`;
      if (inside.split('/').some((part) => part.startsWith('_')) || !/\.(mdx|yaml)$/.test(inside)) continue;
      const source = byPath.get(inside);
      if (source === undefined) {
        problems.push(
          problem(
            file,
            '(file)',
            `an English entry content/${inside} that this file translates`,
            'no such English file',
            'give the translation the file name of its English source, or remove it.',
            'translation-source',
          ),
        );
        continue;
      }
      present.add(inside);
      const text = readFileSync(join(root, locale, inside), 'utf8');
      let raw: unknown;
      let body = '';
      try {
        if (curriculumCollections[source.collection].format === 'yaml') raw = parseYaml(text) as unknown;
        else ({ data: raw, body } = splitSource(text));
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        problems.push(
          problem(
            file,
            '(file)',
            'YAML the build can read',
            `a YAML error: ${message}`,
            'correct the line the error names; put quotes around text that contains a colon followed by a space.',
            'frontmatter-syntax',
          ),
        );
        continue;
      }
      const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const extraNames = Object.keys(translationExtras[source.collection] ?? {});
      const found = shapeProblems(file, source.skeleton, record, ['translation', ...extraNames]);
      const parsedRecord = translationRecordSchema.safeParse(record['translation']);
      if (!parsedRecord.success)
        found.push(
          ...schemaProblems(
            file,
            parsedRecord.error.issues.map((issue) => ({ ...issue, path: ['translation', ...issue.path] })),
          ),
        );
      const extras = extrasSchema(source.collection).safeParse(
        Object.fromEntries(extraNames.flatMap((name) => (name in record ? [[name, record[name]]] : []))),
      );
      if (!extras.success) found.push(...schemaProblems(file, extras.error.issues));
      if (curriculumCollections[source.collection].format === 'mdx' && splitSource(source.text).body.trim() !== '' && body.trim() === '')
        found.push(
          problem(
            file,
            'body',
            'the translated text of the page under the frontmatter',
            'no text',
            'translate the English page text under the closing ---.',
            'translation-shape',
          ),
        );
      problems.push(...found);
      const from = parsedRecord.success ? parsedRecord.data.from : undefined;
      entries.push({
        locale,
        source,
        file,
        state: translationState(source.text, from),
        data: found.length === 0 ? record : undefined,
        extras: extras.success ? extras.data : {},
        reviewer: parsedRecord.success ? parsedRecord.data.reviewer : undefined,
        recorded:
          typeof (record['translation'] as Record<string, unknown> | undefined)?.['from'] === 'string'
            ? String((record['translation'] as Record<string, unknown>)['from'])
            : undefined,
      });
    }
    for (const source of sources) if (source.skeleton !== undefined && !present.has(source.path)) missing.push({ locale, source });
  }
  return { entries, problems, missing };
}

/** A missing or outdated translation as a problem (a warning in the build, an error in `npm test`). */
export function statusProblems(check: TranslationCheck, severity: ContentProblem['severity']): ContentProblem[] {
  const outdated = check.entries
    .filter((entry) => entry.state === 'outdated')
    .map((entry) =>
      problem(
        entry.file,
        'translation.from',
        `the stamp of ${entry.source.file} as it is now (${sourceStamp(entry.source.text)})`,
        JSON.stringify(entry.recorded ?? ''),
        `the English changed since this was translated: bring the translation up to date, then run npm run translations -- stamp ${entry.file}`,
        'translation-status',
      ),
    );
  const missing = check.missing.map(({ locale, source }) =>
    problem(
      `content/${translatedPath(locale, source.path)}`,
      '(file)',
      `a translation of ${source.file}`,
      'no file',
      `run npm run translations -- skeleton ${locale} ${source.path}, translate it, then stamp it.`,
      'translation-status',
    ),
  );
  return [...outdated, ...missing].map((found) => ({ ...found, severity }));
}

/**
 * The status of every entry in every language, as printed by `npm run translations`: a summary
 * line per language that has a folder of translations, then every problem. `problems` counts
 * shape problems and missing or outdated translations.
 */
export function translationReport(root: string): { lines: string[]; summary: string[]; problems: number } {
  const check = checkTranslations(root);
  const summary: string[] = [];
  for (const locale of translationLocales.filter((candidate) => existsSync(join(root, candidate)))) {
    const mine = check.entries.filter((entry) => entry.locale === locale);
    const count = (state: TranslationState) => mine.filter((entry) => entry.state === state).length;
    const missing = check.missing.filter((entry) => entry.locale === locale).length;
    const reviewed = mine.filter((entry) => entry.reviewer !== undefined).length;
    summary.push(
      `${locale}: ${count('up-to-date')} up to date, ${count('outdated')} outdated, ${missing} missing; ${reviewed} reviewed by a named reviewer.`,
    );
  }
  const problems = [...check.problems, ...statusProblems(check, 'error')];
  return { lines: [...summary, ...problems.map(formatProblem)], summary, problems: problems.length };
}
