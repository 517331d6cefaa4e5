import { describe, expect, it } from 'vitest';
import { languageLabel, otherLocale, otherTitles, pairedTitle, pairSections } from '../../src/lib/bilingual.ts';
import { translatorFor } from '../../src/lib/labels.ts';
import { OTHER_LANGUAGE_SCALE, wallAgenda } from '../../src/lib/room-materials.ts';
import type { ScheduleSession } from '../../src/lib/formats.ts';

describe('the languages of a bilingual sheet', () => {
  it('pairs each site language with the other one, and names each in itself', () => {
    expect(otherLocale(undefined)).toBe('es');
    expect(otherLocale('en')).toBe('es');
    expect(otherLocale('es')).toBe('en');
    expect(languageLabel('es')).toBe('Español');
    expect(languageLabel('en')).toBe('English');
  });

  it('reads the other language’s dictionary, filling values', () => {
    expect(translatorFor('es')('room.wall.end')).toBe('Fin');
    expect(translatorFor('en')('room.wall.title', { session: 'Day 1', format: '2-day intensive' })).toBe('Day 1: 2-day intensive');
  });
});

describe('pairing agenda titles', () => {
  const titles = otherTitles('es', [
    {
      id: 'opening',
      title: 'Apertura',
      agenda: [
        { number: 1, title: 'Bienvenida' },
        { number: 2, title: 'Acuerdos' },
      ],
    },
  ]);

  it('keys items by module id and item number, as the schedule does', () => {
    expect(titles.modules.get('opening')).toBe('Apertura');
    expect(pairedTitle(titles.items, 'opening:2', 'agenda item')).toBe('Acuerdos');
    expect(() => pairedTitle(titles.items, 'opening:3', 'agenda item')).toThrow(/no agenda item "opening:3"/);
  });

  const item = (n: number, title: string, start: number) => ({
    type: 'item' as const,
    moduleId: 'opening',
    moduleTitle: 'Opening',
    item: {
      title,
      minutes: 10,
      kind: 'plenary' as const,
      optional: false,
      shrinkTo: undefined,
      keepWithNext: false,
      key: `opening:${n}`,
      notesUrl: '',
    },
    minutes: 10,
    start,
    end: start + 10,
    opensModule: n === 1,
    continuedFromPrevious: false,
    continuesNext: false,
  });
  const session: ScheduleSession = {
    number: 1,
    unit: 'day',
    start: 540,
    end: 580,
    contentMinutes: 30,
    rows: [item(1, 'Welcome', 540), { type: 'break', minutes: 10, start: 550, end: 560 }, item(2, 'Agreements', 560)],
  };

  it('gives every title of a wall agenda its translation, breaks in the other language’s words', () => {
    const agenda = wallAgenda(
      session,
      { break: 'Break', lunch: 'Lunch' },
      { titles, words: { break: 'Descanso', lunch: 'Almuerzo' }, label: 'Español' },
    );
    expect(agenda.detail).toBe('items');
    if (agenda.detail !== 'items') return;
    expect(agenda.modules).toEqual([
      {
        title: 'Opening',
        other: { text: 'Apertura', lang: 'es' },
        rows: [
          { kind: 'item', time: '09:00', title: 'Welcome', other: { text: 'Bienvenida', lang: 'es' } },
          { kind: 'break', time: '09:10', title: 'Break', other: { text: 'Descanso', lang: 'es' } },
          { kind: 'item', time: '09:20', title: 'Agreements', other: { text: 'Acuerdos', lang: 'es' } },
        ],
      },
    ]);
    // Each translation is a line of its own: more lines than the agenda in one language.
    expect(agenda.lines).toBeGreaterThan(wallAgenda(session, { break: 'Break', lunch: 'Lunch' }).lines);
    expect(OTHER_LANGUAGE_SCALE).toBeLessThan(1);
  });
});

describe('pairing worksheet sections', () => {
  const section = (heading: string, columns: string[] = [], rowHeadings: string[] = []) => ({
    heading,
    prompt: `${heading}?`,
    kind: columns.length > 0 ? 'table' : 'lines',
    columns,
    rowHeadings,
  });

  it('pairs sections, columns and row headings by position', () => {
    expect(pairSections('x', [section('Teams', ['Team', 'Leader'], ['A'])], [section('Equipos', ['Equipo', 'Líder'], ['A'])])).toEqual([
      { heading: 'Equipos', prompt: 'Equipos?', columns: ['Equipo', 'Líder'], rowHeadings: ['A'] },
    ]);
  });

  it('refuses a translation of another shape', () => {
    expect(() => pairSections('x', [section('A'), section('B')], [section('A')])).toThrow(/2 sections, but 1/);
    expect(() => pairSections('x', [section('Teams', ['Team', 'Leader'])], [section('Equipos', ['Equipo'])])).toThrow(/another shape/);
  });
});
