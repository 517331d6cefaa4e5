/** The room materials' pure parts (src/lib/room-materials.ts) and the flip-chart rules (src/lib/rules.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/errors.ts';
import { buildSchedule, type ScheduleSession, type TimedModule } from '../../src/lib/formats.ts';
import {
  evaluationSheets,
  flipChartMaterials,
  isWideFlipChart,
  roomStems,
  SIGN_IN_COLUMNS,
  SIGN_IN_ROWS,
  signInSheets,
  wallAgenda,
  wallAgendaSize,
  WIDE_FLIP_CHART_CHARACTERS,
} from '../../src/lib/room-materials.ts';
import { toolPaths } from '../../src/lib/urls.ts';
import { evaluationSchema, type EvaluationForm } from '../../src/schemas/evaluation.ts';
import { fixtureRoot, readContent, sourceFiles } from '../support/content-harness.ts';
import { timedItem } from '../support/schedule-fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const words = { break: 'Break', lunch: 'Lunch' };

/** One day laid out by the real engine: 9:00 start, a break every 90 minutes, lunch after 3 hours. */
function day(modules: TimedModule[], sessionMinutes = 480): ScheduleSession {
  const result = buildSchedule(modules, 'day', {
    sessions: 1,
    start: 9 * 60,
    sessionMinutes,
    lunch: { after: 180, minutes: 45 },
    breaks: { every: 90, minutes: 15 },
    optional: { keep: 'all' },
  });
  if (!result.ok) throw new Error(`fixture day does not fit: ${result.problem.code}`);
  const [session] = result.schedule.sessions;
  if (!session) throw new Error('no session');
  return session;
}

const moduleOf = (id: string, title: string, items: [string, number][]): TimedModule => ({
  id,
  title,
  items: items.map(([key, minutes]) => timedItem(key, minutes, key === 'Break' ? { kind: 'break' } : {})),
});

describe('flip charts named in the materials', () => {
  it('finds every "Flip chart: …" material, with its title and position, in any case', () => {
    expect(
      flipChartMaterials([
        { item: 'Markers' },
        { item: 'Flip chart: The five parts of a charter' },
        { item: 'flip chart:   Shifts ' },
        { item: 'Flip-chart paper' },
        { item: 'Sample timed agenda on a flip chart' },
      ]),
    ).toEqual([
      { title: 'The five parts of a charter', index: 1 },
      { title: 'Shifts', index: 2 },
    ]);
  });

  it('prints a chart with a lot of text across the page', () => {
    expect(isWideFlipChart(['Purpose', 'Norms'])).toBe(false);
    expect(isWideFlipChart(['x'.repeat(WIDE_FLIP_CHART_CHARACTERS + 1)])).toBe(true);
  });
});

