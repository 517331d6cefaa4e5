/**
 * The content check's pure parts: formatting, "did you mean", how schema issues become
 * problems, and that following a fix hint leads to content that passes (no hint leads
 * straight into the next error). The real build's output is asserted in tests/build/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem, formatReport, schemaProblems, sortProblems, type ContentProblem } from '../../src/lib/errors.ts';
import { closestName } from '../../src/lib/suggest.ts';
import { moduleSchema } from '../../src/schemas/module.ts';
import { idReference } from '../../src/schemas/fields.ts';
import { fixtureRoot, readContent, sourceFiles } from '../support/content-harness.ts';

const valid = join(fixtureRoot, 'valid');

/** The report for the valid fixture with `edits` applied: `path → [from, to][]`. */
function reportWith(edits: Record<string, [string, string][]>, overlay?: string): string {
  const files = readContent(valid, overlay ? join(fixtureRoot, 'broken', overlay) : undefined);
  for (const [path, changes] of Object.entries(edits)) {
    let text = files.get(path) ?? '';
    for (const [from, to] of changes) {
      expect(text, `${path} contains ${from}`).toContain(from);
      text = text.replace(from, to);
    }
    files.set(path, text);
  }
  return formatReport(checkContent(sourceFiles(files)));
}

const problem = (over: Partial<ContentProblem>): ContentProblem => ({
  file: 'content/modules/a.mdx',
  field: 'minutes',
  expected: 'x',
  found: 'y',
  fix: 'z.',
  rule: 'module-minutes-add-up',
  severity: 'error',
  ...over,
});

describe('formatting', () => {
  it('prints one line with file, field, expected, found, fix and rule id', () => {
    expect(formatProblem(problem({}))).toBe('content/modules/a.mdx → minutes: expected x; found y. Fix: z. [module-minutes-add-up]');
  });
  it('heads a report with the count and sorts problems by file, keeping order within a file', () => {
    const report = formatReport([
      problem({ file: 'content/modules/b.mdx', field: 'one' }),
      problem({ file: 'content/activities/a.mdx' }),
      problem({ file: 'content/modules/b.mdx', field: 'two' }),
      problem({ file: 'content/modules/' }),
    ]);
    expect(report.split('\n').map((line) => line.split(':')[0])).toEqual([
      'The curriculum content has 4 problems',
      'content/activities/a.mdx → minutes',
      'content/modules/ → minutes',
      'content/modules/b.mdx → one',
      'content/modules/b.mdx → two',
    ]);
    expect(formatReport([])).toBe('');
    expect(sortProblems([problem({ field: 'b' }), problem({ field: 'a' })]).map((p) => p.field)).toEqual(['b', 'a']);
  });
});

describe('did you mean', () => {
  it('finds a near miss, ignoring case, and nothing for a different word', () => {
    expect(closestName('shrinkto', ['title', 'minutes', 'shrinkTo'])).toBe('shrinkTo');
    expect(closestName('pair-story', ['pairs-story', 'power-map'])).toBe('pairs-story');
    expect(closestName('smallgroups', ['plenary', 'small-groups', 'pairs'])).toBe('small-groups');
    expect(closestName('lecture', ['plenary', 'small-groups', 'pairs', 'solo', 'break'])).toBeUndefined();
    expect(closestName('ufw-strike', ['composite-case', 'documented-case'])).toBeUndefined();
  });
});

describe('schema issues become problems', () => {
  const schema = moduleSchema(idReference);
  it('reports each unknown field at its own path, the top level included, with the closest documented field', () => {
    const result = schema.safeParse({ titel: 'x', colour: 'red' });
    expect(result.success).toBe(false);
    const lines = result.success ? [] : schemaProblems('content/modules/a.mdx', result.error.issues).map(formatProblem);
    expect(lines).toContain(
      'content/modules/a.mdx → titel: expected a documented field of a module; found "titel". Fix: did you mean "title"? Rename the field, or remove it. [field-unknown]',
    );
    expect(lines.find((line) => line.includes('→ colour:'))).toMatch(
      /Fix: remove the field, or use one of the fields of a module: order, kind, /,
    );
    // The misspelt title is one mistake: no second line saying the title is missing.
    expect(lines.some((line) => line.includes('→ title:'))).toBe(false);
    expect(lines.every((line) => !line.includes('****'))).toBe(true);
  });
  it('wraps a message that did not come from a field builder so it still reads the same way', () => {
    expect(schemaProblems('content/x.mdx', [{ path: ['a', 0], message: 'Invalid input' }]).map(formatProblem)).toEqual([
      'content/x.mdx → a[0]: expected a valid value; found something else (Invalid input). Fix: compare the field with the schema in src/schemas/. [field-other]',
    ]);
  });
});

