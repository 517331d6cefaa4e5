/** The answers codec: what a saved file or the device's storage gives back, checked against the worksheet. */
import { describe, expect, it } from 'vitest';
import {
  ANSWERS_FORMAT,
  ANSWERS_VERSION,
  MAX_FILE_CHARS,
  MAX_ROWS,
  MAX_TEXT,
  answersFile,
  answersFileName,
  isEmpty,
  parseAnswers,
  readAnswers,
  sectionKey,
  storageKey,
  worksheetShape,
  type SectionInput,
} from '../../src/lib/worksheet-answers.ts';

const section = (heading: string, kind: SectionInput['kind'], columns: string[] = [], rowHeadings: string[] = []): SectionInput => ({
  heading,
  kind,
  rows: 3,
  columns,
  rowHeadings,
});

const shape = worksheetShape('power-map', 'Power map', [
  section('Our goal and the decision', 'lines'),
  section('The players', 'table', ['Person', 'Power', 'Stance']),
  section('Our power map (drawing)', 'drawing'),
  section('Done', 'checklist', ['Listed players', 'Placed them']),
  section('Observer notes', 'table', ['Part', 'What I saw'], ['Open', 'Ask']),
]);

const file = (answers: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: ANSWERS_FORMAT,
    worksheet: 'power-map',
    version: ANSWERS_VERSION,
    saved: '2026-12-01T10:00:00.000Z',
    answers,
    ...extra,
  });

describe('worksheet shape', () => {
  it('keys sections by their heading, leaves drawings out, and gives a table with row headings its rows and typed columns', () => {
    expect(shape.sections).toEqual([
      { kind: 'lines', key: 'our-goal-and-the-decision', heading: 'Our goal and the decision' },
      { kind: 'table', key: 'the-players', heading: 'The players', columns: 3, fixedRows: 0 },
      { kind: 'checklist', key: 'done', heading: 'Done', items: 2 },
      { kind: 'table', key: 'observer-notes', heading: 'Observer notes', columns: 1, fixedRows: 2 },
    ]);
  });

  it('makes keys unique and plain', () => {
    expect(sectionKey('"Our guide: how we open"')).toBe('our-guide-how-we-open');
    expect(sectionKey('Año ¿qué?')).toBe('ano-que');
    expect(sectionKey('!!!')).toBe('section');
    const twice = worksheetShape('x', 'X', [section('Notes', 'lines'), section('Notes', 'lines')]);
    expect(twice.sections.map((s) => s.key)).toEqual(['notes', 'notes-2']);
  });

  it('names the storage key and the file with the worksheet id (and the format version in storage)', () => {
    expect(storageKey('power-map')).toBe(`distributed-organizing:worksheet:power-map:v${ANSWERS_VERSION}`);
    expect(answersFileName('power-map')).toBe('worksheet-power-map-answers.json');
  });
});