describe('the flip-chart rules', () => {
  const report = (edit: (first: string) => string): string[] => {
    const files = readContent(join(fixtureRoot, 'valid'));
    files.set('modules/first.mdx', edit(files.get('modules/first.mdx') ?? ''));
    return checkContent(sourceFiles(files)).map(formatProblem);
  };
  const withCharts = (materials: string, charts: string) => (text: string) =>
    text.replace('  - { item: Markers, quantity: 4 }\n', `  - { item: Markers, quantity: 4 }\n${materials}flipCharts:\n${charts}`);

  it('passes the valid fixture, whose second module has a chart listed in its materials', () => {
    expect(report((text) => text)).toEqual([]);
  });

  it('reports a chart the materials do not list, with the material line to add', () => {
    expect(report(withCharts('', '  - { title: Shifts, lines: [Organization, Shift] }\n'))).toEqual([
      'content/modules/first.mdx → flipCharts[0].title: expected a material named "Flip chart: Shifts"; found no such material. Fix: add to materials: - { item: "Flip chart: Shifts", quantity: 1 }. [flip-charts-match-materials]',
    ]);
  });

  it('reports a "Flip chart: …" material with no chart, and a near miss as one', () => {
    expect(report(withCharts('  - { item: "Flip chart: Questions for later" }\n', '  []\n'))).toEqual([
      'content/modules/first.mdx → materials[1]: expected a flipCharts entry titled "Questions for later" (what to write on the chart); found no flip chart with that title. Fix: add it to flipCharts (title: "Questions for later", and the lines to write); or rename the material if it is not a chart written before the session. [flip-charts-match-materials]',
    ]);
    expect(
      report(
        withCharts(
          '  - { item: "Flip chart: The five parts of a charter" }\n',
          '  - { title: The five part of a charter, lines: [Purpose] }\n',
        ),
      ),
    ).toEqual([
      'content/modules/first.mdx → materials[1]: expected a flipCharts entry titled "The five parts of a charter" (what to write on the chart); found no flip chart with that title. Fix: did you mean "The five part of a charter"? Make the material\'s name after "Flip chart: " and the chart\'s title the same. [flip-charts-match-materials]',
      'content/modules/first.mdx → flipCharts[0].title: expected a material named "Flip chart: The five part of a charter"; found no such material. Fix: did you mean "The five parts of a charter"? Make the title and the material\'s name after "Flip chart: " the same. [flip-charts-match-materials]',
    ]);
  });

  it('reports a chart whose item is not on the agenda', () => {
    const [line] = report(
      withCharts('  - { item: "Flip chart: Shifts" }\n', '  - { title: Shifts, item: Close, lines: [Organization] }\n'),
    );
    expect(line).toMatch(
      /^content\/modules\/first\.mdx → flipCharts\[0\]\.item: expected the title of an agenda item of this module, exactly as on the agenda; found "Close"\. Fix: use one of: "Story practice", .*; or leave item out\. \[flip-chart-item-on-agenda\]$/,
    );
  });
});

describe('wall agendas', () => {
  const evening = day(
    [
      moduleOf('a', 'Relationships', [
        ['Who brought you in?', 10],
        ['The one-on-one', 40],
        ['Practice in trios', 40],
        ['Debrief', 40],
      ]),
    ],
    150,
  );

  it('lists each item at its start time under its module, the breaks the format inserts, and the end of the day', () => {
    const agenda = wallAgenda(evening, words);
    expect(agenda).toEqual({
      detail: 'items',
      modules: [
        {
          title: 'Relationships',
          rows: [
            { kind: 'item', time: '09:00', title: 'Who brought you in?' },
            { kind: 'item', time: '09:10', title: 'The one-on-one' },
            { kind: 'item', time: '09:50', title: 'Practice in trios' },
            { kind: 'break', time: '10:30', title: 'Break' },
            { kind: 'item', time: '10:45', title: 'Debrief' },
          ],
        },
      ],
      end: '11:25',
      lines: 7,
      size: 'xl',
    });
  });

  it('gives a longer day smaller letters, and a day too long for a line per item one line per block between breaks', () => {
    const items = (prefix: string, n: number): [string, number][] => Array.from({ length: n }, (_, i) => [`${prefix} item ${i + 1}`, 10]);
    const medium = wallAgenda(day([moduleOf('a', 'First', items('First', 9)), moduleOf('b', 'Second', items('Second', 9))]), words);
    expect(medium.detail).toBe('items');
    expect(medium.size).toBe('m');
    const long = wallAgenda(
      day(
        ['One', 'Two', 'Three', 'Four', 'Five'].map((name) => moduleOf(name, `Module ${name}`, items(name, 8))),
        10 * 60,
      ),
      words,
    );
    expect(long.detail).toBe('blocks');
    if (long.detail !== 'blocks') return;
    expect(long.blocks[0]).toEqual({ kind: 'block', time: '09:00', title: 'Module One', items: items('One', 8).map(([title]) => title) });
    // A module cut by a break goes on as a block of its own; lunch is a line of its own.
    expect(long.blocks.map((block) => block.kind).filter((kind) => kind === 'break').length).toBeGreaterThan(1);
    expect(long.blocks.some((block) => block.title === 'Lunch')).toBe(true);
    expect(long.blocks.flatMap((block) => block.items).length).toBe(40);
  });

  it('counts a title that wraps once per line it takes, and smaller headings for less', () => {
    expect(wallAgendaSize(Array.from({ length: 10 }, () => ({ text: 'Short' })))).toBe('xl');
    expect(wallAgendaSize(Array.from({ length: 10 }, () => ({ text: 'A title long enough to wrap at the largest size' })))).toBe('m');
    expect(wallAgendaSize(Array.from({ length: 14 }, () => ({ text: 'Heading', scale: 0.62 })))).toBe('xl');
    expect(wallAgendaSize(Array.from({ length: 60 }, () => ({ text: 'Short' })))).toBeUndefined();
  });
});

