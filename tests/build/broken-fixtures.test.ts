/**
 * Broken content fixtures, each built with the real `astro build`: every folder in
 * tests/fixtures/broken/ changes the valid fixture curriculum in one way (files on top,
 * `_delete.txt` for files to remove), and its expected.txt holds the whole text the build
 * prints. The build must exit 1 and write nothing to its output folder.
 *
 * The content check stops the build before Vite starts, so each build takes a few seconds;
 * they run a few at a time.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileRules } from '../../src/lib/content-check.ts';
import { curriculumRules } from '../../src/lib/rules.ts';
import { fieldRules } from '../../src/schemas/fields.ts';
import { brokenFixtures, fixtureRoot, readContent, writeContent } from '../support/content-harness.ts';

const work = mkdtempSync(join(tmpdir(), 'do-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface BuildResult {
  status: number | null;
  output: string;
  wroteOutput: boolean;
}

const escape = String.fromCharCode(27);
const colours = new RegExp(`${escape}\\[[0-9;]*m`, 'g');

/** Builds the valid fixture with one broken overlay; resolves with what the build printed. */
function buildBroken(name: string): Promise<BuildResult> {
  const content = join(work, name, 'content');
  const outDir = join(work, name, 'dist');
  writeContent(readContent(join(fixtureRoot, 'valid'), join(fixtureRoot, 'broken', name)), content);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, CURRICULUM_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: output.replace(colours, '').trimEnd(), wroteOutput: existsSync(outDir) }));
  });
}

/** Runs `task` over `items`, `limit` at a time. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<Map<T, R>> {
  const results = new Map<T, R>();
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) results.set(item, await task(item));
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const names = brokenFixtures();
const expectedText = (name: string) => readFileSync(join(fixtureRoot, 'broken', name, 'expected.txt'), 'utf8').trimEnd();
let results = new Map<string, BuildResult>();

beforeAll(async () => {
  results = await pool(names, Math.max(2, Math.min(4, availableParallelism() + 1)), buildBroken);
}, 360_000);

describe('a broken fixture fails the real build with its one-line report', () => {
  it('has a broken fixture for many kinds of mistake', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of names) {
    it(`${name}: prints expected.txt, exits 1, writes nothing`, () => {
      const result = results.get(name);
      expect(result?.output).toBe(expectedText(name));
      expect(result?.status).toBe(1);
      expect(result?.wroteOutput).toBe(false);
      const [heading, ...lines] = result?.output.split('\n') ?? [];
      expect(heading).toMatch(/^The curriculum content has (1 problem|\d+ problems):$/);
      expect(heading).toBe(`The curriculum content has ${lines.length === 1 ? '1 problem' : `${lines.length} problems`}:`);
      for (const line of lines) {
        expect(line).toMatch(/^content\/([A-Za-z]+\/)?\S* → \S.*: expected .+; found .+\. Fix: .+ \[[a-z0-9-]+\]$/);
        expect(line).not.toMatch(/\*\*\*\*|node_modules|Browser APIs|Stack trace|Location:/);
      }
    });
  }
});

describe('every check has a broken fixture', () => {
  const allRules = [...Object.keys(fieldRules), ...Object.keys(curriculumRules), ...Object.keys(fileRules)];
  for (const rule of allRules) {
    it(`${rule} is reported by at least one fixture`, () => {
      const reporting = names.filter((name) => expectedText(name).includes(`[${rule}]`));
      expect(reporting, `add a fixture in tests/fixtures/broken/ whose build reports [${rule}]`).not.toEqual([]);
    });
  }
});
