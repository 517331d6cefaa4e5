/**
 * The content errors the README shows are the ones the build prints: every example block in the README
 * that starts with the report's heading is, word for word, the expected output of a broken fixture
 * (and tests/build/broken-fixtures.test.ts compares each expected output with a real build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenFixtures, fixtureRoot } from '../support/content-harness.ts';

/** Fenced blocks of a Markdown text that begin with `heading`. */
export function reportBlocks(markdown: string, heading: string): string[] {
  return [...markdown.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)]
    .map((match) => (match[1] ?? '').trimEnd())
    .filter((block) => block.startsWith(heading));
}

describe('README content errors', () => {
  const heading = 'The curriculum content has';
  const expected = new Map(
    brokenFixtures().map((name) => [readFileSync(join(fixtureRoot, 'broken', name, 'expected.txt'), 'utf8').trimEnd(), name]),
  );

  it('finds report blocks in a Markdown text', () => {
    expect(reportBlocks('x\n```\nThe curriculum content has 1 problem:\na\n```\n```sh\nnpm test\n```\n', heading)).toEqual([
      'The curriculum content has 1 problem:\na',
    ]);
  });

  it("shows only reports that a broken fixture's real build prints, word for word", () => {
    const blocks = reportBlocks(readFileSync('README.md', 'utf8'), heading);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(blocks.filter((block) => !expected.has(block))).toEqual([]);
  });
});
