/**
 * The layout engine: lays the training's modules into days or evenings with clock times,
 * breaks and lunch. Pure and deterministic; the static format pages, the schedule
 * builder, run mode and the print packs all call `buildSchedule`.
 *
 * Rules: an agenda item is never split; a module is split only at item boundaries, and
 * only when the format cannot hold it otherwise ("continues next session").
 */
import type { FormatSettings, OptionalChoice, SessionUnit, TimedItem, TimedModule, WorkshopFormat } from './data.ts';

export type ScheduleRow =
  | {
      type: 'item';
      moduleId: string;
      moduleTitle: string;
      item: TimedItem;
      /** Minutes the item runs in this schedule (shrunk optional items are shorter). */
      minutes: number;
      start: number;
      end: number;
      /** First row of this module in this session. */
      opensModule: boolean;
      /** The module started in an earlier session. */
      continuedFromPrevious: boolean;
      /** The module goes on in the next session. */
      continuesNext: boolean;
    }
  | { type: 'break' | 'lunch'; minutes: number; start: number; end: number };

export interface ScheduleSession {
  number: number;
  /** The format's unit: with the number it makes the session's name ("Day 1", see `sessionLabel` in messages.ts). */
  unit: SessionUnit;
  start: number;
  end: number;
  rows: ScheduleRow[];
  /** Minutes of agenda items (module breaks included, inserted breaks and lunch not). */
  contentMinutes: number;
}

export interface Schedule {
  sessions: ScheduleSession[];
  /** Agenda minutes across the schedule. */
  contentMinutes: number;
  /** Wall-clock minutes across all sessions. */
  wallMinutes: number;
  /** Optional items cut to zero, by key. */
  cut: string[];
  /** Optional items shrunk, by key. */
  shrunk: string[];
}

/**
 * Why a layout is impossible, as a code and the numbers a message needs. The text is
 * made at the edge (`messageText` in `messages.ts`) from the interface dictionary.
 */
export type ScheduleProblem =
  | {
      code: 'item-longer-than-session';
      sessionMinutes: number;
      item: string;
      module: string;
      itemMinutes: number;
    }
  | {
      code: 'does-not-fit';
      sessions: number;
      sessionMinutes: number;
      /** Sessions the training needs at this length. */
      needed: number;
      /** The shortest session length that fits in `sessions`, if any (and its start). */
      longer: { minutes: number; start: number } | undefined;
    };

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; problem: ScheduleProblem };

/** Whether the optional item with this key runs at full length under this choice. */
export function keepsFullLength(optional: OptionalChoice, key: string): boolean {
  return optional.keep === 'all' || (optional.keep === 'some' && optional.keys.includes(key));
}

/** The length an item runs for, given the optional-item choice. */
export function plannedMinutes(item: TimedItem, optional: OptionalChoice): number {
  if (!item.optional) return item.minutes;
  return keepsFullLength(optional, item.key) ? item.minutes : (item.shrinkTo ?? 0);
}

/** Where the layout stands inside one session. Never mutated: placing returns a new one. */
interface SessionState {
  readonly start: number;
  readonly clock: number;
  readonly sinceBreak: number;
  readonly lunchTaken: boolean;
  readonly rows: readonly ScheduleRow[];
}

const emptySession = (settings: FormatSettings): SessionState => ({
  // Every session is on its own day (or evening): the clock restarts at the start time.
  start: settings.start,
  clock: settings.start,
  sinceBreak: 0,
  lunchTaken: settings.lunch === undefined,
  rows: [],
});

