/** `npm audit --omit=dev`: no high or critical advisory in what the project depends on at run time. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { auditProblems } from '../support/gates.ts';

describe('dependencies', () => {
  it('have no high or critical advisory (npm audit --omit=dev)', () => {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 90_000 });
    const report = JSON.parse(run.stdout || '{}') as Parameters<typeof auditProblems>[0] & { error?: { summary?: string } };
    if (report.error)
      throw new Error(
        `npm audit could not run: ${report.error.summary ?? 'no summary'}. It needs the npm registry; check the network, then run "npm audit --omit=dev".`,
      );
    expect(report).toHaveProperty('vulnerabilities');
    expect(auditProblems(report)).toEqual([]);
  });
});
