/**
 * Reading level: the grading functions, and every documented case's plain summary ("## In short")
 * graded at or below grade 8. The README's report (between the reading-level markers) is the table
 * this test computes; it fails when the table is stale. To rewrite it:
 * `UPDATE_READING_REPORT=1 npx vitest run tests/unit/reading-level.test.ts`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  MAX_SUMMARY_GRADE,
  countText,
  plainSummaryOf,
  plainSummarySection,
  plainText,
  readingGrade,
  readingReport,
  type SummaryGrade,
} from '../../src/lib/reading-level.ts';

describe('grading text', () => {
  it('counts sentences, words and syllables', () => {
    expect(countText('The cat sat. It was happy!')).toEqual({ sentence: 2, word: 6, syllable: 7 });
    // A decimal point or a time does not end a sentence; a text without an end mark is one sentence.
    expect(countText('Start at 9.30 and stop')).toEqual({ sentence: 1, word: 5, syllable: 6 });
    expect(countText('')).toEqual({ sentence: 0, word: 0, syllable: 0 });
  });

  it('gives the Flesch–Kincaid grade, higher for long words and long sentences', () => {
    const plain = readingGrade('We met in a park. We asked people to come back. Most of them did.');
    const dense = readingGrade(
      'Organizational sustainability necessitates comprehensive institutionalization of participatory decision-making infrastructures across geographically dispersed constituencies.',
    );
    expect(plain).toBeLessThan(3);
    expect(dense).toBeGreaterThan(20);
    expect(readingGrade('')).toBeNaN();
  });

  it('reads Markdown as the words a reader sees', () => {
    expect(plainText('A *bold* [link](https://example.org) and `code`.\n\n- item')).toBe('A bold link and code. item');
  });

  it('finds the "In short" section of a body, up to the next heading', () => {
    const body = '\n## In short\n\nFirst line.\nSecond line.\n\n## Context\n\nMore.';
    expect(plainSummaryOf(body)).toBe('First line. Second line.');
    expect(plainSummaryOf('## Context\n\nNo summary.')).toBeUndefined();
    expect(
      plainSummarySection([
        { depth: 2, slug: 'context' },
        { depth: 2, slug: 'in-short' },
      ]),
    ).toEqual({ depth: 2, slug: 'in-short' });
  });
});

const folder = 'content/caseStudies';
const cases = readdirSync(folder)
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((file) => {
    const text = readFileSync(join(folder, file), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const data = parse(frontmatter) as { title: string; kind: string };
    return { id: file.replace(/\.mdx$/, ''), title: data.title, kind: data.kind, summary: plainSummaryOf(body) };
  });
const documented = cases.filter((c) => c.kind === 'documented');
const grades: SummaryGrade[] = documented.flatMap((c) =>
  c.summary === undefined ? [] : [{ id: c.id, title: c.title, grade: readingGrade(c.summary), words: countText(c.summary).word }],
);

describe('case summaries', () => {
  it('every documented case opens with an "In short" summary', () => {
    expect(documented.length).toBeGreaterThan(0);
    expect(documented.filter((c) => c.summary === undefined).map((c) => c.id)).toEqual([]);
  });

  it(`every summary reads at grade ${MAX_SUMMARY_GRADE} or lower`, () => {
    expect(grades.filter((g) => g.grade > MAX_SUMMARY_GRADE).map((g) => `${g.id}: grade ${g.grade}`)).toEqual([]);
  });

  it('the README report shows each summary’s grade as measured now', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = '<!-- reading-level:start -->';
    const end = '<!-- reading-level:end -->';
    const table = readingReport(grades);
    const expected = `${start}\n\n${table}\n\n${end}`;
    const found = readme.slice(readme.indexOf(start), readme.indexOf(end) + end.length);
    if (process.env['UPDATE_READING_REPORT'] === '1' && found !== expected) writeFileSync('README.md', readme.replace(found, expected));
    else
      expect(
        found,
        'README reading-level report is stale: run UPDATE_READING_REPORT=1 npx vitest run tests/unit/reading-level.test.ts',
      ).toBe(expected);
  });
});
