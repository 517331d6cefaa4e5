import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/lib/agenda.ts';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import {
  buildSchedule,
  builtInSchedule,
  customRunPath,
  DEFAULT_FORMAT_ID,
  findFormat,
  NUMBER_LIMITS,
  numberFields,
  numberInput,
  numberValue,
  parseSettings,
  plannedMinutes,
  problemText,
  rawSettingsFromQuery,
  settingsFields,
  sessionLabel,
  settingsQuery,
  timedModules,
  warningText,
  WORKSHOP_FORMATS,
  type FormatSettings,
  type Schedule,
  type TimedModule,
} from '../../src/lib/formats.ts';
import * as data from '../../src/lib/formats/data.ts';
import * as engine from '../../src/lib/formats/engine.ts';
import * as link from '../../src/lib/formats/link.ts';
import { parseContent, readContent } from '../support/content-harness.ts';
import { englishScheduleT, timedItem } from '../support/schedule-fixtures.ts';

const real = timedModules(linkCurriculum(parseContent(readContent(join(process.cwd(), 'content'))).input).modules);

const t = englishScheduleT;

const item = timedItem;
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
  // Every item that runs is there, in order, except a module's own breaks the layout left out.
  const expectedKeys = modules.flatMap((m) =>
    m.items.filter((i) => plannedMinutes(i, settings.optional) > 0 && !schedule.skippedBreaks.includes(i.key)).map((i) => i.key),
  );
  expect(schedule.skippedBreaks.every((key) => modules.some((m) => m.items.some((i) => i.key === key && i.kind === 'break')))).toBe(true);
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
    it(`${format.id} fits, keeps order, never splits an item`, () => {
      const result = buildSchedule(real, format.unit, format.settings);
      if (!result.ok) throw new Error(problemText(result.problem, t));
      expectWellFormed(result.schedule, real, format.settings);
      for (const session of result.schedule.sessions) {
        expect(session.unit).toBe(format.unit);
        expect(sessionLabel(t, session.unit, session.number)).toMatch(/^(Day|Half-day|Weekend day|Evening) \d+$/);
      }
    });
  }
  it('marks modules split across sessions on both sides', () => {
    const format = WORKSHOP_FORMATS.find((f) => f.id === 'three-day')!;
    const result = buildSchedule(real, format.unit, format.settings);
    if (!result.ok) throw new Error(problemText(result.problem, t));
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
    if (!result.ok) throw new Error(problemText(result.problem, t));
    for (const session of result.schedule.sessions) {
      const lunch = session.rows.find((r) => r.type === 'lunch');
      expect(lunch?.minutes).toBe(45);
      // Lunch goes at the item boundary nearest to 210 minutes in; items kept together move it a little.
      expect(Math.abs(lunch!.start - session.start - 210)).toBeLessThanOrEqual(45);
    }
    expect(result.schedule.shrunk.length + result.schedule.cut.length).toBeGreaterThan(0);
  });
});

