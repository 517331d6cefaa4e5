/**
 * The layout engine: lays the training's modules into days or evenings with clock times,
 * breaks and lunch. Pure and deterministic; the static format pages, the schedule
 * builder, run mode and the print packs all call `buildSchedule`.
 *
 * Rules: an agenda item is never split; a module is split only at item boundaries, and
 * only when the format cannot hold it otherwise ("continues next session"). An item marked
 * `keepWithNext` stays with the next one: no lunch, break or session end comes between
 * them. No session starts or ends with a break, and no break starts less than
 * `LAYOUT_RULES.minutesBetweenPauses` after the session start, lunch or another break (a
 * module's own break that would is left out: the room has just had a pause). A session
 * longer than `LAYOUT_RULES.mealAfterSessionMinutes` needs a meal break; when the settings
 * give none, the schedule carries a notice that says so (`notices`).
 */
import {
  LAYOUT_RULES,
  type FormatSettings,
  type OptionalChoice,
  type SessionUnit,
  type TimedItem,
  type TimedModule,
  type WorkshopFormat,
} from './data.ts';

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

/**
 * A layout rule these settings do not let the schedule keep. The schedule is still laid
 * out; the builder and run mode show the notice (`noticeText` in `messages.ts`).
 */
export type ScheduleNotice =
  | {
      code: 'no-meal-break';
      /** The sessions that run longer than the meal rule without a meal break. */
      sessions: number[];
      /** The longest of them, wall clock. */
      longest: number;
    }
  | {
      code: 'breaks-too-close';
      /** The break rule's `every`. */
      every: number;
    };

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
  /** A module's own breaks left out (the room had just had a pause, or the session ends there), by key. */
  skippedBreaks: string[];
  /** Layout rules these settings break (none for a built-in format; a unit test guards it). */
  notices: ScheduleNotice[];
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
      code: 'kept-together-longer-than-session';
      sessionMinutes: number;
      /** The first and the last of the items that stay together. */
      first: string;
      last: string;
      module: string;
      minutes: number;
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

/**
 * The items in blocks that stay together: a block ends at the first item without
 * `keepWithNext` (a block of one item when nothing is kept together).
 */
