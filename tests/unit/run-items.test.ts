import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/lib/formats.ts';
import { sessionRunItems } from '../../src/lib/run-items.ts';
import { englishScheduleT, timedItem } from '../support/schedule-fixtures.ts';

const t = englishScheduleT;

const item = timedItem;

describe('run mode items of a schedule session', () => {
  it('names items with their module, inserted pauses from the dictionary, and lets only unshrunk optional items shrink further', () => {
    const modules = [
      {
        id: 'm',
        title: 'Mapping',
        items: [item('a', 60), item('b', 30, { optional: true, shrinkTo: 10 }), item('c', 30, { optional: true, shrinkTo: 10 })],
      },
    ];
    const result = buildSchedule(modules, 'day', {
      sessions: 1,
      start: 540,
      sessionMinutes: 240,
      lunch: { after: 60, minutes: 30 },
      breaks: undefined,
      optional: { keep: 'some', keys: ['b'] },
    });
    if (!result.ok) throw new Error('the test schedule must fit');
    expect(sessionRunItems(result.schedule.sessions[0]!, t)).toEqual([
      { title: 'a (Mapping)', minutes: 60, optional: false, shrinkTo: undefined, kind: 'plenary', notesUrl: '/modules/m/facilitator/#a' },
      { title: 'Lunch', minutes: 30, optional: false, shrinkTo: undefined, kind: 'break', notesUrl: undefined },
      { title: 'b (Mapping)', minutes: 30, optional: true, shrinkTo: 10, kind: 'plenary', notesUrl: '/modules/m/facilitator/#b' },
      { title: 'c (Mapping)', minutes: 10, optional: false, shrinkTo: 10, kind: 'plenary', notesUrl: '/modules/m/facilitator/#c' },
    ]);
  });
});
