/**
 * Builds tiny fixture sites with the real Astro build: a valid one passes, a broken one
 * fails and prints the content error naming file and field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureRoot } from '../support/content-harness.ts';

const work = mkdtempSync(join(tmpdir(), 'do-fixture-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildFixture(name: string, overlay?: string): { status: number | null; output: string; outDir: string } {
  const content = join(work, name, 'content');
  cpSync(join(fixtureRoot, 'valid'), content, { recursive: true });
  if (overlay) cpSync(join(fixtureRoot, 'broken', overlay), content, { recursive: true });
  const outDir = join(work, name, 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir], {
    env: { ...process.env, CURRICULUM_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  // Colours are forced on CI; strip them so the report reads as plain text.
  const output = `${result.stdout}\n${result.stderr}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  return { status: result.status, output, outDir };
}

describe('fixture site builds', () => {
  it('builds the valid fixture site with its pages and curriculum.json', () => {
    const { status, output, outDir } = buildFixture('valid');
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'modules/first/facilitator/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'curriculum.json'))).toBe(true);
  });

  it('fails the build on a reference to a missing activity, naming file and field', () => {
    const { status, output, outDir } = buildFixture('missing-activity', 'missing-activity');
    expect(status).not.toBe(0);
    expect(output).toContain('The curriculum content has 1 problem:');
    expect(output).toContain(
      'content/modules/first.mdx → agenda[0].activity: expected the id of an entry in content/activities/; found "pair-story", which does not exist. Fix: use one of: pairs-story; or add content/activities/pair-story.mdx.',
    );
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('fails the build on fractional minutes, naming file and field', () => {
    const { status, output } = buildFixture('fractional-minutes', 'fractional-minutes');
    expect(status).not.toBe(0);
    expect(output).toContain('modules → first data does not match collection schema');
    expect(output).toContain(
      'agenda.0.minutes: expected the item length as a whole number of minutes greater than 0 (e.g. 15); found 7.5. Fix: write whole minutes without units; round to the nearest minute.',
    );
  });
});