describe('rules over parsed content', () => {
  it('finds nothing wrong with the valid fixture', () => {
    expect(reportWith({})).toBe('');
  });
  it('does not report the consequences of a file that failed its schema', () => {
    // The activity cannot be read: the modules that run it and the practice it teaches are not blamed.
    const report = reportWith({ 'activities/pairs-story.mdx': [['minutes: 30', 'minutes: half an hour']] });
    expect(report.split('\n')).toEqual([
      'The curriculum content has 1 problem:',
      'content/activities/pairs-story.mdx → minutes: expected the activity length as a whole number of minutes greater than 0 (e.g. 15); found "half an hour". Fix: write whole minutes without units; round to the nearest minute. [field-whole-minutes]',
    ]);
  });
});

describe('following a fix hint leads to content that passes', () => {
  it('item shorter than its activity: more item minutes AND the module total the hint names', () => {
    expect(reportWith({}, 'activity-longer-than-item')).toContain(
      "give agenda[0] 50 minutes (10 more) and raise the module's minutes to 610",
    );
    const fixed = {
      'modules/first.mdx': [
        ['    minutes: 40\n', '    minutes: 50\n'],
        ['minutes: 600', 'minutes: 610'],
      ],
      'modules/second.mdx': [
        ['    minutes: 40\n', '    minutes: 50\n'],
        ['minutes: 400', 'minutes: 410'],
      ],
    } satisfies Record<string, [string, string][]>;
    expect(reportWith(fixed, 'activity-longer-than-item')).toBe('');
  });
  it('item shorter than its activity, other way: shorter steps AND the activity minutes the hint names', () => {
    const fixed = {
      'activities/pairs-story.mdx': [
        ['minutes: 50', 'minutes: 40'],
        ['minutes: 32, instructions: Tell', 'minutes: 22, instructions: Tell'],
      ],
    } satisfies Record<string, [string, string][]>;
    expect(reportWith(fixed, 'activity-longer-than-item')).toBe('');
  });
  it('a module total that leaves the 16–20 hours says so', () => {
    const report = reportWith({ 'modules/second.mdx': [['    minutes: 100\n', '    minutes: 400\n']] });
    expect(report).toContain(
      'Fix: set minutes to 700, or change the agenda items so they add up to 400. The curriculum then runs 1300 minutes: take 100 minutes from other items to stay within 1200. [module-minutes-add-up]',
    );
  });
  it('shrinkTo not below minutes: the range the hint gives passes, and "make the item core" removes both fields', () => {
    expect(reportWith({ 'modules/first.mdx': [['shrinkTo: 5', 'shrinkTo: 19']] })).toBe('');
    expect(reportWith({ 'modules/first.mdx': [['    optional: true\n    shrinkTo: 5\n', '']] })).toBe('');
  });
  it('a shrunk item running an activity: the shrinkTo range of the hint passes', () => {
    expect(reportWith({}, 'shrunk-item-shorter-than-activity')).toContain('set shrinkTo to a number from 30 to 39');
    expect(reportWith({ 'modules/first.mdx': [['shrinkTo: 10', 'shrinkTo: 30']] }, 'shrunk-item-shorter-than-activity')).toBe('');
  });
  it('shrinkTo on a core item: marking it optional is offered only when its shrinkTo would then pass', () => {
    expect(reportWith({}, 'shrink-to-on-core-item')).toContain(
      'Fix: remove shrinkTo, or mark the item optional: true. [core-item-no-shrink-to]',
    );
    expect(
      reportWith({ 'modules/second.mdx': [['    shrinkTo: 30\n', '    optional: true\n    shrinkTo: 30\n']] }, 'shrink-to-on-core-item'),
    ).toBe('');
    expect(reportWith({ 'modules/second.mdx': [['    shrinkTo: 30\n', '    shrinkTo: 45\n']] }, 'shrink-to-on-core-item')).toContain(
      'Fix: remove shrinkTo, or mark the item optional: true and set shrinkTo to a number from 0 to 39. [core-item-no-shrink-to]',
    );
  });
  it('an optional item running an activity without shrinkTo: the hint never offers a cut the next rule refuses', () => {
    const report = reportWith({
      'modules/first.mdx': [['    activity: pairs-story\n', '    activity: pairs-story\n    optional: true\n']],
    });
    expect(report).toContain(
      'Fix: add shrinkTo: a number from 30 to 39 (activity "pairs-story" needs 30 minutes), or make the item core (remove optional and shrinkTo). [optional-item-has-shrink-to]',
    );
  });
  it('steps that do not add up: setting the sum names the items that would then be too short', () => {
    const report = reportWith({ 'activities/pairs-story.mdx': [['minutes: 12, instructions: Tell', 'minutes: 32, instructions: Tell']] });
    expect(report).toContain(
      'Fix: change the steps so they add up to 30, or set minutes to 50 (setting 50 also needs at least 50 minutes, shrunk or not, for content/modules/first.mdx agenda[0], content/modules/second.mdx agenda[0]). [activity-steps-add-up]',
    );
  });
  const setupStep = '  - { title: Set up, minutes: 3, kind: setup, instructions: Explain the steps and form pairs. }\n';
  const debriefStep = (minutes: number) =>
    `  - { title: Debrief, minutes: ${minutes}, kind: debrief, instructions: Ask the debrief questions. }\n`;
  it('no setup step: adding it and the minutes the hint names passes', () => {
    expect(reportWith({}, 'activity-without-setup')).toContain(
      'Fix: add a first step with kind: setup, 3 minutes and its instructions; set minutes to 33.',
    );
    const fixed = {
      'activities/pairs-story.mdx': [
        ['steps:\n', `steps:\n${setupStep}`],
        ['minutes: 30\n', 'minutes: 33\n'],
      ],
    } satisfies Record<string, [string, string][]>;
    expect(reportWith(fixed, 'activity-without-setup')).toBe('');
  });
  it('a setup step too short, or not first: the hint names the minutes, then the move', () => {
    const short = reportWith({
      'activities/pairs-story.mdx': [
        ['minutes: 3, kind: setup', 'minutes: 1, kind: setup'],
        ['minutes: 30\n', 'minutes: 28\n'],
      ],
    });
    expect(short).toContain(
      'steps[0].minutes: expected at least 3 minutes for instructions, forming groups and handing out materials; found 1. Fix: give the setup step 3 minutes (2 more) and set minutes to 30. [activity-setup-step]',
    );
    const second = reportWith({
      'activities/pairs-story.mdx': [
        [setupStep, ''],
        ['  - { title: Tell', `${setupStep}  - { title: Tell`],
      ],
    });
    expect(second).toContain(
      'steps[0].kind: expected a first step with kind: setup of at least 3 minutes (instructions, forming groups, handing out materials); found "work" (the setup step is steps[1]). Fix: move steps[1] to the top of the steps. [activity-setup-step]',
    );
  });
  it('no debrief: either fix the hint names passes', () => {
    const addStep = {
      'activities/pairs-story.mdx': [
        ['debrief: [', `${debriefStep(5)}debrief: [`],
        ['minutes: 30\n', 'minutes: 35\n'],
      ],
    } satisfies Record<string, [string, string][]>;
    expect(reportWith(addStep, 'activity-without-debrief')).toBe('');
    const item =
      '  - title: Debrief the story\n    minutes: 5\n    kind: plenary\n    debrief: true\n    facilitator: { say: Ask the questions., watchFor: [Silence.] }\n';
    const addItem = (total: string, raised: string) =>
      [
        ['  - title: Optional warm-up\n', `${item}  - title: Optional warm-up\n`],
        ['    activity: pairs-story\n', '    activity: pairs-story\n    keepWithNext: true\n'],
        [`minutes: ${total}\n`, `minutes: ${raised}\n`],
      ] satisfies [string, string][];
    expect(
      reportWith({ 'modules/first.mdx': addItem('600', '605'), 'modules/second.mdx': addItem('400', '405') }, 'activity-without-debrief'),
    ).toBe('');
  });
  it('a debrief step too short: the minutes the hint names pass', () => {
    const fixed = {
      'activities/pairs-story.mdx': [
        ['minutes: 2, kind: debrief', 'minutes: 5, kind: debrief'],
        ['minutes: 30\n', 'minutes: 33\n'],
      ],
    } satisfies Record<string, [string, string][]>;
    expect(reportWith(fixed, 'debrief-step-too-short')).toBe('');
  });
  it('a debrief item not kept with its activity: adding keepWithNext passes', () => {
    const kept = [['    activity: pairs-story\n', '    activity: pairs-story\n    keepWithNext: true\n']] satisfies [string, string][];
    expect(reportWith({ 'modules/first.mdx': kept, 'modules/second.mdx': kept }, 'debrief-not-kept-with-activity')).toBe('');
  });
  it('an optional only debrief: making it core passes, and the module total stays', () => {
    const core = [['    optional: true\n    shrinkTo: 5\n    debrief: true\n', '    debrief: true\n']] satisfies [string, string][];
    expect(reportWith({ 'modules/first.mdx': core, 'modules/second.mdx': core }, 'debrief-item-optional')).toBe('');
  });
});
