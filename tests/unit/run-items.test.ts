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
      {
        title: 'a (Mapping)',
        minutes: 60,
        optional: false,
        shrinkTo: undefined,
        kind: 'plenary',
        notesUrl: '/modules/m/facilitator/#a',
        steps: [],
        notes: undefined,
      },
      {
        title: 'Lunch',
        minutes: 30,
        optional: false,
        shrinkTo: undefined,
        kind: 'break',
        notesUrl: undefined,
        steps: [],
        notes: undefined,
      },
      {
        title: 'b (Mapping)',
        minutes: 30,
        optional: true,
        shrinkTo: 10,
        kind: 'plenary',
        notesUrl: '/modules/m/facilitator/#b',
        steps: [],
        notes: undefined,
      },
      {
        title: 'c (Mapping)',
        minutes: 10,
        optional: false,
        shrinkTo: 10,
        kind: 'plenary',
        notesUrl: '/modules/m/facilitator/#c',
        steps: [],
        notes: undefined,
      },
    ]);
  });

  it('gives an activity item its steps, the free minutes as a first setup step, and the item’s notes', () => {
    const notes = { say: 'Set up pairs.', watchFor: ['Silence'], ifLate: undefined, interpreted: undefined };
    const details = {
      'm:1': {
        steps: [
          { title: 'Write', minutes: 10 },
          { title: 'Share', minutes: 15 },
        ],
        notes,
      },
    };
    const modules = [{ id: 'm', title: 'Mapping', items: [item('m:1', 30), item('m:2', 30)] }];
    const result = buildSchedule(modules, 'day', {
      sessions: 1,
      start: 540,
      sessionMinutes: 60,
      lunch: undefined,
      breaks: undefined,
      optional: { keep: 'all' },
    });
    if (!result.ok) throw new Error('the test schedule must fit');
    const [first, second] = sessionRunItems(result.schedule.sessions[0]!, t, { details, setupTitle: 'Instructions' });
    expect(first?.steps).toEqual([
      { title: 'Instructions', minutes: 5 },
      { title: 'Write', minutes: 10 },
      { title: 'Share', minutes: 15 },
    ]);
    expect(first?.notes).toBe(notes);
    expect(second?.steps).toEqual([]);
    expect(second?.notes).toBeUndefined();
  });
});
