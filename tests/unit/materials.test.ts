import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import {
  assumptionLabel,
  collectMaterials,
  countMaterial,
  countMaterials,
  DEFAULT_GROUP,
  groupSizeFields,
  groupWarningText,
  parseGroupSize,
  quantityLabel,
  rawGroupFromQuery,
  unitCount,
  type GroupSize,
  type MaterialNeed,
} from '../support/english-materials.ts';
import { parseContent, readContent } from '../support/content-harness.ts';

const curriculum = linkCurriculum(parseContent(readContent(join(process.cwd(), 'content'))).input);
const allModules = curriculum.modules.map((m) => m.id);
const room = (participants: number, perGroup = 5, extra: Partial<GroupSize> = {}): GroupSize => ({
  ...DEFAULT_GROUP,
  participants,
  perGroup,
  ...extra,
});
const need = (extra: Partial<MaterialNeed>): MaterialNeed => ({
  key: 'x|piece',
  item: 'X',
  unit: 'piece',
  packSize: undefined,
  quantities: [],
  notes: [],
  usedIn: ['Module'],
  ...extra,
});

describe('group sizes', () => {
  it('counts groups and pairs rounded up for 1, 8, 25 and 60 people', () => {
    const counts = [1, 8, 25, 60].map((n) => [
      n,
      unitCount('group', room(n)),
      unitCount('pair', room(n)),
      unitCount('participant', room(n)),
    ]);
    expect(counts).toEqual([
      [1, 1, 1, 1],
      [8, 2, 4, 8],
      [25, 5, 13, 25],
      [60, 12, 30, 60],
    ]);
    expect(unitCount('room', room(60))).toBe(1);
    expect(unitCount('facilitator', room(60, 5, { facilitators: 3 }))).toBe(3);
  });

  it('counts each material with how it was counted, for 1, 8, 25 and 60 people', () => {
    const flipChart = need({
      key: 'flip-chart paper|sheet',
      unit: 'sheet',
      quantities: [
        { per: 'room', quantity: 8 },
        { per: 'group', quantity: 2 },
      ],
    });
    expect([1, 8, 25, 60].map((n) => quantityLabel(countMaterial(flipChart, room(n))))).toEqual([
      '8 sheets for the room + 2 sheets per group × 1 group = 10 sheets',
      '8 sheets for the room + 2 sheets per group × 2 groups = 12 sheets',
      '8 sheets for the room + 2 sheets per group × 5 groups = 18 sheets',
      '8 sheets for the room + 2 sheets per group × 12 groups = 32 sheets',
    ]);
    const tape = need({ unit: 'roll', quantities: [{ per: 'room', quantity: 1 }] });
    expect(quantityLabel(countMaterial(tape, room(60)))).toBe('1 roll');
    expect(quantityLabel(countMaterial(need({}), room(25)))).toBe('as needed');
  });

  it('rounds single pieces up to whole packs', () => {
    const notes = need({ packSize: 100, quantities: [{ per: 'participant', quantity: 4 }] });
    expect([1, 25, 26, 60].map((n) => countMaterial(notes, room(n)).packs)).toEqual([1, 1, 2, 3]);
    expect(quantityLabel(countMaterial(notes, room(60)))).toBe('4 per participant × 60 participants = 240 → 3 packs of 100');
  });

  it('counts copies in the second language from the share of second-language readers', () => {
    const worksheet = need({ unit: 'copy', quantities: [{ per: 'participant', quantity: 1 }] });
    expect(countMaterial(worksheet, room(25, 5, { secondLanguage: 50 })).secondLanguage).toBe(13);
    expect(countMaterial(worksheet, room(25)).secondLanguage).toBeUndefined();
    expect(quantityLabel(countMaterial(worksheet, room(8, 4, { secondLanguage: 25 })))).toBe(
      '1 copy per participant × 8 participants = 8 copies (2 of them in the second language)',
    );
    // Copies for the facilitators are not handouts.
    const notes = need({ unit: 'copy', quantities: [{ per: 'facilitator', quantity: 1 }] });
    expect(countMaterial(notes, room(25, 5, { secondLanguage: 50 })).secondLanguage).toBeUndefined();
  });

  it('adds the equipment of simultaneous interpretation only', () => {
    const group = room(25, 5, { secondLanguage: 50 });
    const lines = (mode: 'none' | 'simultaneous' | 'consecutive' | 'bilingual') =>
      countMaterials([], group, mode).map((m) => [m.item, m.total, m.computed]);
    expect(lines('none')).toEqual([]);
    expect(lines('consecutive')).toEqual([]);
    expect(lines('bilingual')).toEqual([]);
    expect(lines('simultaneous')).toEqual([
      ['Interpretation receivers with headsets', 15, true],
      ['Interpreter transmitters with microphones', 2, true],
      ['Hand microphone for participants who speak', 1, true],
    ]);
    const noShare = countMaterials([], room(25), 'simultaneous')[0];
    expect(noShare && quantityLabel(noShare)).toBe(
      'count them from the registration answers (give the share of people who need the second language above)',
    );
  });

  it('says what room it counted for', () => {
    expect(assumptionLabel({ group: room(1, 1), mode: 'none' })).toBe(
      'Counted for 1 participant: 1 group of up to 1, 1 pair and 2 facilitators; no copies in a second language; one language, no interpretation. Items are reused from session to session, so each line shows the most any one session needs.',
    );
    expect(assumptionLabel({ group: room(25, 5, { secondLanguage: 50 }), mode: 'consecutive' })).toContain(
      '5 groups of up to 5, 13 pairs and 2 facilitators; 50% (13 people) read the second language; consecutive interpretation.',
    );
  });
});

