import { describe, expect, it } from 'vitest';
import { researchBase } from '../../src/lib/directors.ts';
import { askMinutes, staffTime, type ProgramInput } from '../../src/lib/staff-time.ts';
import type { Curriculum } from '../../src/lib/curriculum.ts';

const program: ProgramInput = {
  id: 'follow-up',
  title: 'Follow-up',
  url: '/programs/follow-up/',
  session: { agenda: [{ minutes: 30 }, { minutes: 60 }] },
  calls: [
    { month: 1, agenda: [{ minutes: 25 }, { minutes: 30 }] },
    { month: 2, agenda: [{ minutes: 60 }] },
  ],
  asks: [
    { role: 'Leader', people: { min: 1, max: 1 }, what: 'Coaching call', minutesFrom: 'coaching-calls', months: [1, 2, 3] },
    { role: 'Members', people: { min: 2, max: 3 }, what: 'Session', minutesFrom: 'session', months: [2, 3] },
    { role: 'Sponsor', people: { min: 1, max: 1 }, what: 'Intake', minutesFrom: 'stated', minutes: 60, months: [1] },
  ],
};

describe('staff time', () => {
  it('takes each ask’s minutes from the calls of its month, the session, or the stated figure', () => {
    const [call, session, stated] = program.asks;
    if (!call || !session || !stated) throw new Error('fixture');
    expect([1, 2, 3].map((m) => askMinutes(call, program, m))).toEqual([55, 60, 0]);
    expect([1, 2, 3].map((m) => askMinutes(session, program, m))).toEqual([0, 90, 90]);
    expect([1, 2, 3].map((m) => askMinutes(stated, program, m))).toEqual([60, 0, 0]);
  });

  it('adds everyone up per month, for the fewest and the most people', () => {
    const table = staffTime(program, 3);
    expect(table?.months).toEqual([1, 2, 3]);
    expect(table?.rows.map((r) => r.minutes)).toEqual([
      [55, 60, 0],
      [0, 90, 90],
      [60, 0, 0],
    ]);
    expect(table?.totals).toEqual([
      { min: 115, max: 115 },
      { min: 240, max: 330 },
      { min: 180, max: 270 },
    ]);
  });

  it('has nothing to show for a program that asks nothing, and refuses an ask the data cannot time', () => {
    expect(staffTime({ ...program, asks: [] })).toBeUndefined();
    const noSession = { ...program, session: undefined };
    expect(() => staffTime({ ...noSession, asks: [{ ...program.asks[1]!, months: [1] }] })).toThrow('a session the program does not have');
    expect(() => staffTime({ ...program, asks: [{ ...program.asks[2]!, minutes: undefined }] })).toThrow('states none');
  });
});

describe('the research the modules rest on', () => {
  const source = (author: string, title: string) => ({ author, title, publisher: 'P', year: 2000 });
  const modules = [
    { sources: [source('Ganz', 'People, Power, Change'), source('Han', 'How Organizations Develop Activists')] },
    { sources: [source('Ganz', 'People, Power, Change'), source('Ganz', 'People, Power, Change')] },
    {
      sources: [
        source('Han', 'How Organizations Develop Activists'),
        source('Ganz', 'People, Power, Change'),
        source('Freeman', 'Tyranny'),
      ],
    },
  ] as unknown as Curriculum['modules'];

  it('lists works cited by enough modules, most cited first, counting a module once', () => {
    expect(researchBase({ modules }, 2).map((w) => [w.source.author, w.modules])).toEqual([
      ['Ganz', 3],
      ['Han', 2],
    ]);
    expect(researchBase({ modules }, 1)).toHaveLength(3);
  });
});