export function keptTogether<T extends { item: TimedItem }>(items: readonly T[]): T[][] {
  const blocks: T[][] = [];
  let current: T[] = [];
  for (const entry of items) {
    current.push(entry);
    if (!entry.item.keepWithNext) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Where the layout stands inside one session. Never mutated: placing returns a new one. */
interface SessionState {
  readonly start: number;
  readonly clock: number;
  /** Minutes of items since the session start, lunch or the last break. */
  readonly sinceBreak: number;
  readonly lunchTaken: boolean;
  readonly rows: readonly ScheduleRow[];
  /** Keys of the module breaks left out in this session. */
  readonly skipped: readonly string[];
}

const emptySession = (settings: FormatSettings): SessionState => ({
  // Every session is on its own day (or evening): the clock restarts at the start time.
  start: settings.start,
  clock: settings.start,
  sinceBreak: 0,
  lunchTaken: settings.lunch === undefined,
  rows: [],
  skipped: [],
});

/**
 * Lunch or a break, if one is due before a block of `minutes`. Neither comes first in a
 * session; a break never comes soon after another pause, nor just before lunch.
 */
function pauseBefore(state: SessionState, minutes: number, isBreakItem: boolean, settings: FormatSettings): ScheduleRow | undefined {
  const elapsed = state.clock - state.start;
  // Lunch goes at the block boundary nearest to `lunch.after`: before this block when the
  // block would end further past that time than the session now is before it.
  const lunchDue = settings.lunch !== undefined && 2 * elapsed + minutes > 2 * settings.lunch.after;
  if (!state.lunchTaken && settings.lunch && lunchDue && state.rows.length > 0)
    return { type: 'lunch', minutes: settings.lunch.minutes, start: state.clock, end: state.clock + settings.lunch.minutes };
  // A short block just before lunch runs without a break before it: lunch comes right after.
  const gap = LAYOUT_RULES.minutesBetweenPauses;
  const lunchNear = !state.lunchTaken && settings.lunch !== undefined && minutes < gap && elapsed + minutes >= settings.lunch.after - gap;
  if (!isBreakItem && !lunchNear && settings.breaks && state.sinceBreak >= gap && state.sinceBreak + minutes > settings.breaks.every)
    return { type: 'break', minutes: settings.breaks.minutes, start: state.clock, end: state.clock + settings.breaks.minutes };
  return undefined;
}

interface Planned {
  item: TimedItem;
  minutes: number;
}

/**
 * Places as many of `items` (in order, never splitting an item or a block kept together)
 * as the session holds. Returns how many items were placed and the session after placing
 * them; `state` is left as it was.
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
  let opened = false;
  for (const block of keptTogether(items)) {
    const blockMinutes = block.reduce((sum, planned) => sum + planned.minutes, 0);
    const due = blockMinutes === 0 ? undefined : pauseBefore(current, blockMinutes, block[0]?.item.kind === 'break', settings);
    // Lunch takes the place of a module's own break just before it.
    const before = due?.type === 'lunch' ? withoutTrailingBreaks(current) : current;
    const pause = due && { ...due, start: before.clock, end: before.clock + due.minutes };
    const blockStart = pause ? pause.end : current.clock;
    if (blockStart + blockMinutes > limit) break;
    const rows: ScheduleRow[] = [...before.rows];
    const skipped = [...before.skipped];
    if (pause) rows.push(pause);
    let clock = blockStart;
    let sinceBreak = pause ? 0 : current.sinceBreak;
    for (const { item, minutes } of block) {
      count += 1;
      if (minutes === 0) continue;
      // A module's own break right after a pause (or at the session start) is left out.
      if (item.kind === 'break' && sinceBreak < LAYOUT_RULES.minutesBetweenPauses) {
        skipped.push(item.key);
        continue;
      }
      rows.push({
        type: 'item',
        moduleId: module.id,
        moduleTitle: module.title,
        item,
        minutes,
        start: clock,
        end: clock + minutes,
        opensModule: !opened,
        continuedFromPrevious: continued && !opened,
        continuesNext: false,
      });
      opened = true;
      clock += minutes;
      sinceBreak = item.kind === 'break' ? 0 : sinceBreak + minutes;
    }
    current = { start: current.start, clock, sinceBreak, lunchTaken: current.lunchTaken || pause?.type === 'lunch', rows, skipped };
  }
  return { count, state: current };
}

/** The session without the breaks at its end: a session never ends on a break. */
function withoutTrailingBreaks(state: SessionState): SessionState {
  const rows = [...state.rows];
  const skipped = [...state.skipped];
  for (let last = rows.at(-1); last !== undefined && (last.type !== 'item' || last.item.kind === 'break'); last = rows.at(-1)) {
    rows.pop();
    if (last.type === 'item') skipped.push(last.item.key);
  }
  return { ...state, rows, skipped, clock: rows.at(-1)?.end ?? state.start };
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
 * it, sessions are filled in order and modules split between blocks of items.
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
        done.push(markContinues(withoutTrailingBreaks(attempt.state)));
        current = emptySession(settings);
        remaining = remaining.slice(attempt.count);
        continued = true;
        continue;
      }
      done.push(withoutTrailingBreaks(current));
      current = emptySession(settings);
    }
  }
  done.push(withoutTrailingBreaks(current));
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

/** The longest single item at its planned length. */
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

/**
 * The longest run that can never be split: one item, or items kept together
 * (`keepWithNext`), at their planned length.
 */
export function longestBlock(
  modules: readonly TimedModule[],
  optional: OptionalChoice,
): { minutes: number; first: string; last: string; module: string; items: number } {
  let best = { minutes: 0, first: '', last: '', module: '', items: 0 };
  for (const module of modules) {
    const planned = module.items.map((item) => ({ item, minutes: plannedMinutes(item, optional) }));
    for (const block of keptTogether(planned)) {
      const running = block.filter((p) => p.minutes > 0);
      const minutes = running.reduce((sum, p) => sum + p.minutes, 0);
      if (minutes > best.minutes)
        best = {
          minutes,
          first: running[0]?.item.title ?? '',
          last: running.at(-1)?.item.title ?? '',
          module: module.title,
          items: running.length,
        };
    }
  }
  return best;
}