describe('the real materials', () => {
  const needs = collectMaterials(curriculum, allModules);
  const byKey = (key: string) => needs.find((n) => n.key === key);

  it('never adds single sticky notes and whole pads together', () => {
    const piece = byKey('sticky notes in two colours|piece');
    const pad = byKey('sticky notes in two colours|pad');
    expect(piece?.quantities).toEqual([{ per: 'participant', quantity: 4 }]);
    expect(pad?.quantities).toEqual([{ per: 'group', quantity: 1 }]);
    const [pieces, pads] = [piece, pad].map((n) => (n ? countMaterial(n, DEFAULT_GROUP) : undefined));
    expect(pieces && quantityLabel(pieces)).toBe('4 per participant × 25 participants = 100 → 1 pack of 100');
    expect(pads && quantityLabel(pads)).toBe('1 pad per group × 5 groups = 5 pads');
  });

  it('has the items a room needs that the lists used to miss', () => {
    for (const key of [
      'masking tape|roll',
      'flip-chart easel|piece',
      'pens|piece',
      'name tags|piece',
      'printed facilitator notes for the module|copy',
    ])
      expect(byKey(key), key).toBeDefined();
    // Interpretation equipment is counted from the room, not listed as one item.
    expect(needs.filter((n) => n.item.toLowerCase().includes('headset'))).toEqual([]);
  });

  it('counts a worksheet per participant and per second-language reader', () => {
    const worksheet = byKey('story of self worksheet|copy');
    expect(worksheet && quantityLabel(countMaterial(worksheet, room(60, 6, { secondLanguage: 40 })))).toBe(
      '1 copy per participant × 60 participants = 60 copies (24 of them in the second language)',
    );
  });
});

describe('impossible room settings', () => {
  it('reads a room from a link', () => {
    const parsed = parseGroupSize(rawGroupFromQuery('?people=60&perGroup=6&facilitators=3&secondLanguage=40&format=two-day'));
    expect(parsed).toEqual({ group: { participants: 60, perGroup: 6, facilitators: 3, secondLanguage: 40 }, warnings: [] });
    expect(groupSizeFields(parsed.group)).toEqual([
      ['people', '60'],
      ['perGroup', '6'],
      ['facilitators', '3'],
      ['secondLanguage', '40'],
    ]);
    expect(parseGroupSize({})).toEqual({ group: DEFAULT_GROUP, warnings: [] });
  });

  it('refuses 0, negative, huge and non-numbers with a message, and uses the default', () => {
    const parsed = parseGroupSize({ people: '0', perGroup: '-3', facilitators: 'two', secondLanguage: '150' });
    expect(parsed.group).toEqual(DEFAULT_GROUP);
    expect(parsed.warnings.map((w) => groupWarningText(w))).toEqual([
      'The number of participants must be a whole number from 1 to 200; the default (25) is used instead.',
      'The group size must be a whole number from 1 to 50; the default (5) is used instead.',
      'The number of facilitators must be a whole number from 1 to 10; the default (2) is used instead.',
      'The share who need the second language must be a whole number from 0 to 100; the default (0) is used instead.',
    ]);
    for (const tampered of ['2.5', '1e3', '<b>9</b>', ' ', '99999'])
      expect(parseGroupSize({ people: tampered }).group.participants, tampered).toBe(25);
    expect(parseGroupSize({ people: '<b>9</b>' }).warnings).toHaveLength(1);
  });

  it('turns a group larger than the room into one group of everyone, and says so', () => {
    const parsed = parseGroupSize({ people: '8', perGroup: '30' });
    expect(parsed.group).toEqual({ ...DEFAULT_GROUP, participants: 8, perGroup: 8 });
    expect(parsed.warnings.map((w) => groupWarningText(w))).toEqual([
      'Groups of 30 are larger than the room of 8, so the checklist counts one group of 8.',
    ]);
    expect(unitCount('group', parsed.group)).toBe(1);
  });
});
