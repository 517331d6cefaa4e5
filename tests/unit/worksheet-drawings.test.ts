/** The diagrams a filled worksheet draws: shapes and the same picture in words. */
import { describe, expect, it } from 'vitest';
import {
  countOf,
  drawFrom,
  drawingSpec,
  pathway,
  pick,
  powerMap,
  shorten,
  snowflake,
  svgNodes,
  wrap,
  type DiagramWords,
  type DrawingSectionInput,
  type Shape,
} from '../../src/lib/worksheet-drawings.ts';
import { sectionKey } from '../../src/lib/worksheet-answers.ts';
import { diagramWords } from '../../src/components/worksheet-words.ts';
import { englishTexts, type Translate } from '../../src/lib/labels.ts';

const english: Translate = (...[key]) => englishTexts[key];
const words: DiagramWords = diagramWords(english);
const texts = (shapes: Shape[]) => shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
const count = (shapes: Shape[], style: string) => shapes.filter((s) => s.kind !== 'text' && s.style === style).length;

describe('labels', () => {
  it('shortens and wraps long labels, keeping short ones whole', () => {
    expect(shorten('Kitchen team')).toBe('Kitchen team');
    expect(shorten('The weekend house cleaners team', 12)).toBe('The weekend…');
    expect(wrap('Weekend house cleaners', 10, 2)).toEqual(['Weekend', 'house cle…']);
    expect(wrap('Night shift', 12, 2)).toEqual(['Night shift']);
    expect(wrap('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });

  it('reads power and stance as typed: a letter, a word, or unsure', () => {
    const levels = { high: 'High', medium: 'Medium', low: 'Low' };
    expect(pick('H', levels)).toBe('high');
    expect(pick(' medium ', levels)).toBe('medium');
    expect(pick('LOW!', levels)).toBe('low');
    expect(pick('', levels)).toBe('unsure');
    expect(pick('maybe', levels)).toBe('unsure');
    expect(pick('with', { against: 'Against', neutral: 'Neutral', with: 'With us' })).toBe('with');
  });

  it('reads a count from typed text', () => {
    expect(countOf('40')).toBe(40);
    expect(countOf('about 1,200 people')).toBe(1200);
    expect(countOf('?')).toBeUndefined();
    expect(countOf('')).toBeUndefined();
  });
});

describe('snowflake', () => {
  const rows = [
    { team: 'Kitchen team', leader: 'Rosa', coach: 'Ana', planned: false },
    { team: 'Night shift', leader: 'Luis', coach: 'Ana', planned: false },
    { team: 'Cleaners', leader: '', coach: 'Staff', planned: false },
    { team: 'Bus riders', leader: 'Rosa', coach: '', planned: false },
    { team: 'Weekend team', leader: 'to find', coach: 'Luis', planned: true },
    { team: '', leader: '', coach: '', planned: false },
  ];
  const drawn = snowflake(rows, words);

  it('draws the central team, each coach once and each team with its leader', () => {
    expect(drawn.width).toBe(600);
    expect(count(drawn.shapes, 'center')).toBe(1);
    expect(count(drawn.shapes, 'coach')).toBe(3);
    expect(count(drawn.shapes, 'team')).toBe(4);
    expect(count(drawn.shapes, 'planned')).toBe(1);
    expect(count(drawn.shapes, 'link-planned')).toBe(1);
    expect(texts(drawn.shapes)).toEqual(
      expect.arrayContaining(['Central', 'team', 'Kitchen team', 'Rosa', 'Ana', 'Weekend team', 'to find']),
    );
  });

  it('marks each gap with a dot and says what it is', () => {
    // Rosa leads two teams (two dots), Cleaners has no leader, Bus riders has no coach (same team as one of Rosa's).
    expect(count(drawn.shapes, 'gap')).toBe(3);
    expect(drawn.summary).toEqual([
      'Snowflake chart drawn from your teams',
      'Team “Kitchen team”, led by Rosa, coached by Ana. Gap (dot): Rosa leads 2 teams.',
      'Team “Night shift”, led by Luis, coached by Ana.',
      'Team “Cleaners”, led by —, coached by Staff. Gap (dot): no leader.',
      'Planned team “Weekend team” (dashed), possible leader to find, coached by Luis.',
      'Team “Bus riders”, led by Rosa, coached by —. Gap (dot): nobody coaches the leader; Rosa leads 2 teams.',
    ]);
  });

  it('puts lines under circles and text on top', () => {
    const kinds = drawn.shapes.map((s) => (s.kind === 'line' ? 0 : s.kind === 'text' ? 2 : 1));
    expect(kinds).toEqual([...kinds].sort());
  });

  it('draws only the central team when there is nothing yet, and says so', () => {
    const empty = snowflake([], words);
    expect(empty.shapes.filter((s) => s.kind === 'circle')).toHaveLength(1);
    expect(empty.summary).toEqual(['Snowflake chart drawn from your teams', 'Nothing to draw yet: fill in the table above.']);
  });
});

describe('power map', () => {
  const drawn = powerMap(
    [
      { person: 'The owner', power: 'H', stance: 'against', known: '' },
      { person: 'Pastor Ruiz', power: 'medium', stance: 'With us', known: 'Marta' },
      { person: 'Reporter', power: '', stance: 'N', known: '' },
      { person: '', power: 'H', stance: 'with', known: '' },
    ],
    words,
  );

  it('draws a three by three grid with its axes', () => {
    expect(count(drawn.shapes, 'grid')).toBe(9);
    expect(texts(drawn.shapes)).toEqual(
      expect.arrayContaining(['Power over the decision', 'High', 'Low', 'Against', 'Neutral', 'With us']),
    );
  });

  it('places each player by power and stance, the unsure in the middle with a question mark, a star where the base knows them', () => {
    const at = (text: string) => drawn.shapes.find((s) => s.kind === 'text' && s.text === text);
    const owner = at('The owner');
    const pastor = at('Pastor Ruiz ★');
    const reporter = at('Reporter ?');
    expect(owner && owner.kind === 'text' && [owner.x < 286, owner.y < 190]).toEqual([true, true]);
    expect(pastor && pastor.kind === 'text' && [pastor.x > 456, pastor.y > 190 && pastor.y < 340]).toEqual([true, true]);
    expect(reporter && reporter.kind === 'text' && [reporter.x > 286 && reporter.x < 456, reporter.y > 190 && reporter.y < 340]).toEqual([
      true,
      true,
    ]);
    expect(drawn.summary).toEqual([
      'Power map drawn from your players',
      'The owner: power High; stance Against.',
      'Pastor Ruiz: power Medium; stance With us. Someone in our base knows them (★).',
      'Reporter: power not sure (?); stance Neutral.',
    ]);
  });

  it('folds a crowded cell into "+N more"', () => {
    const crowd = powerMap(
      Array.from({ length: 9 }, (_, i) => ({ person: `P${i}`, power: 'low', stance: 'neutral', known: '' })),
      words,
    );
    expect(texts(crowd.shapes)).toEqual(expect.arrayContaining(['P0', 'P4', '+4 more']));
    expect(texts(crowd.shapes)).not.toContain('P5');
  });
});

describe('pathway', () => {
  const drawn = pathway(
    [
      { step: 'Know-your-rights workshop', count: '120' },
      { step: 'Member meeting', count: 'about 40' },
      { step: 'Team', count: '25' },
      { step: 'Coaching others', count: '?' },
      { step: '', count: '9' },
    ],
    words,
  );

  it('draws a box per step with a bar as long as its count, and marks the biggest drop', () => {
    expect(count(drawn.shapes, 'box')).toBe(4);
    const bars = drawn.shapes.flatMap((s) => (s.kind === 'rect' && s.style === 'bar' ? [s.width] : []));
    expect(bars).toHaveLength(3);
    expect(bars[0]).toBeGreaterThan(bars[1] ?? Infinity);
    expect(count(drawn.shapes, 'gap')).toBe(1);
    expect(texts(drawn.shapes)).toEqual(expect.arrayContaining(['1. Know-your-rights…', '120', '40', '?']));
    expect(drawn.summary).toEqual([
      'Pathway drawn from your steps',
      'Step 1, Know-your-rights workshop: 120 people now.',
      'Step 2, Member meeting: 40 people now.',
      'Step 3, Team: 25 people now.',
      'Step 4, Coaching others: an unknown number of people now.',
      'Biggest drop (dot): from “Know-your-rights workshop” to “Member meeting”, 80 fewer people.',
    ]);
  });
});

describe('drawing from the worksheet tables', () => {
  const sections: DrawingSectionInput[] = [
    { heading: 'Teams today', kind: 'table', columns: ['Team', 'Purpose', 'Leader', 'Coach'], rowHeadings: [], from: [] },
    { heading: 'New teams', kind: 'table', columns: ['New team', 'Possible leader', 'Coach'], rowHeadings: [], from: [] },
    { heading: 'Parts', kind: 'table', columns: ['Part', 'Notes'], rowHeadings: ['Open'], from: [] },
    {
      heading: 'Snowflake',
      kind: 'drawing',
      columns: [],
      rowHeadings: [],
      diagram: 'snowflake',
      from: [
        { table: 'Teams today', columns: ['Team', 'Leader', 'Coach'], planned: false },
        { table: 'New teams', columns: ['New team', 'Possible leader', 'Coach'], planned: true },
      ],
    },
  ];

  it('finds the cells each diagram reads and draws from both tables', () => {
    const result = drawingSpec(sections, 3, sectionKey);
    expect(result).toEqual({
      spec: {
        diagram: 'snowflake',
        sources: [
          { key: 'teams-today', cells: [0, 2, 3], planned: false },
          { key: 'new-teams', cells: [0, 1, 2], planned: true },
        ],
      },
    });
    if (!('spec' in result)) return;
    const drawn = drawFrom(
      result.spec,
      { 'teams-today': [['Kitchen', 'Food', 'Rosa', 'Ana']], 'new-teams': [['Weekend', 'Luis', 'Ana']] },
      words,
    );
    expect(drawn.summary.slice(1)).toEqual([
      'Team “Kitchen”, led by Rosa, coached by Ana.',
      'Planned team “Weekend” (dashed), possible leader Luis, coached by Ana.',
    ]);
  });

  it('says what is wrong with a drawing that cannot read its table', () => {
    const withFrom = (from: DrawingSectionInput['from']): DrawingSectionInput[] => [...sections.slice(0, 3), { ...sections[3]!, from }];
    expect(drawingSpec(withFrom([]), 3, sectionKey)).toEqual({
      problem: {
        field: 'from',
        expected: 'the table(s) the snowflake diagram is drawn from',
        found: 'nothing',
        fix: 'add from: [{ table: <heading of a table section above>, columns: [3 column headings] }], or remove diagram to leave a box to draw in.',
      },
    });
    expect(drawingSpec(withFrom([{ table: 'Teams', columns: ['Team'], planned: false }]), 3, sectionKey)).toEqual({
      problem: {
        field: 'from[0].table',
        expected: 'the heading of a table section above the drawing',
        found: '"Teams"',
        fix: 'use one of "Teams today", "New teams", "Parts".',
      },
    });
    expect(drawingSpec(withFrom([{ table: 'Teams today', columns: ['Team', 'Leader'], planned: false }]), 3, sectionKey)).toMatchObject({
      problem: { field: 'from[0].columns', expected: '3 column headings for the snowflake diagram', found: '2' },
    });
    expect(drawingSpec(withFrom([{ table: 'Parts', columns: ['Part', 'Notes', 'Notes'], planned: false }]), 3, sectionKey)).toEqual({
      problem: {
        field: 'from[0].columns[0]',
        expected: 'a column heading of "Parts" that participants fill in',
        found: '"Part"',
        fix: 'use "Notes".',
      },
    });
    expect(drawingSpec(sections, 0, sectionKey)).toEqual({ none: true });
  });

  it('writes SVG elements with classes and text as data', () => {
    expect(
      svgNodes({
        width: 10,
        height: 10,
        summary: [],
        shapes: [{ kind: 'text', x: 1.26, y: 2, text: '<b>x</b>', anchor: 'end', style: 'axis', rotate: -90 }],
      }),
    ).toEqual([
      { tag: 'text', attrs: { x: '1.3', y: '2', 'text-anchor': 'end', class: 't-axis', transform: 'rotate(-90 1.3 2)' }, text: '<b>x</b>' },
    ]);
  });
});
