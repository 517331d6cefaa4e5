/**
 * Broken content fixtures: each folder in tests/fixtures/broken/ changes the valid
 * fixture curriculum in one way, and expected.txt holds the whole report the build gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenFixtures, fixtureRoot, reportFor } from '../support/content-harness.ts';

const valid = join(fixtureRoot, 'valid');

describe('content fixtures', () => {
  it('the valid fixture curriculum has no problems', () => {
    expect(reportFor(valid)).toBe('');
  });

  it('has at least 10 distinct broken fixtures', () => {
    expect(brokenFixtures().length).toBeGreaterThanOrEqual(10);
  });

  for (const name of brokenFixtures()) {
    it(`reports ${name} with file, field, expected, found and fix`, () => {
      const expected = readFileSync(join(fixtureRoot, 'broken', name, 'expected.txt'), 'utf8').trimEnd();
      const report = reportFor(valid, join(fixtureRoot, 'broken', name));
      expect(report).toBe(expected);
      for (const line of report.split('\n').filter((l) => l.includes('→'))) {
        expect(line).toMatch(/content\/\S* → \S.*: expected .+; found .+\. Fix: .+/);
      }
    });
  }
});