describe('reading answers back', () => {
  const good = {
    'our-goal-and-the-decision': 'Paid sick days for the night shift by June',
    'the-players': [
      ['The owner', 'High', 'Against'],
      ['Council member', 'M', ''],
    ],
    done: [true, false],
    'observer-notes': [['Said who she was'], ['Asked to come Sunday']],
  };

  it('round-trips what it saves', () => {
    const saved = answersFile(shape, good, new Date('2026-12-01T10:00:00Z'));
    expect(saved).toEqual({ format: ANSWERS_FORMAT, worksheet: 'power-map', version: 1, saved: '2026-12-01T10:00:00.000Z', answers: good });
    expect(parseAnswers(JSON.stringify(saved), shape)).toEqual({ ok: true, answers: good, dropped: [] });
  });

  it('keeps markup as the text it is', () => {
    const result = parseAnswers(file({ 'our-goal-and-the-decision': '<img src=x onerror=alert(1)><b>win</b>' }), shape);
    expect(result).toEqual({ ok: true, answers: { 'our-goal-and-the-decision': '<img src=x onerror=alert(1)><b>win</b>' }, dropped: [] });
  });

  it('refuses text that is not JSON, JSON that is not answers, and a file too big, changing nothing', () => {
    expect(parseAnswers('<html>not a file</html>', shape)).toEqual({ ok: false, reason: 'not-json' });
    expect(parseAnswers('[1,2]', shape)).toEqual({ ok: false, reason: 'not-answers' });
    expect(parseAnswers(JSON.stringify({ worksheet: 'power-map', answers: {} }), shape)).toEqual({ ok: false, reason: 'not-answers' });
    expect(parseAnswers(JSON.stringify({ format: ANSWERS_FORMAT, worksheet: 'power-map', answers: [] }), shape)).toEqual({
      ok: false,
      reason: 'not-answers',
    });
    expect(parseAnswers(' '.repeat(MAX_FILE_CHARS + 1), shape)).toEqual({ ok: false, reason: 'too-big' });
  });

  it('refuses a file for another worksheet and names it', () => {
    expect(parseAnswers(file({}, { worksheet: 'snowflake-chart' }), shape)).toEqual({
      ok: false,
      reason: 'other-worksheet',
      worksheet: 'snowflake-chart',
    });
    expect(parseAnswers(file({}, { worksheet: 7 }), shape)).toEqual({ ok: false, reason: 'other-worksheet', worksheet: '?' });
  });

  it('loads what fits from an old version, wrong types, extra fields and unknown sections, and lists the rest', () => {
    const result = parseAnswers(
      file(
        {
          'our-goal-and-the-decision': 42,
          'the-players': [['The owner', 'High', 'Against'], 'not a row', [1, 2, 3]],
          done: [true, 'yes'],
          'observer-notes': [['Said who she was']],
          'a-section-removed-since': 'old text',
        },
        { version: 0, note: 'hello' },
      ),
      shape,
    );
    expect(result).toEqual({
      ok: true,
      answers: { 'the-players': [['The owner', 'High', 'Against']], 'observer-notes': [['Said who she was']] },
      dropped: [
        { reason: 'version', found: '0' },
        { reason: 'extra-field', name: 'note' },
        { reason: 'wrong-type', section: 'Our goal and the decision' },
        { reason: 'wrong-type', section: 'The players' },
        { reason: 'wrong-type', section: 'Done' },
        { reason: 'unknown-section', name: 'a-section-removed-since' },
      ],
    });
  });

  it('cuts huge text and extra rows, and pads short rows', () => {
    const rows = Array.from({ length: MAX_ROWS + 5 }, (_, i) => [`Player ${i}`]);
    const result = parseAnswers(file({ 'our-goal-and-the-decision': 'x'.repeat(MAX_TEXT * 3), 'the-players': rows }), shape);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers['our-goal-and-the-decision']).toHaveLength(MAX_TEXT);
    expect(result.answers['the-players']).toHaveLength(MAX_ROWS);
    expect((result.answers['the-players'] as string[][])[0]).toEqual(['Player 0', '', '']);
    expect(result.dropped).toEqual([
      { reason: 'too-long', section: 'Our goal and the decision' },
      { reason: 'too-many-rows', section: 'The players' },
    ]);
  });

  it('keeps a table with row headings to its rows, and a row no wider than the table', () => {
    const result = readAnswers(
      JSON.parse(file({ 'observer-notes': [['a'], ['b'], ['c']], 'the-players': [['a', 'b', 'c', 'd']] })) as unknown,
      shape,
    );
    expect(result).toEqual({
      ok: true,
      answers: { 'observer-notes': [['a'], ['b']], 'the-players': [] },
      dropped: [
        { reason: 'wrong-type', section: 'The players' },
        { reason: 'too-many-rows', section: 'Observer notes' },
      ],
    });
  });

  it('tells empty answers from typed ones', () => {
    expect(isEmpty({})).toBe(true);
    expect(isEmpty({ a: '  ', b: [['', ' ']], c: [false, false] })).toBe(true);
    expect(isEmpty({ c: [false, true] })).toBe(false);
    expect(isEmpty({ b: [['', 'x']] })).toBe(false);
    expect(isEmpty({ a: 'x' })).toBe(false);
  });
});
