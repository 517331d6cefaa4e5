/**
 * The build-time content check: reads every file of the curriculum collections the way
 * Astro's content layer does (same folders and patterns from `src/schemas/collections.ts`,
 * the same frontmatter parser, the same schemas with a stand-in for `reference()`), then
 * runs the curriculum rules, and returns every problem of every file at once.
 *
 * `src/integrations/content-check.ts` runs it before Astro's content sync, so a content
 * mistake stops `astro build` with one line per problem and nothing written to `dist/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { authorFile, curriculumCollectionNames, curriculumCollections, type CurriculumCollection } from '../schemas/collections.ts';
import { docsErrorMap, docsPageSchema, starlightDocs } from '../schemas/docs.ts';
import { idReference } from '../schemas/fields.ts';
import type { CurriculumInput, Entry } from './content-types.ts';
import { schemaProblems, type ContentProblem } from './errors.ts';
import { checkCurriculum } from './rules.ts';
import { closestName } from './suggest.ts';

/** Checks of the files themselves, before any schema, by id (the README lists them). */
export const fileRules = {
  'frontmatter-syntax': 'The frontmatter (or a YAML file) is valid YAML that the build can read.',
  'scaffold-text-left':
    'No published file still holds a "TO WRITE:" prompt from `npm run new` (a file whose name starts with `_` is a draft and is not published).',
} as const;

/** What `npm run new` (scripts/new.ts) writes in front of every text the author still has to write. */
export const SCAFFOLD_MARK = 'TO WRITE:';

/** A prompt where the scaffold writes one: at the start of a line, a list item or a field's value (not prose that names it). */
const PROMPT = new RegExp(`(?:^\\s*(?:-\\s+)?|:\\s+)["']?${SCAFFOLD_MARK}`);

/** A published file with prompts of the scaffold left in it: one problem naming the first and how many. */
export function scaffoldProblem(source: SourceFile): ContentProblem | undefined {
  const lines = source.text.split('\n');
  const hits = lines.flatMap((line, i) => (PROMPT.test(line) ? [i + 1] : []));
  const first = hits[0];
  if (first === undefined) return undefined;
  const text = (lines[first - 1] ?? '').trim();
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  const more = hits.length > 1 ? ` and ${hits.length - 1} more ${hits.length === 2 ? 'line' : 'lines'}` : '';
  return {
    file: source.file,
    field: `line ${first}`,
    expected: 'text you wrote',
    found: `the prompt "${shown}"${more}`,
    fix: `write your own text in place of every "${SCAFFOLD_MARK}" prompt, or keep the file a draft by starting its name with "_"`,
    rule: 'scaffold-text-left',
    severity: 'error',
  };
}

/** One content file: its collection, entry id, path as authors see it, and text. */
export interface SourceFile {
  /** A curriculum collection, or `docs` for Starlight's own pages. */
  collection: CurriculumCollection | 'docs';
  /** The entry id, as Astro's glob loader gives it: the path inside the folder, without extension. */
  id: string;
  /** Path as printed, `content/<folder>/<file>`, whatever folder the content root is. */
  file: string;
  text: string;
}

/** The checked collections: each curriculum collection, and Starlight's pages. */
const checked: { collection: CurriculumCollection | 'docs'; folder: string; pattern: string }[] = [
  ...curriculumCollectionNames.map((collection) => ({ collection, ...curriculumCollections[collection] })),
  { collection: 'docs', ...starlightDocs },
];

/**
 * The content files among `files` (`path inside the content root → text`, `/` separators),
 * matched against each collection's folder and pattern, in a stable order.
 */
export function contentSources(files: ReadonlyMap<string, string>): SourceFile[] {
  const paths = [...files.keys()].sort();
  return checked.flatMap(({ collection, folder, pattern }) =>
    paths.flatMap((path) => {
      const inside = folder === '' ? path : path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
      return inside !== undefined && matchesGlob(inside, pattern) ? [sourceFile(collection, inside, files.get(path) ?? '')] : [];
    }),
  );
}

/** Every content file under `root` (the content folder). */
export function readContentFiles(root: string): SourceFile[] {
  const files = new Map<string, string>();
  if (existsSync(root)) {
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  }
  return contentSources(files);
}

