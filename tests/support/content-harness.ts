/**
 * Loads a content folder the way the build does — same schemas, same rules — without
 * running Astro. Used by the broken-content fixture tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { activitySchema } from '../../src/schemas/activity.ts';
import { caseStudySchema } from '../../src/schemas/caseStudy.ts';
import type { CollectionName, EntryReference, ReferenceBuilder } from '../../src/schemas/fields.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { moduleSchema } from '../../src/schemas/module.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { programSchema } from '../../src/schemas/program.ts';
import { coachingCallSchema } from '../../src/schemas/coachingCall.ts';
import { ContentError, formatSchemaIssues } from '../../src/lib/errors.ts';
import type { CurriculumInput, Entry } from '../../src/lib/content-types.ts';
import { checkCurriculum } from '../../src/lib/rules.ts';

/** Stand-in for Astro's `reference()`: a string id becomes `{ collection, id }`. */
export const testReference: ReferenceBuilder = <C extends CollectionName>(collection: C) =>
  z.string().transform((id): EntryReference<C> => ({ collection, id })) as unknown as z.ZodType<EntryReference<C>, unknown>;

const schemas = {
  modules: moduleSchema(testReference),
  activities: activitySchema(testReference),
  caseStudies: caseStudySchema(testReference),
  practices: practiceSchema,
  glossary: glossarySchema(testReference),
  guides: guideSchema,
  programs: programSchema(testReference),
  coachingCalls: coachingCallSchema(testReference),
} as const;
type Folder = keyof typeof schemas;

/** Files of a content folder as `relative path → text`, with an optional overlay folder on top. */
export function readContent(base: string, overlay?: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (root: string, dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(root, path);
      else files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(base, base);
  if (overlay) {
    // Overlay files replace or add to the base; `_delete.txt` lists base files to remove.
    walk(overlay, overlay);
    const deletions = files.get('_delete.txt') ?? '';
    for (const line of deletions
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean))
      files.delete(line);
    files.delete('_delete.txt');
    files.delete('expected.txt');
  }
  return files;
}

function frontmatter(text: string): unknown {
  if (!text.startsWith('---\n')) return parseYaml(text);
  const end = text.indexOf('\n---', 4);
  return parseYaml(text.slice(4, end));
}

export interface LoadResult {
  input: CurriculumInput;
  schemaErrors: string[];
}

/** Parses every file with its collection's schema. `prefix` is prepended to file paths in messages. */
export function parseContent(files: Map<string, string>, prefix = 'content/'): LoadResult {
  const input: CurriculumInput = {
    modules: [],
    activities: [],
    caseStudies: [],
    practices: [],
    glossary: [],
    guides: [],
    programs: [],
    coachingCalls: [],
  };
  const schemaErrors: string[] = [];
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const [folder, name] = path.split('/') as [string, string | undefined];
    if (!name || !(folder in schemas)) continue;
    const file = `${prefix}${path}`;
    const id = name.replace(/\.(mdx|yaml)$/, '');
    const result = schemas[folder as Folder].safeParse(frontmatter(text));
    if (!result.success) {
      schemaErrors.push(...formatSchemaIssues(file, result.error.issues));
      continue;
    }
    (input[folder as Folder] as Entry<unknown>[]).push({ id, file, data: result.data });
  }
  return { input, schemaErrors };
}

/**
 * Everything the build would report for a folder, as one text: schema errors first (the
 * build stops there), otherwise the rules' `ContentError` message. Empty when all is well.
 */
export function reportFor(base: string, overlay?: string): string {
  const { input, schemaErrors } = parseContent(readContent(base, overlay));
  if (schemaErrors.length > 0) return schemaErrors.join('\n');
  const problems = checkCurriculum(input, { lengthRule: 'error' });
  return problems.length === 0 ? '' : new ContentError(problems).message;
}

export const fixtureRoot = join(import.meta.dirname, '..', 'fixtures');
export const brokenFixtures = (): string[] =>
  existsSync(join(fixtureRoot, 'broken')) ? readdirSync(join(fixtureRoot, 'broken')).sort() : [];
