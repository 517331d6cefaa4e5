/**
 * Builds the valid fixture curriculum into a whole site with the real Astro build: the
 * content check passes quietly and every kind of page is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureRoot } from '../support/content-harness.ts';

const work = mkdtempSync(join(tmpdir(), 'do-fixture-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fixture site build', () => {
  it('builds the valid fixture site with a page of every kind and curriculum.json', () => {
    const outDir = join(work, 'dist');
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, CURRICULUM_CONTENT: join(fixtureRoot, 'valid'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).not.toContain('The curriculum content has');
    // Every collection folder exists in the fixture, so the glob loader has nothing to warn about.
    expect(output).not.toContain('does not exist');
    for (const page of [
      'index.html',
      'modules/first/facilitator/index.html',
      'activities/pairs-story/index.html',
      'cases/documented-case/index.html',
      'programs/fixture-program/index.html',
      'coaching-calls/call-6/index.html',
      'pictures/story-circles/index.html',
      'print/posters/story-circles/index.html',
      'fixture-page/index.html',
      'curriculum.json',
    ]) {
      expect(existsSync(join(outDir, page)), page).toBe(true);
    }
  });
});