/** A source file from its collection, path inside the collection folder, and text. */
export function sourceFile(collection: CurriculumCollection | 'docs', path: string, text: string): SourceFile {
  const folder = collection === 'docs' ? starlightDocs.folder : curriculumCollections[collection].folder;
  return { collection, id: path.replace(/\.[^./]+$/, '').toLowerCase(), file: authorFile(folder, path), text };
}

/** The frontmatter (MDX) or whole document (YAML) of a file, or the YAML error it gives. */
export function readData(source: SourceFile): { data: unknown } | { error: string } {
  try {
    if (source.collection !== 'docs' && curriculumCollections[source.collection].format === 'yaml')
      return { data: parseYaml(source.text) as unknown };
    return { data: parseFrontmatter(source.text, { frontmatter: 'empty-with-spaces' }).frontmatter };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // js-yaml and yaml both follow the reason with a code excerpt; keep the first line.
    return { error: message.split('\n')[0]?.trim() ?? message };
  }
}

/**
 * Starlight's page schema ignores unknown fields, so a misspelt `title` shows only as a
 * missing one; name the near spelling the page does have ("titel").
 */
function withMisspeltKey(problem: ContentProblem, data: unknown): ContentProblem {
  if (problem.found !== 'nothing (the field is missing)' || /[.[]/.test(problem.field)) return problem;
  const written = typeof data === 'object' && data !== null ? Object.keys(data) : [];
  const near = closestName(problem.field, written);
  return near === undefined ? problem : { ...problem, fix: `rename "${near}" to "${problem.field}".` };
}

export interface ParsedContent {
  input: CurriculumInput;
  /** Problems found by the schemas (and files that could not be read). */
  problems: ContentProblem[];
  /** Ids of entries whose file exists but did not pass its schema, per collection. */
  unreadable: Partial<Record<CurriculumCollection, string[]>>;
}

function emptyInput(): CurriculumInput {
  return {
    modules: [],
    activities: [],
    caseStudies: [],
    practices: [],
    glossary: [],
    guides: [],
    programs: [],
    coachingCalls: [],
    publisher: [],
    evaluation: [],
    pictures: [],
  };
}

/** Parses every file with its collection's schema. */
export function parseContent(files: readonly SourceFile[]): ParsedContent {
  const input = emptyInput();
  const problems: ContentProblem[] = [];
  const unreadable: Partial<Record<CurriculumCollection, string[]>> = {};
  for (const source of files) {
    const read = readData(source);
    let found: ContentProblem[];
    if ('error' in read) {
      found = [
        {
          file: source.file,
          field: '(file)',
          expected: 'YAML the build can read (fields as `name: value`, lists as lines starting with "- ")',
          found: `a YAML error: ${read.error}`,
          fix: 'correct the line the error names; put quotes around text that contains a colon followed by a space.',
          rule: 'frontmatter-syntax',
          severity: 'error',
        },
      ];
    } else if (source.collection === 'docs') {
      const result = docsPageSchema().safeParse(read.data, { error: docsErrorMap });
      if (result.success) continue;
      found = schemaProblems(source.file, result.error.issues).map((problem) => withMisspeltKey(problem, read.data));
    } else {
      const result = curriculumCollections[source.collection].schema(idReference).safeParse(read.data);
      if (result.success) {
        (input[source.collection] as Entry<unknown>[]).push({ id: source.id, file: source.file, data: result.data });
        continue;
      }
      found = schemaProblems(source.file, result.error.issues);
    }
    problems.push(...found);
    if (source.collection !== 'docs') (unreadable[source.collection] ??= []).push(source.id);
  }
  return { input, problems, unreadable };
}

/** Every problem in the content files: schema problems and rule problems, all at once. */
export function checkContent(files: readonly SourceFile[]): ContentProblem[] {
  const { input, problems, unreadable } = parseContent(files);
  const scaffolds = files.flatMap((file) => scaffoldProblem(file) ?? []);
  return [...problems, ...scaffolds, ...checkCurriculum(input, { lengthRule: 'error', unreadable })];
}
