/**
 * The layout rules of the formats engine (`LAYOUT_RULES`, `keepWithNext`, breaks and meals),
 * on small agendas and on the real curriculum in every built-in format, and the weekend
 * format. Impossible settings are checked with their whole message.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/lib/agenda.ts';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import {
  buildSchedule,
  builtInSchedule,
  findFormat,
  formatById,
  formatName,
  formatSummary,
  LAYOUT_RULES,
  noticeText,
  parseSettings,
  problemText,
  sessionLabel,
  timedModules,
  unitCount,
  WORKSHOP_FORMATS,
  type FormatSettings,
  type Schedule,
  type ScheduleRow,
  type ScheduleSession,
  type TimedItem,
  type TimedModule,
} from '../../src/lib/formats.ts';
import { parseContent, readContent } from '../support/content-harness.ts';
import { englishScheduleT, timedItem } from '../support/schedule-fixtures.ts';

const t = englishScheduleT;
const curriculum = linkCurriculum(parseContent(readContent(join(process.cwd(), 'content'))).input);
const real = timedModules(curriculum.modules);

const settings = (over: Partial<FormatSettings> = {}): FormatSettings => ({
  sessions: 3,
  start: 9 * 60,
  sessionMinutes: 300,
  lunch: undefined,
  breaks: undefined,
  optional: { keep: 'all' },
  ...over,
});
const module = (items: TimedItem[], id = 'm'): TimedModule => ({ id, title: `Module ${id}`, items });
const item = (key: string, minutes: number, extra: Partial<TimedItem> = {}) => timedItem(key, minutes, extra);
const pause = (key: string, minutes = 10) => item(key, minutes, { kind: 'break' });

/** A session as "09:00 a" / "09:30 lunch" lines. */
const lines = (session: ScheduleSession | undefined) =>
  (session?.rows ?? []).map((row) => `${formatClock(row.start)} ${row.type === 'item' ? row.item.key : row.type}`);

function laidOut(modules: TimedModule[], s: FormatSettings): Schedule {
  const result = buildSchedule(modules, 'session', s);
  if (!result.ok) throw new Error(problemText(result.problem, t));
  return result.schedule;
}

const isPause = (row: ScheduleRow) => row.type !== 'item' || row.item.kind === 'break';