/** Lunch or a break, if one is due before an item of `minutes`. */
function pauseBefore(state: SessionState, minutes: number, isBreakItem: boolean, settings: FormatSettings): ScheduleRow | undefined {
  const elapsed = state.clock - state.start;
  if (!state.lunchTaken && settings.lunch && elapsed >= settings.lunch.after && state.rows.length > 0)
    return { type: 'lunch', minutes: settings.lunch.minutes, start: state.clock, end: state.clock + settings.lunch.minutes };
  if (!isBreakItem && settings.breaks && state.sinceBreak > 0 && state.sinceBreak + minutes > settings.breaks.every)
    return { type: 'break', minutes: settings.breaks.minutes, start: state.clock, end: state.clock + settings.breaks.minutes };
  return undefined;
}

interface Planned {
  item: TimedItem;
  minutes: number;
}

/**
 * Places as many of `items` (in order, never splitting one) as the session holds. Returns
 * how many were placed and the session after placing them; `state` is left as it was.
 */
function fill(
  state: SessionState,
  module: TimedModule,
  items: readonly Planned[],
  settings: FormatSettings,
  continued: boolean,
): { count: number; state: SessionState } {
  const limit = state.start + settings.sessionMinutes;
  let current = state;
  let count = 0;
  for (const { item, minutes } of items) {
    const pause = minutes === 0 ? undefined : pauseBefore(current, minutes, item.kind === 'break', settings);
    const clock = pause ? pause.end : current.clock;
    if (clock + minutes > limit) break;
    const rows: ScheduleRow[] = [...current.rows];
    if (pause) rows.push(pause);
    let sinceBreak = pause ? 0 : current.sinceBreak;
    if (minutes > 0) {
      rows.push({
        type: 'item',
        moduleId: module.id,
        moduleTitle: module.title,
        item,
        minutes,
        start: clock,
        end: clock + minutes,
        opensModule: count === 0,
        continuedFromPrevious: continued && count === 0,
        continuesNext: false,
      });
      sinceBreak = item.kind === 'break' ? 0 : sinceBreak + minutes;
    }
    current = {
      start: current.start,
      clock: clock + minutes,
      sinceBreak,
      lunchTaken: current.lunchTaken || pause?.type === 'lunch',
      rows,
    };
    count += 1;
  }
  return { count, state: current };
}

/** The same session with its last item marked "module continues next session". */
function markContinues(state: SessionState): SessionState {
  const index = state.rows.findLastIndex((row) => row.type === 'item');
  const last = state.rows[index];
  if (last?.type !== 'item') return state;
  const rows = [...state.rows];
  rows[index] = { ...last, continuesNext: true };
  return { ...state, rows };
}

/**
 * Lays modules into sessions. Without `allowSplit`, a module that does not fit moves whole
 * to the next session (and the layout fails if a module is longer than a session). With
 * it, sessions are filled in order and modules split at item boundaries.
 * Returns undefined when the layout is impossible.
 */
function layout(modules: readonly TimedModule[], settings: FormatSettings, allowSplit: boolean): SessionState[] | undefined {
  const done: SessionState[] = [];
  let current = emptySession(settings);
  for (const module of modules) {
    let remaining: Planned[] = module.items.map((item) => ({ item, minutes: plannedMinutes(item, settings.optional) }));
    let continued = false;
    while (remaining.length > 0) {
      const attempt = fill(current, module, remaining, settings, continued);
      if (attempt.count === remaining.length) {
        current = attempt.state;
        break;
      }
      if (!allowSplit || attempt.count === 0) {
        if (current.rows.length === 0) return undefined;
      } else {
        done.push(markContinues(attempt.state));
        current = emptySession(settings);
        remaining = remaining.slice(attempt.count);
        continued = true;
        continue;
      }
      done.push(current);
      current = emptySession(settings);
    }
  }
  done.push(current);
  return done;
}

function toSession(state: SessionState, index: number, unit: SessionUnit): ScheduleSession {
  return {
    number: index + 1,
    unit,
    start: state.start,
    end: state.clock,
    rows: [...state.rows],
    contentMinutes: state.rows.reduce((s, r) => s + (r.type === 'item' ? r.minutes : 0), 0),
  };
}

