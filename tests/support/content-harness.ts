/**
 * File helpers for content fixtures: read a content folder (with a broken fixture's overlay
 * on top), write it out for a real build, and parse it with the build's own content check
 * (`src/lib/content-check.ts`: the same table, parser, schemas and rules the build runs).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentSources, parseContent as parseSources, type SourceFile } from '../../src/lib/content-check.ts';
import type { CurriculumInput } from '../../src/lib/content-types.ts';
import { formatProblem } from '../../src/lib/errors.ts';

export const fixtureRoot = join(import.meta.dirname, '..', 'fixtures');

/** Names of the broken fixtures in tests/fixtures/broken/, sorted. */
export const brokenFixtures = (): string[] =>
  existsSync(join(fixtureRoot, 'broken')) ? readdirSync(join(fixtureRoot, 'broken')).sort() : [];

/** Files of an overlay that are instructions for the harness, not content. */
const fixtureMeta = new Set(['_delete.txt', 'expected.txt', 'README.md']);

/**
 * Files of a content folder as `relative path → text`, with an optional overlay folder on
 * top: overlay files replace or add to the base; `_delete.txt` lists base files to remove.
 */
export function readContent(base: string, overlay?: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (root: string, dir: string, skipMeta: boolean) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(root, path, false);
      else if (!(skipMeta && fixtureMeta.has(name))) files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(base, base, false);
  if (overlay) {
    walk(overlay, overlay, true);
    const deletions = existsSync(join(overlay, '_delete.txt')) ? readFileSync(join(overlay, '_delete.txt'), 'utf8') : '';
    for (const line of deletions.split('\n').map((l) => l.trim())) if (line !== '') files.delete(line);
  }
  return files;
}

/** Writes the files of `readContent` into a fresh folder `dest` (for a real build). */
export function writeContent(files: Map<string, string>, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dest, path)), { recursive: true });
    writeFileSync(join(dest, path), text);
  }
}

/** Copies a whole fixture folder (e.g. the valid one) to `dest`. */
export function copyContent(source: string, dest: string): void {
  cpSync(source, dest, { recursive: true });
}

/** The content files among `files`, as the build's content check sees them. */
export function sourceFiles(files: Map<string, string>): SourceFile[] {
  return contentSources(files);
}

export interface LoadResult {
  input: CurriculumInput;
  /** Schema problems, formatted one per line as the build prints them. */
  schemaErrors: string[];
}

/** Parses every curriculum file with its collection's schema, as the build's check does. */
export function parseContent(files: Map<string, string>): LoadResult {
  const { input, problems } = parseSources(sourceFiles(files));
  return { input, schemaErrors: problems.map(formatProblem) };
}