describe('items kept together (keepWithNext)', () => {
  it('puts lunch before a teaching block and its activity, not between them', () => {
    const modules = [module([item('intro', 100), item('teach', 30, { keepWithNext: true }), item('practise', 60), item('close', 20)])];
    // Without keepWithNext lunch would fall after "teach" (130 min in); the pair moves it to 100.
    const schedule = laidOut(modules, settings({ lunch: { after: 120, minutes: 45 } }));
    expect(lines(schedule.sessions[0])).toEqual(['09:00 intro', '10:40 lunch', '11:25 teach', '11:55 practise', '12:55 close']);
  });
  it('moves the pair to the next session rather than ending a session between them', () => {
    const modules = [module([item('a', 60), item('teach', 30, { keepWithNext: true }), item('practise', 40)])];
    const schedule = laidOut(modules, settings({ sessionMinutes: 100 }));
    expect(schedule.sessions.map(lines)).toEqual([['09:00 a'], ['09:00 teach', '09:30 practise']]);
    expect(schedule.sessions[0]?.rows[0]?.type === 'item' && schedule.sessions[0].rows[0].continuesNext).toBe(true);
  });
  it('keeps a chain together through an optional item that is cut', () => {
    const modules = [
      module([
        item('a', 90),
        item('teach', 20, { keepWithNext: true }),
        item('game', 10, { optional: true, shrinkTo: 0, keepWithNext: true }),
        item('practise', 40),
      ]),
    ];
    const schedule = laidOut(modules, settings({ sessionMinutes: 120, optional: { keep: 'none' } }));
    expect(schedule.sessions.map(lines)).toEqual([['09:00 a'], ['09:00 teach', '09:20 practise']]);
  });
  it('refuses a session shorter than the items kept together, naming them and the length needed', () => {
    const modules = [module([item('teach', 40, { keepWithNext: true, title: 'Teaching' }), item('practise', 50, { title: 'Practice' })])];
    const result = buildSchedule(modules, 'session', settings({ sessionMinutes: 60 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toEqual({
      code: 'kept-together-longer-than-session',
      sessionMinutes: 60,
      first: 'Teaching',
      last: 'Practice',
      module: 'Module m',
      minutes: 90,
    });
    expect(problemText(result.problem, t)).toBe(
      'A session of 1 h is shorter than "Teaching" to "Practice" in Module m (1 h 30 min): these items stay together, so a lunch, a break or the end of a session never comes between them. Make each session at least 1 h 30 min long.',
    );
  });
});

describe('breaks and lunch', () => {
  it('never starts a session with a break, nor ends one on a break', () => {
    const modules = [module([item('a', 50), pause('m:break'), item('b', 50)], 'm'), module([pause('n:break'), item('c', 30)], 'n')];
    const schedule = laidOut(modules, settings({ sessionMinutes: 60 }));
    expect(schedule.sessions.map(lines)).toEqual([['09:00 a'], ['09:00 b'], ['09:00 c']]);
    expect(schedule.skippedBreaks).toEqual(['m:break', 'n:break']);
  });
  it('leaves out a module break that falls soon after lunch (the issue: a break 25 minutes after lunch)', () => {
    const modules = [module([item('a', 120), item('b', 25), pause('m:break'), item('c', 60)])];
    const schedule = laidOut(modules, settings({ lunch: { after: 120, minutes: 45 } }));
    expect(lines(schedule.sessions[0])).toEqual(['09:00 a', '11:00 lunch', '11:45 b', '12:10 c']);
    expect(schedule.skippedBreaks).toEqual(['m:break']);
  });
  it('lets lunch take the place of a module break just before it', () => {
    const modules = [module([item('a', 110), pause('m:break'), item('b', 60)])];
    const schedule = laidOut(modules, settings({ lunch: { after: 120, minutes: 45 } }));
    expect(lines(schedule.sessions[0])).toEqual(['09:00 a', '10:50 lunch', '11:35 b']);
  });
  it('inserts no break soon after the start or lunch, nor just before lunch', () => {
    const modules = [module([item('a', 30), item('b', 80), item('c', 10), item('d', 30), item('e', 80)])];
    const schedule = laidOut(modules, settings({ lunch: { after: 130, minutes: 30 }, breaks: { every: 90, minutes: 15 } }));
    // a (30) then b would pass 90 min, but 30 min is too soon for a break; c is short and lunch is next.
    expect(lines(schedule.sessions[0])).toEqual(['09:00 a', '09:30 b', '10:50 c', '11:00 lunch', '11:30 d', '12:00 e']);
  });
  it('puts lunch at the item boundary nearest to its time', () => {
    const modules = [module([item('a', 100), item('b', 50), item('c', 30)])];
    // Boundaries at 100 and 150 minutes: 150 is nearer to 140.
    expect(lines(laidOut(modules, settings({ lunch: { after: 140, minutes: 30 } })).sessions[0])).toEqual([
      '09:00 a',
      '10:40 b',
      '11:30 lunch',
      '12:00 c',
    ]);
    // 100 is nearer to 110.
    expect(lines(laidOut(modules, settings({ lunch: { after: 110, minutes: 30 } })).sessions[0])).toEqual([
      '09:00 a',
      '10:40 lunch',
      '11:10 b',
      '12:00 c',
    ]);
  });
});

describe('what custom settings cannot honour', () => {
  const long = [module([item('a', 120), item('b', 120), item('c', 90)])];
  it('says when a session longer than 4 hours has no meal break', () => {
    const schedule = laidOut(long, settings({ sessions: 1, sessionMinutes: 360 }));
    expect(schedule.notices).toEqual([{ code: 'no-meal-break', sessions: [1], longest: 330 }]);
    expect(noticeText(schedule.notices[0]!, t, 'session')).toBe(
      'Session 1 runs 5 h 30 min without a meal break. A session longer than 4 h needs one: set lunch to at least 30 min.',
    );
  });
  it('names every such session, and counts a lunch shorter than a meal as none', () => {
    const schedule = laidOut([...long, module([item('d', 150), item('e', 150)], 'n')], {
      ...settings({ sessions: 2, sessionMinutes: 400, lunch: { after: 120, minutes: 15 } }),
    });
    expect(schedule.notices).toEqual([{ code: 'no-meal-break', sessions: [1, 2], longest: 345 }]);
    expect(noticeText(schedule.notices[0]!, t, 'day')).toBe(
      'Day 1, Day 2 run up to 5 h 45 min without a meal break. A session longer than 4 h needs one: set lunch to at least 30 min.',
    );
  });
  it('says when breaks are set closer together than a break may come', () => {
    const parsed = parseSettings({ format: 'custom', breakMinutes: '10', breakEvery: '30' }, []);
    const result = buildSchedule(real, parsed.format.unit, parsed.settings);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.schedule.notices).toContainEqual({ code: 'breaks-too-close', every: 30 });
    expect(noticeText({ code: 'breaks-too-close', every: 30 }, t, 'session')).toBe(
      'Breaks every 30 min cannot be kept: a break never starts less than 45 min after the start, lunch or another break, so breaks come at least 45 min apart.',
    );
  });
  it('gives no notice when the settings keep every rule', () => {
    expect(laidOut(long, settings({ sessions: 1, sessionMinutes: 400, lunch: { after: 120, minutes: 30 } })).notices).toEqual([]);
  });
});

describe('the weekend format', () => {
  const format = formatById('four-weekend-days');
  const schedule = builtInSchedule(real, format);
  it('is four weekend days from 10:00, each with lunch, ending by 17:00, without splitting a module', () => {
    expect(schedule.sessions).toHaveLength(4);
    for (const session of schedule.sessions) {
      expect(formatClock(session.start)).toBe('10:00');
      expect(session.end).toBeLessThanOrEqual(17 * 60);
      expect(session.rows.some((row) => row.type === 'lunch' && row.minutes >= LAYOUT_RULES.mealMinutes)).toBe(true);
      // A week or two apart, a module must not be split between two days.
      expect(session.rows.some((row) => row.type === 'item' && (row.continuesNext || row.continuedFromPrevious))).toBe(false);
    }
    expect(schedule.cut).toEqual([]);
    expect(schedule.shrunk).toEqual([]);
  });
  it('names its days and says its times from the data', () => {
    expect(formatName(t, format.id)).toBe('Four weekend days');
    expect(sessionLabel(t, format.unit, 2)).toBe('Weekend day 2');
    expect(unitCount(t, format.unit, 4)).toBe('4 weekend days');
    const latest = Math.max(...schedule.sessions.map((s) => s.end));
    expect(formatSummary(t, format.id, format.settings, schedule)).toBe(
      `Four Saturdays or Sundays, a week or two apart, 10:00 to about ${formatClock(Math.ceil(latest / 15) * 15)}, with lunch and breaks: a late start after a Friday night shift, and home before dinner. No module is split between two days. Every optional item runs at full length.`,
    );
  });
});

describe('every built-in format on the real curriculum keeps the layout rules', () => {
  for (const format of WORKSHOP_FORMATS) {
    const schedule = builtInSchedule(real, format);
    it(`${format.id}: no notice, no session that starts or ends on a break, no pause soon after another`, () => {
      expect(schedule.notices).toEqual([]);
      for (const session of schedule.sessions) {
        expect(isPause(session.rows[0]!), `${format.id} ${session.number} starts`).toBe(false);
        expect(isPause(session.rows.at(-1)!), `${format.id} ${session.number} ends`).toBe(false);
        let lastPauseEnd = session.start;
        for (const row of session.rows.filter(isPause)) {
          expect(row.start - lastPauseEnd, `${format.id} ${session.number} pause at ${formatClock(row.start)}`).toBeGreaterThanOrEqual(
            LAYOUT_RULES.minutesBetweenPauses,
          );
          lastPauseEnd = row.end;
        }
      }
    });
    it(`${format.id}: a meal break in every session longer than 4 hours`, () => {
      for (const session of schedule.sessions.filter((s) => s.end - s.start > LAYOUT_RULES.mealAfterSessionMinutes)) {
        expect(session.rows.some((row) => row.type === 'lunch' && row.minutes >= LAYOUT_RULES.mealMinutes)).toBe(true);
      }
    });
    it(`${format.id}: nothing comes between an item and the next one it is kept with`, () => {
      const rows = schedule.sessions.flatMap((session) => session.rows.map((row) => ({ row, session: session.number })));
      rows.forEach(({ row, session }, i) => {
        if (row.type !== 'item' || !row.item.keepWithNext) return;
        const items = real.find((m) => m.id === row.moduleId)?.items ?? [];
        const next = items[items.findIndex((x) => x.key === row.item.key) + 1];
        const following = rows.slice(i + 1).find(({ row: r }) => r.type !== 'item' || r.minutes > 0);
        if (!next) return;
        expect(following?.session, `${row.item.key} and the next item in one session`).toBe(session);
        expect(following?.row.type, `${row.item.key} is followed by an item`).toBe('item');
      });
    });
    it(`${format.id}: runs every debrief at full length, so no format cuts a module's only debrief`, () => {
      const placed = new Map(
        schedule.sessions.flatMap((s) => s.rows.flatMap((row) => (row.type === 'item' ? [[row.item.key, row.minutes] as const] : []))),
      );
      for (const m of curriculum.modules) {
        const debriefs = m.agenda.filter(
          (a) => a.debrief || curriculum.activities.find((x) => x.id === a.activityId)?.steps.some((s) => s.kind === 'debrief'),
        );
        if (m.kind === 'module') expect(debriefs.length, `${m.id} has a debrief`).toBeGreaterThan(0);
        for (const a of debriefs) {
          const activity = curriculum.activities.find((x) => x.id === a.activityId);
          const needed = a.debrief ? a.minutes : (activity?.minutes ?? a.minutes);
          expect(placed.get(`${m.id}:${a.number}`), `${m.id} item ${a.number}`).toBeGreaterThanOrEqual(needed);
        }
      }
    });
  }
  it('gives the four half-days a meal break every day (the issue: 5 hours without one)', () => {
    const schedule = builtInSchedule(real, findFormat('four-half-days')!);
    expect(schedule.sessions.every((s) => s.rows.some((row) => row.type === 'lunch' && row.minutes >= LAYOUT_RULES.mealMinutes))).toBe(
      true,
    );
  });
  it('keeps each teaching block with its activity in the three-day format (the issue: lunch split them)', () => {
    const schedule = builtInSchedule(real, findFormat('three-day')!);
    for (const session of schedule.sessions) {
      session.rows.forEach((row, i) => {
        if (row.type === 'item' && row.item.kind === 'plenary' && row.item.keepWithNext) expect(session.rows[i + 1]?.type).toBe('item');
      });
    }
  });
});