/** The longest single block that can never be split: the longest agenda item at its planned length. */
export function longestItem(modules: readonly TimedModule[], optional: OptionalChoice): { minutes: number; title: string; module: string } {
  let best = { minutes: 0, title: '', module: '' };
  for (const module of modules) {
    for (const item of module.items) {
      const minutes = plannedMinutes(item, optional);
      if (minutes > best.minutes) best = { minutes, title: item.title, module: module.title };
    }
  }
  return best;
}

function summarize(sessions: ScheduleSession[], modules: readonly TimedModule[], optional: OptionalChoice): Schedule {
  const cut: string[] = [];
  const shrunk: string[] = [];
  for (const module of modules) {
    for (const item of module.items) {
      const planned = plannedMinutes(item, optional);
      if (planned === 0) cut.push(item.key);
      else if (planned < item.minutes) shrunk.push(item.key);
    }
  }
  return {
    sessions,
    contentMinutes: sessions.reduce((s, x) => s + x.contentMinutes, 0),
    wallMinutes: sessions.reduce((s, x) => s + (x.end - x.start), 0),
    cut,
    shrunk,
  };
}

/** The shortest session length (in 15-minute steps) that fits everything into `settings.sessions` sessions. */
function shortestFittingSession(modules: readonly TimedModule[], settings: FormatSettings): number | undefined {
  for (let minutes = settings.sessionMinutes + 15; minutes <= 24 * 60; minutes += 15) {
    const sessions = layout(modules, { ...settings, sessionMinutes: minutes }, true);
    if (sessions && sessions.length <= settings.sessions) return minutes;
  }
  return undefined;
}

/**
 * Lays the modules into sessions. Modules move whole to the next session when they can;
 * only when the format would not fit that way are modules split at item boundaries.
 */
export function buildSchedule(modules: readonly TimedModule[], unit: SessionUnit, settings: FormatSettings): ScheduleResult {
  const longest = longestItem(modules, settings.optional);
  if (longest.minutes > settings.sessionMinutes) {
    return {
      ok: false,
      problem: {
        code: 'item-longer-than-session',
        sessionMinutes: settings.sessionMinutes,
        item: longest.title,
        module: longest.module,
        itemMinutes: longest.minutes,
      },
    };
  }
  const whole = layout(modules, settings, false);
  const chosen = whole && whole.length <= settings.sessions ? whole : layout(modules, settings, true);
  // No item is longer than a session, so splitting at item boundaries always lays everything out.
  const needed = chosen?.length ?? settings.sessions + 1;
  if (chosen && needed <= settings.sessions) {
    const sessions = chosen.map((state, i) => toSession(state, i, unit));
    return { ok: true, schedule: summarize(sessions, modules, settings.optional) };
  }
  const longer = shortestFittingSession(modules, settings);
  return {
    ok: false,
    problem: {
      code: 'does-not-fit',
      sessions: settings.sessions,
      sessionMinutes: settings.sessionMinutes,
      needed,
      longer: longer === undefined ? undefined : { minutes: longer, start: settings.start },
    },
  };
}

/** The schedule of a built-in format; built-in formats always fit (a unit test guards it). */
export function builtInSchedule(modules: readonly TimedModule[], format: WorkshopFormat): Schedule {
  const result = buildSchedule(modules, format.unit, format.settings);
  if (!result.ok)
    throw new Error(
      `The built-in format "${format.id}" no longer fits the curriculum (${JSON.stringify(result.problem)}). Adjust its settings in src/lib/formats/data.ts.`,
    );
  return result.schedule;
}

/** The session each module starts in. */
export function sessionOfModule(schedule: Schedule): Map<string, number> {
  const map = new Map<string, number>();
  for (const session of schedule.sessions) {
    for (const row of session.rows) if (row.type === 'item' && !map.has(row.moduleId)) map.set(row.moduleId, session.number);
  }
  return map;
}