describe('the sign-in sheet', () => {
  it('has lines for half a room of 30, so two sheets hold the room', () => {
    expect(SIGN_IN_ROWS).toBe(15);
    expect(signInSheets(30)).toBe(2);
    expect(signInSheets(31)).toBe(3);
    expect(signInSheets(0)).toBe(1);
  });

  it('asks nothing that could expose a participant', () => {
    expect(SIGN_IN_COLUMNS.filter((key) => /immigra|status|address|birth|employer|document/i.test(key))).toEqual([]);
  });
});

describe('the evaluation forms', () => {
  const file = evaluationSchema().parse(parse(readFileSync('content/evaluation.yaml', 'utf8')));

  it('has a form for each day and forms for the end: an anonymous one and one with the organization, as the closing asks', () => {
    expect(file.forms.filter((form) => form.moment === 'each-day').length).toBe(1);
    const end = file.forms.filter((form) => form.moment === 'end');
    expect(end.map((form) => form.anonymous)).toEqual([true, false]);
    expect(file.howToFill).toMatch(/partner|interpreter/);
  });

  it('turns questions into tick boxes, lines and tables of the sessions and the artifacts', () => {
    const form: EvaluationForm = {
      title: 'End',
      moment: 'end',
      anonymous: true,
      intro: 'Do not write your name.',
      scale: ['No', 'Yes'],
      questions: [
        { ask: 'Useful?', kind: 'scale' },
        { ask: 'Pace?', kind: 'choice', options: ['Slow', 'Right', 'Fast'] },
        { ask: 'Change?', kind: 'open', lines: 3 },
        { ask: 'Anything else?', kind: 'open' },
        { ask: 'Which session?', kind: 'modules', options: ['Most', 'Least'] },
        { ask: 'Ready?', kind: 'artifacts' },
      ],
    };
    const [sheet] = evaluationSheets([form], { modules: ['Opening', 'Closing'], artifacts: ['Map', 'Plan', 'Map'] });
    expect(sheet?.items).toEqual([
      { kind: 'tick', ask: 'Useful?', options: ['No', 'Yes'] },
      { kind: 'tick', ask: 'Pace?', options: ['Slow', 'Right', 'Fast'] },
      { kind: 'lines', ask: 'Change?', lines: 3 },
      { kind: 'lines', ask: 'Anything else?', lines: 2 },
      { kind: 'table', ask: 'Which session?', rowsOf: 'modules', columns: ['Most', 'Least'], rows: ['Opening', 'Closing'] },
      { kind: 'table', ask: 'Ready?', rowsOf: 'artifacts', columns: ['No', 'Yes'], rows: ['Map', 'Plan'] },
    ]);
  });
});

describe('PDF stems', () => {
  it('names the whole-format pack files as toolPaths.pdf does', () => {
    expect(toolPaths.pdfFile(roomStems.formatPack('facilitator', 'two-day'), 'letter')).toBe(
      toolPaths.pdf('facilitator', 'two-day', 'letter'),
    );
    expect(roomStems.wallAgenda('two-day', 1)).toBe('wall-agenda-two-day-1');
  });
});
