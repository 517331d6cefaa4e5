import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/lib/agenda.ts';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import {
  buildSchedule,
  parseSettings,
  plannedMinutes,
  rawSettingsFromQuery,
  settingsQuery,
  timedModules,
  WORKSHOP_FORMATS,
  type FormatSettings,
  type Schedule,
  type TimedModule,
} from '../../src/lib/formats.ts';
import { parseContent, readContent } from '../support/content-harness.ts';

const real = timedModules(linkCurriculum(parseContent(readContent(join(process.cwd(), 'content'))).input).modules);

const item = (key: string, minutes: number, extra: Partial<TimedModule['items'][number]> = {}) => ({
  title: key,
  minutes,
  kind: 'plenary',
  optional: false,
  shrinkTo: undefined,
  key,
  notesUrl: `/modules/m/facilitator/#${key}`,
  ...extra,
});
const plain: FormatSettings = {
  sessions: 5,
  start: 9 * 60,
  sessionMinutes: 60,
  lunch: undefined,
  breaks: undefined,
  optional: { keep: 'all' },
};

function itemsOf(schedule: Schedule) {
  return schedule.sessions.flatMap((s) => s.rows.filter((r) => r.type === 'item'));
}

function expectWellFormed(schedule: Schedule, modules: readonly TimedModule[], settings: FormatSettings) {
  expect(schedule.sessions.length).toBeLessThanOrEqual(settings.sessions);
  const expectedKeys = modules.flatMap((m) => m.items.filter((i) => plannedMinutes(i, settings.optional) > 0).map((i) => i.key));
  expect(itemsOf(schedule).map((r) => (r.type === 'item' ? r.item.key : ''))).toEqual(expectedKeys);
  for (const session of schedule.sessions) {
    expect(session.start).toBe(settings.start);
    expect(session.end - session.start).toBeLessThanOrEqual(settings.sessionMinutes);
    let clock = session.start;
    for (const row of session.rows) {
      expect(row.start).toBe(clock);
      expect(row.end - row.start).toBe(row.minutes);
      clock = row.end;
    }
    expect(session.end).toBe(clock);
    expect(session.rows.filter((r) => r.type === 'lunch').length).toBeLessThanOrEqual(1);
  }
}

describe('built-in formats on the real curriculum', () => {
  for (const format of WORKSHOP_FORMATS) {
    it(`${format.name} fits, keeps order, never splits an item`, () => {
      const result = buildSchedule(real, format.unit, format.settings);
      if (!result.ok) throw new Error(result.problem);
      expectWellFormed(result.schedule, real, format.settings);
      for (const session of result.schedule.sessions) expect(session.label).toMatch(new RegExp(`^${format.unit} \\d+$`));
    });
  }
  it('marks modules split across sessions on both sides', () => {
    const format = WORKSHOP_FORMATS.find((f) => f.id === 'three-day')!;
    const result = buildSchedule(real, format.unit, format.settings);
    if (!result.ok) throw new Error(result.problem);
    const sessions = result.schedule.sessions;
    for (let i = 0; i < sessions.length; i++) {
      const rows = sessions[i]!.rows.filter((r) => r.type === 'item');
      const last = rows.at(-1);
      const firstNext = sessions[i + 1]?.rows.find((r) => r.type === 'item');
      if (last?.type === 'item' && last.continuesNext) {
        expect(firstNext?.type === 'item' && firstNext.moduleId).toBe(last.moduleId);
        expect(firstNext?.type === 'item' && firstNext.continuedFromPrevious).toBe(true);
      }
    }
  });
  it('inserts lunch once a day and breaks between long runs', () => {
    const format = WORKSHOP_FORMATS.find((f) => f.id === 'two-day')!;
    const result = buildSchedule(real, format.unit, format.settings);
    if (!result.ok) throw new Error(result.problem);
    for (const session of result.schedule.sessions) {
      const lunch = session.rows.find((r) => r.type === 'lunch');
      expect(lunch?.minutes).toBe(45);
      expect(lunch!.start - session.start).toBeGreaterThanOrEqual(210);
    }
    expect(result.schedule.shrunk.length + result.schedule.cut.length).toBeGreaterThan(0);
  });
});

