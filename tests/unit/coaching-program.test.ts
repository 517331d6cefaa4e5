import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import { formatProblem } from '../../src/lib/errors.ts';
import { checkCurriculum } from '../../src/lib/rules.ts';
import { callsOfProgram, coachingProgram } from '../../src/lib/views.ts';
import { parseContent, readContent } from '../support/content-harness.ts';

const files = readContent(join(process.cwd(), 'content'));
const curriculum = linkCurriculum(parseContent(files).input);

describe('the program the coaching calls belong to', () => {
  it('is found by its coachingCalls property, with the coaching log it names', () => {
    const home = coachingProgram(curriculum);
    expect(home?.program.id).toBe('follow-up-coaching');
    expect(home?.logUrl).toBe('/worksheets/coaching-practice/');
  });
  it('lists the calls on that program only', () => {
    const lists = curriculum.programs.map((p) => [p.id, callsOfProgram(curriculum, p).length]);
    expect(lists).toEqual(curriculum.programs.map((p) => [p.id, p.id === 'follow-up-coaching' ? curriculum.coachingCalls.length : 0]));
    expect(curriculum.coachingCalls.length).toBe(6);
  });
  it('is missing when no program has the calls, and the rules refuse two', () => {
    const none = { ...curriculum, programs: curriculum.programs.map((p) => ({ ...p, coachingCalls: undefined })) };
    expect(coachingProgram(none)).toBeUndefined();
    const broken = new Map(files);
    broken.set('programs/second.mdx', files.get('programs/follow-up-coaching.mdx')!);
    const problems = checkCurriculum(parseContent(broken).input, { lengthRule: 'error' }).map(formatProblem);
    expect(problems.filter((line) => line.endsWith('[coaching-calls-one-program]'))).toHaveLength(1);
  });
  it('fails the build on a coaching log that is not an activity, naming file and field', () => {
    const broken = new Map(files);
    const path = 'programs/follow-up-coaching.mdx';
    broken.set(path, files.get(path)!.replace('  log: coaching-practice', '  log: coaching-log'));
    const problems = checkCurriculum(parseContent(broken).input, { lengthRule: 'error' }).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/programs\/follow-up-coaching\.mdx → coachingCalls\.log: expected the id of an entry in content\/activities\/; found "coaching-log", which does not exist\. Fix: use one of: .*coaching-practice.*; or add content\/activities\/coaching-log\.mdx\. \[reference-exists\]$/,
    );
  });
});