describe('edge cases', () => {
  it('splits a 90-minute module at item boundaries across 60-minute sessions', () => {
    const modules = [{ id: 'm', title: 'Module M', items: [item('a', 30), item('b', 30), item('c', 30)] }];
    const result = buildSchedule(modules, 'session', plain);
    if (!result.ok) throw new Error(problemText(result.problem, t));
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
    const result = buildSchedule(modules, 'session', plain);
    if (!result.ok) throw new Error(problemText(result.problem, t));
    expect(result.schedule.sessions.map((s) => s.rows.map((r) => (r.type === 'item' ? r.item.key : r.type)))).toEqual([
      ['x1'],
      ['y1', 'y2'],
    ]);
  });
  it('refuses a session shorter than the longest item, saying what to change', () => {
    const modules = [{ id: 'm', title: 'Module M', items: [item('Long practice', 90)] }];
    const result = buildSchedule(modules, 'session', plain);
    expect(result).toEqual({
      ok: false,
      problem: { code: 'item-longer-than-session', sessionMinutes: 60, item: 'Long practice', module: 'Module M', itemMinutes: 90 },
    });
    if (result.ok) return;
    expect(problemText(result.problem, t)).toBe(
      'A session of 1 h is shorter than the longest item, "Long practice" in Module M (1 h 30 min), which cannot be split. Make each session at least 1 h 30 min long.',
    );
  });
  it('refuses more content than the sessions hold, with the fix', () => {
    const modules = Array.from({ length: 4 }, (_, i) => ({ id: `m${i}`, title: `M${i}`, items: [item(`i${i}`, 60)] }));
    const result = buildSchedule(modules, 'session', { ...plain, sessions: 2 });
    expect(result).toEqual({
      ok: false,
      problem: { code: 'does-not-fit', sessions: 2, sessionMinutes: 60, needed: 4, longer: { minutes: 120, start: 540 } },
    });
    if (result.ok) return;
    expect(problemText(result.problem, t)).toBe(
      'The training does not fit in 2 sessions of 1 h: it needs 4. Add sessions (at least 4) or make each session 2 h long (09:00–11:00), or shrink optional items.',
    );
  });
  it('says only "add sessions" when no session length of a day would fit, and counts one session right', () => {
    const modules = Array.from({ length: 3 }, (_, i) => ({ id: `m${i}`, title: `M${i}`, items: [item(`i${i}`, 600)] }));
    const result = buildSchedule(modules, 'session', { ...plain, sessions: 1, sessionMinutes: 600 });
    if (result.ok) throw new Error('three 10-hour modules cannot fit in one day');
    expect(result.problem).toEqual({ code: 'does-not-fit', sessions: 1, sessionMinutes: 600, needed: 3, longer: undefined });
    expect(problemText(result.problem, t)).toBe(
      'The training does not fit in 1 session of 10 h: it needs 3. Add sessions (at least 3), or shrink optional items.',
    );
  });
  it('runs evening sessions past midnight', () => {
    const modules = [{ id: 'm', title: 'M', items: [item('a', 45), item('b', 45)] }];
    const result = buildSchedule(modules, 'evening', { ...plain, start: 23 * 60, sessionMinutes: 120 });
    if (!result.ok) throw new Error(problemText(result.problem, t));
    const rows = result.schedule.sessions[0]!.rows;
    expect(rows.map((r) => `${formatClock(r.start)}–${formatClock(r.end)}`)).toEqual(['23:00–23:45', '23:45–00:30']);
  });
  it('works with no optional items at all, whatever is chosen', () => {
    const modules = [{ id: 'm', title: 'M', items: [item('a', 20), item('b', 20)] }];
    const all = buildSchedule(modules, 'session', plain);
    const none = buildSchedule(modules, 'session', { ...plain, optional: { keep: 'none' } });
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
    const some = buildSchedule(modules, 'session', { ...plain, optional: { keep: 'some', keys: ['b'] } });
    if (!some.ok) throw new Error(problemText(some.problem, t));
    expect(itemsOf(some.schedule).map((r) => (r.type === 'item' ? `${r.item.key}:${r.minutes}` : ''))).toEqual(['a:5', 'b:20', 'c:10']);
    expect(some.schedule.shrunk).toEqual(['a']);
    const none = buildSchedule(modules, 'session', { ...plain, optional: { keep: 'none' } });
    if (!none.ok) throw new Error(problemText(none.problem, t));
    expect(itemsOf(none.schedule).map((r) => (r.type === 'item' ? r.item.key : ''))).toEqual(['a', 'c']);
    expect(none.schedule.cut).toEqual(['b']);
  });
  it('inserts a break before an item that would run past the break interval', () => {
    const modules = [{ id: 'm', title: 'M', items: [item('a', 50), item('b', 50)] }];
    const result = buildSchedule(modules, 'session', { ...plain, sessionMinutes: 180, breaks: { every: 60, minutes: 10 } });
    if (!result.ok) throw new Error(problemText(result.problem, t));
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
    expect(parsed.format.unit).toBe('session');
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
  it('writes every built-in format as a link that reads back to the same format and settings', () => {
    for (const format of WORKSHOP_FORMATS) {
      const parsed = parseSettings(rawSettingsFromQuery(`?${settingsQuery(format.id, format.settings)}`), keys);
      expect(parsed.warnings).toEqual([]);
      expect(parsed.format).toBe(format);
      expect(parsed.settings).toEqual(format.settings);
    }
  });
  it('opens the default format when the link says nothing', () => {
    const parsed = parseSettings(rawSettingsFromQuery(''), keys);
    expect(parsed.format.id).toBe(DEFAULT_FORMAT_ID);
    expect(parsed.settings).toEqual(findFormat(DEFAULT_FORMAT_ID)?.settings);
    expect(parsed.warnings).toEqual([]);
  });
  it('falls back to defaults with a friendly message for every tampered value', () => {
    const parsed = parseSettings(
      { format: 'nine-day<script>', start: '25:99', sessions: '-3', length: '1e9', lunch: 'lots', breakEvery: '<b>', keep: 'm:1,evil:9' },
      keys,
    );
    expect(parsed.format.id).toBe('three-day');
    expect(parsed.warnings).toEqual([
      { code: 'unknown-format', fallback: 'three-day' },
      { code: 'not-a-whole-number', field: 'sessions', min: 1, max: 30, fallback: 3 },
      { code: 'bad-start', fallback: '09:00' },
      { code: 'not-a-whole-number', field: 'length', min: 30, max: 900, fallback: 510 },
      { code: 'not-a-whole-number', field: 'lunch', min: 0, max: 120, fallback: 45 },
      { code: 'not-a-whole-number', field: 'breakEvery', min: 30, max: 300, fallback: 100 },
      { code: 'unknown-items', count: 1 },
    ]);
    expect(parsed.warnings.map((w) => warningText(w, t))).toEqual([
      'The link named a format this site does not have, so the 3-day training format is shown.',
      'The number of sessions must be a whole number from 1 to 30; the default (3) is used instead.',
      'The start time must look like 09:00; the default (09:00) is used instead.',
      'The session length in minutes must be a whole number from 30 to 900; the default (510) is used instead.',
      'The lunch length in minutes must be a whole number from 0 to 120; the default (45) is used instead.',
      'The minutes between breaks must be a whole number from 30 to 300; the default (100) is used instead.',
      'One optional item in the link no longer exists and was left out.',
    ]);
    expect(parsed.settings.optional).toEqual({ keep: 'some', keys: ['m:1'] });
    expect(parsed.settings.lunch).toEqual({ minutes: 45, after: 180 });
    expect(parsed.settings.breaks).toEqual({ minutes: 15, every: 100 });
  });
  it('rejects numbers just outside each limit and accepts the limits themselves', () => {
    for (const field of numberFields) {
      const { min, max } = NUMBER_LIMITS[field];
      for (const bad of [String(min - 1), String(max + 1), `${min}.5`, ` ${min}`, '0x1f', '12345']) {
        if (bad === String(min - 1) && min === 0) continue;
        const parsed = parseSettings({ format: 'custom', [field]: bad }, keys);
        expect(parsed.warnings, `${field}=${bad}`).toEqual([
          { code: 'not-a-whole-number', field, min, max, fallback: numberValue(findFormat(DEFAULT_FORMAT_ID)!.settings, field) },
        ]);
      }
      for (const good of [min, max]) expect(parseSettings({ format: 'custom', [field]: String(good) }, keys).warnings).toEqual([]);
    }
  });
  it('counts several unknown optional items in one message', () => {
    const parsed = parseSettings({ keep: 'gone:1,m:2,gone:2,,gone:3' }, keys);
    expect(parsed.warnings).toEqual([{ code: 'unknown-items', count: 3 }]);
    expect(warningText(parsed.warnings[0]!, t)).toBe('3 optional items in the link no longer exist and were left out.');
    expect(parsed.settings.optional).toEqual({ keep: 'some', keys: ['m:2'] });
  });
  it('turns lunch and breaks off with 0 and leaves their timing out of the link', () => {
    const parsed = parseSettings({ format: 'custom', lunch: '0', lunchAfter: '200', breakMinutes: '0' }, keys);
    expect([parsed.settings.lunch, parsed.settings.breaks]).toEqual([undefined, undefined]);
    expect(settingsFields('custom', parsed.settings).map(([name]) => name)).toEqual([
      'format',
      'start',
      'sessions',
      'length',
      'lunch',
      'breakMinutes',
      'keep',
    ]);
  });
  it('links the run page of a session of the same settings', () => {
    expect(customRunPath('format=two-day&keep=none', 2)).toBe('/schedules/run/?format=two-day&keep=none&session=2');
  });
});

describe('the format data table', () => {
  it('holds every built-in format inside the limits the builder and the link accept', () => {
    expect(findFormat(DEFAULT_FORMAT_ID)).toBeDefined();
    for (const format of WORKSHOP_FORMATS) {
      for (const field of numberFields) {
        const { min, max, step } = NUMBER_LIMITS[field];
        const value = numberValue(format.settings, field);
        expect(value, `${format.id} ${field}`).toBeGreaterThanOrEqual(min);
        expect(value, `${format.id} ${field}`).toBeLessThanOrEqual(max);
        expect(value % step, `${format.id} ${field} is a multiple of the input step`).toBe(0);
      }
    }
  });
  it('gives each builder input its limits and the value of the settings', () => {
    const settings = findFormat('weekly-evenings')!.settings;
    expect(numberInput('length', settings)).toEqual({ min: 30, max: 900, step: 5, value: 150 });
    expect(numberInput('lunchAfter', settings)).toEqual({ min: 30, max: 600, step: 5, value: 180 });
    expect(numberInput('lunch', settings)).toEqual({ min: 0, max: 120, step: 5, value: 0 });
  });
  it('keeps the three parts apart: data, engine and link codec, re-exported together', () => {
    expect(data.WORKSHOP_FORMATS).toBe(WORKSHOP_FORMATS);
    expect(engine.buildSchedule).toBe(buildSchedule);
    expect(link.parseSettings).toBe(parseSettings);
    expect(Object.keys(engine)).not.toContain('parseSettings');
    expect(Object.keys(link)).not.toContain('buildSchedule');
  });
  it('names a built-in format that no longer fits, and where to change it', () => {
    const modules = [{ id: 'm', title: 'M', items: [item('a', 2000)] }];
    expect(() => builtInSchedule(modules, WORKSHOP_FORMATS[0]!)).toThrow(
      /^The built-in format "two-day" no longer fits the curriculum \(.*"code":"item-longer-than-session".*\)\. Adjust its settings in src\/lib\/formats\/data\.ts\.$/,
    );
  });
});

describe('the sessions of the built-in formats, as routes', () => {
  it('lists every session of every format once, and finds each one back by its number', async () => {
    const { builtInSession, builtInSessionParams, formatById, WORKSHOP_FORMATS: formats } = await import('../../src/lib/formats.ts');
    const params = builtInSessionParams(real, formats);
    expect(params.length).toBe(formats.reduce((n, f) => n + builtInSchedule(real, f).sessions.length, 0));
    for (const { format, session } of params)
      expect(builtInSession(real, formatById(format), session).session.number).toBe(Number(session));
    expect(() => builtInSession(real, formatById('two-day'), '99')).toThrow('No session 99 in two-day');
  });
});