/** The layout rules these sessions (laid out with these settings) do not keep. */
export function scheduleNotices(sessions: readonly ScheduleSession[], settings: FormatSettings): ScheduleNotice[] {
  const notices: ScheduleNotice[] = [];
  const hungry = sessions.filter(
    (session) =>
      session.end - session.start > LAYOUT_RULES.mealAfterSessionMinutes &&
      !session.rows.some((row) => row.type === 'lunch' && row.minutes >= LAYOUT_RULES.mealMinutes),
  );
  if (hungry.length > 0)
    notices.push({
      code: 'no-meal-break',
      sessions: hungry.map((session) => session.number),
      longest: Math.max(...hungry.map((session) => session.end - session.start)),
    });
  if (settings.breaks && settings.breaks.every < LAYOUT_RULES.minutesBetweenPauses)
    notices.push({ code: 'breaks-too-close', every: settings.breaks.every });
  return notices;
}

function summarize(
  sessions: ScheduleSession[],
  states: readonly SessionState[],
  modules: readonly TimedModule[],
  settings: FormatSettings,
): Schedule {
  const cut: string[] = [];
  const shrunk: string[] = [];
  for (const module of modules) {
    for (const item of module.items) {
      const planned = plannedMinutes(item, settings.optional);
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
    skippedBreaks: states.flatMap((state) => state.skipped),
    notices: scheduleNotices(sessions, settings),
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
 * only when the format would not fit that way are modules split between blocks of items.
 */
export function buildSchedule(modules: readonly TimedModule[], unit: SessionUnit, settings: FormatSettings): ScheduleResult {
  const longest = longestBlock(modules, settings.optional);
  if (longest.minutes > settings.sessionMinutes) {
    return {
      ok: false,
      problem:
        longest.items === 1
          ? {
              code: 'item-longer-than-session',
              sessionMinutes: settings.sessionMinutes,
              item: longest.first,
              module: longest.module,
              itemMinutes: longest.minutes,
            }
          : {
              code: 'kept-together-longer-than-session',
              sessionMinutes: settings.sessionMinutes,
              first: longest.first,
              last: longest.last,
              module: longest.module,
              minutes: longest.minutes,
            },
    };
  }
  const whole = layout(modules, settings, false);
  const chosen = whole && whole.length <= settings.sessions ? whole : layout(modules, settings, true);
  // No block is longer than a session, so splitting between blocks always lays everything out.
  const needed = chosen?.length ?? settings.sessions + 1;
  if (chosen && needed <= settings.sessions) {
    const sessions = chosen.map((state, i) => toSession(state, i, unit));
    return { ok: true, schedule: summarize(sessions, chosen, modules, settings) };
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

/** The route parameters of every day (or evening, or session) of every built-in format. */
export function builtInSessionParams(
  modules: readonly TimedModule[],
  formats: readonly WorkshopFormat[],
): { format: string; session: string }[] {
  return formats.flatMap((format) =>
    builtInSchedule(modules, format).sessions.map((session) => ({ format: format.id, session: String(session.number) })),
  );
}

/** One session of a built-in format's schedule, by its number as the route gives it; throws for one that does not exist. */
export function builtInSession(
  modules: readonly TimedModule[],
  format: WorkshopFormat,
  number: string | undefined,
): { schedule: Schedule; session: Schedule['sessions'][number] } {
  const schedule = builtInSchedule(modules, format);
  const session = schedule.sessions[Number(number) - 1];
  if (!session) throw new Error(`No session ${number ?? ''} in ${format.id}`);
  return { schedule, session };
}

/** The session each module starts in. */
export function sessionOfModule(schedule: Schedule): Map<string, number> {
  const map = new Map<string, number>();
  for (const session of schedule.sessions) {
    for (const row of session.rows) if (row.type === 'item' && !map.has(row.moduleId)) map.set(row.moduleId, session.number);
  }
  return map;
}
