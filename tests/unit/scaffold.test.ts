/**
 * `npm run new` starts an author from a file that builds: the draft is skipped by the build, and
 * once every "TO WRITE:" prompt is replaced and the file renamed, the content check finds
 * nothing wrong with it (a module may still have to make room in the 16–20 hours). A prompt left
 * in a published file fails with one line.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCAFFOLD_MARK, checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/errors.ts';
import { requestProblem, scaffold, type ExistingContent, type ScaffoldRequest } from '../../scripts/lib/scaffold.ts';
import { parseContent, readContent, sourceFiles } from '../support/content-harness.ts';

const files = readContent(join(process.cwd(), 'content'));
const { input } = parseContent(files);
const existing: ExistingContent = {
  ids: {
    activities: input.activities.map((e) => e.id),
    caseStudies: input.caseStudies.map((e) => e.id),
    modules: input.modules.map((e) => e.id),
    practices: input.practices.map((e) => e.id),
  },
  orders: input.modules.map((m) => m.data.order),
  activities: input.activities.map((a) => ({ id: a.id, practices: a.data.practices.map((p) => p.id), minutes: a.data.minutes })),
};

/** The content with one more file, as the build would read it. */
const problemsWith = (path: string, text: string) =>
  checkContent(sourceFiles(new Map([...files, [path.replace(/^content\//, ''), text]]))).map(formatProblem);

/** What an author does: write real text in place of every prompt. */
const written = (text: string) => text.replaceAll(`${SCAFFOLD_MARK} `, 'Our own words: ');

const requests: ScaffoldRequest[] = [
  { kind: 'activity', id: 'house-visits', title: 'House visits' },
  { kind: 'case', id: 'a-documented-case', caseKind: 'documented' },
  { kind: 'case', id: 'a-composite-case', caseKind: 'composite' },
  { kind: 'module', id: 'house-visits-module', practice: 'relationships' },
];

describe('npm run new', () => {
  it('checks the content is clean before adding to it', () => {
    expect(checkContent(sourceFiles(files)).map(formatProblem)).toEqual([]);
  });

  for (const request of requests) {
    const file = scaffold(request, existing);

    it(`writes a ${request.kind} draft the build skips`, () => {
      expect(file.draft).toMatch(/\/_[a-z0-9-]+\.mdx$/);
      expect(problemsWith(file.draft, file.text)).toEqual([]);
    });

    it(`gives the ${request.kind} every field its schema needs: once written and renamed, it passes the checks`, () => {
      const problems = problemsWith(file.published, written(file.text));
      // A new module adds minutes: the length rule may ask the author to make room in the 16–20 hours.
      expect(problems.filter((p) => !p.endsWith('[curriculum-length]'))).toEqual([]);
    });

    it(`refuses a published ${request.kind} that still holds prompts, in one line`, () => {
      const problems = problemsWith(file.published, file.text).filter((p) => p.endsWith('[scaffold-text-left]'));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        new RegExp(
          `^${file.published.replace(/[.]/g, '\\.')} → line \\d+: expected text you wrote; found the prompt ".*TO WRITE:.*" and \\d+ more lines\\. Fix: write your own text in place of every "TO WRITE:" prompt, or keep the file a draft by starting its name with "_" \\[scaffold-text-left\\]$`,
        ),
      );
    });
  }

  it('says what is wrong with a request, in one line', () => {
    expect(requestProblem({ kind: 'activity', id: 'House Visits' }, existing)).toBe(
      '"House Visits" is not a file name: use lowercase letters, digits and dashes, e.g. "house-visits".',
    );
    expect(requestProblem({ kind: 'activity', id: 'snowflake-chart' }, existing)).toBe(
      'content/activities/snowflake-chart.mdx already exists: choose another id.',
    );
    expect(requestProblem({ kind: 'module', id: 'x', practice: 'nope' }, existing)).toMatch(
      /^"nope" is not a practice: use one of coaching, /,
    );
    expect(requestProblem({ kind: 'module', id: 'x', practice: 'teams' }, existing)).toBeUndefined();
  });
});