describe('edge cases', () => {
  it('splits a 90-minute module at item boundaries across 60-minute sessions', () => {
    const modules = [{ id: 'm', title: 'Module M', items: [item('a', 30), item('b', 30), item('c', 30)] }];
    const result = buildSchedule(modules, 'Session', plain);
    if (!result.ok) throw new Error(result.problem);
    expect(
      result.schedule.sessions.map((s) =>
        s.rows.map((r) => (r.type === 'item' ? `${r.item.key}${r.continuesNext ? '>' : ''}${r.continuedFromPrevious ? '<' : ''}` : r.type)),
      ),
    ).toEqual([['a', 'b>'], ['c<']]);
  });
  it('moves a module whole to the next session when that fits, rather than splitting it', () => {
    const modules = [
      { id: 'x', title: 'X', items: [item('x1', 40)] },
      { id: 'y', title: 'Y', items: [item('y1', 30), item('y2', 30)] },
    ];
    const result = buildSchedule(modules, 'Session', plain);
    if (!result.ok) throw new Error(result.problem);
    expect(result.schedule.sessions.map((s) => s.rows.map((r) => (r.type === 'item' ? r.item.key : r.type)))).toEqual([
      ['x1'],
      ['y1', 'y2'],
    ]);
  });
  it('refuses a session shorter than the longest item, saying what to change', () => {
    const modules = [{ id: 'm', title: 'Module M', items: [item('Long practice', 90)] }];
    expect(buildSchedule(modules, 'Session', plain)).toEqual({
      ok: false,
      problem:
        'A session of 1 h is shorter than the longest item, "Long practice" in Module M (1 h 30 min), which cannot be split. Make each session at least 1 h 30 min long.',
    });
  });
  it('refuses more content than the sessions hold, with the fix', () => {
    const modules = Array.from({ length: 4 }, (_, i) => ({ id: `m${i}`, title: `M${i}`, items: [item(`i${i}`, 60)] }));
    expect(buildSchedule(modules, 'Session', { ...plain, sessions: 2 })).toEqual({
      ok: false,
      problem:
        'The training does not fit in 2 sessions of 1 h: it needs 4. Add sessions (at least 4) or make each session 2 h long (09:00–11:00), or shrink optional items.',
    });
  });
  it('runs evening sessions past midnight', () => {
    const modules = [{ id: 'm', title: 'M', items: [item('a', 45), item('b', 45)] }];
    const result = buildSchedule(modules, 'Evening', { ...plain, start: 23 * 60, sessionMinutes: 120 });
    if (!result.ok) throw new Error(result.problem);
    const rows = result.schedule.sessions[0]!.rows;
    expect(rows.map((r) => `${formatClock(r.start)}–${formatClock(r.end)}`)).toEqual(['23:00–23:45', '23:45–00:30']);
  });
  it('works with no optional items at all, whatever is chosen', () => {
    const modules = [{ id: 'm', title: 'M', items: [item('a', 20), item('b', 20)] }];
    const all = buildSchedule(modules, 'Session', plain);
    const none = buildSchedule(modules, 'Session', { ...plain, optional: { keep: 'none' } });
    expect(all).toEqual(none);
    if (all.ok) expect([all.schedule.cut, all.schedule.shrunk]).toEqual([[], []]);
  });
  it('shrinks or cuts optional items that are not kept', () => {
    const modules = [
      {
        id: 'm',
        title: 'M',
        items: [item('a', 20, { optional: true, shrinkTo: 5 }), item('b', 20, { optional: true, shrinkTo: 0 }), item('c', 10)],
      },
    ];
    const some = buildSchedule(modules, 'Session', { ...plain, optional: { keep: 'some', keys: ['b'] } });
    if (!some.ok) throw new Error(some.problem);
    expect(itemsOf(some.schedule).map((r) => (r.type === 'item' ? `${r.item.key}:${r.minutes}` : ''))).toEqual(['a:5', 'b:20', 'c:10']);
    expect(some.schedule.shrunk).toEqual(['a']);
    const none = buildSchedule(modules, 'Session', { ...plain, optional: { keep: 'none' } });
    if (!none.ok) throw new Error(none.problem);
    expect(itemsOf(none.schedule).map((r) => (r.type === 'item' ? r.item.key : ''))).toEqual(['a', 'c']);
    expect(none.schedule.cut).toEqual(['b']);
  });
  it('inserts a break before an item that would run past the break interval', () => {
    const modules = [{ id: 'm', title: 'M', items: [item('a', 50), item('b', 50)] }];
    const result = buildSchedule(modules, 'Session', { ...plain, sessionMinutes: 180, breaks: { every: 60, minutes: 10 } });
    if (!result.ok) throw new Error(result.problem);
    expect(result.schedule.sessions[0]!.rows.map((r) => `${r.type}:${r.minutes}`)).toEqual(['item:50', 'break:10', 'item:50']);
  });
});

describe('settings from a link', () => {
  const keys = ['m:1', 'm:2'];
  it('reads a valid custom link and writes it back the same', () => {
    const query = 'format=custom&start=08:15&sessions=6&length=200&lunch=0&breakMinutes=10&breakEvery=80&keep=m:1';
    const parsed = parseSettings(rawSettingsFromQuery(`?${query}&session=2&evil=1`), keys);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.format.id).toBe('custom');
    expect(parsed.settings).toEqual({
      sessions: 6,
      start: 495,
      sessionMinutes: 200,
      lunch: undefined,
      breaks: { every: 80, minutes: 10 },
      optional: { keep: 'some', keys: ['m:1'] },
    });
    expect(settingsQuery('custom', parsed.settings)).toBe(new URLSearchParams(query).toString());
  });
  it('falls back to defaults with a friendly message for every tampered value', () => {
    const parsed = parseSettings(
      { format: 'nine-day<script>', start: '25:99', sessions: '-3', length: '1e9', lunch: 'lots', breakEvery: '<b>', keep: 'm:1,evil:9' },
      keys,
    );
    expect(parsed.format.id).toBe('three-day');
    expect(parsed.warnings).toEqual([
      'The link named a format this site does not have, so the 3-day format is shown.',
      'The number of sessions must be a whole number from 1 to 30; the default (3) is used instead.',
      'The start time must look like 09:00; the default (09:00) is used instead.',
      'The session length in minutes must be a whole number from 30 to 900; the default (525) is used instead.',
      'The lunch length in minutes must be a whole number from 0 to 120; the default (45) is used instead.',
      'The minutes between breaks must be a whole number from 30 to 300; the default (100) is used instead.',
      'One optional item in the link no longer exists and was left out.',
    ]);
    expect(parsed.settings.optional).toEqual({ keep: 'some', keys: ['m:1'] });
  });
});
