/**
 * Workshop formats: lay the training's sessions into days or evenings with clock times,
 * breaks and lunch. Pure and deterministic; the static format pages, the schedule
 * builder, run mode and the print packs all call `buildSchedule`.
 *
 * Rules: an agenda item is never split; a module is split only at item boundaries, and
 * only when the format cannot hold it otherwise ("continues next session").
 */
import { formatClock, formatDuration, parseClock } from './agenda.ts';

/** The timing data of one agenda item that scheduling needs. */
export interface TimedItem {
  title: string;
  minutes: number;
  kind: string;
  optional: boolean;
  shrinkTo: number | undefined;
  /** Stable key for choosing optional items: "<moduleId>:<item number>". */
  key: string;
  /** Where the item's facilitator notes are, e.g. "/modules/strategy/facilitator/#item-3". */
  notesUrl: string;
}

/** The timing data of one module that scheduling needs. */
export interface TimedModule {
  id: string;
  title: string;
  items: TimedItem[];
}

export interface BreakRule {
  /** Insert a break when this many minutes have run since the last break… */
  every: number;
  /** …of this length. */
  minutes: number;
}

export interface LunchRule {
  /** Lunch starts at the first item boundary this many minutes after the session starts… */
  after: number;
  /** …and lasts this long. */
  minutes: number;
}

/** Which optional items to keep at full length; the rest shrink to their minimum (or are cut). */
export type OptionalChoice = { keep: 'all' } | { keep: 'none' } | { keep: 'some'; keys: readonly string[] };

export interface FormatSettings {
  /** How many days or sessions the format has. */
  sessions: number;
  /** Start time of each session, minutes after midnight. */
  start: number;
  /** Wall-clock length of each session from start to end, breaks and lunch included. */
  sessionMinutes: number;
  lunch: LunchRule | undefined;
  breaks: BreakRule | undefined;
  optional: OptionalChoice;
}

export interface WorkshopFormat {
  id: string;
  name: string;
  /** "Day" or "Session": how each block is named. */
  unit: 'Day' | 'Session' | 'Evening' | 'Half-day';
  summary: string;
  settings: FormatSettings;
}

/** The built-in formats. Each has a static, printable schedule page. */
export const WORKSHOP_FORMATS: readonly WorkshopFormat[] = [
  {
    id: 'two-day',
    name: '2-day intensive',
    unit: 'Day',
    summary: 'Two full days, 08:30 to 18:15. Optional items shrink to their minimum so everything fits.',
    settings: {
      sessions: 2,
      start: 8 * 60 + 30,
      sessionMinutes: 585,
      lunch: { after: 210, minutes: 45 },
      breaks: { every: 105, minutes: 15 },
      optional: { keep: 'none' },
    },
  },
  {
    id: 'three-day',
    name: '3-day training',
    unit: 'Day',
    summary: 'Three days, 09:00 to about 17:30, with lunch and breaks. Every optional item runs at full length.',
    settings: {
      sessions: 3,
      start: 9 * 60,
      sessionMinutes: 525,
      lunch: { after: 180, minutes: 45 },
      breaks: { every: 100, minutes: 15 },
      optional: { keep: 'all' },
    },
  },
  {
    id: 'four-half-days',
    name: 'Four half-days',
    unit: 'Half-day',
    summary: 'Four long half-days, 09:00 to 14:30, without lunch. Optional items shrink to their minimum.',
    settings: {
      sessions: 4,
      start: 9 * 60,
      sessionMinutes: 330,
      lunch: undefined,
      breaks: { every: 100, minutes: 10 },
      optional: { keep: 'none' },
    },
  },
  {
    id: 'weekly-evenings',
    name: 'Weekly evenings',
    unit: 'Evening',
    summary: 'Eleven weekly evenings, 18:00 to 20:30: about one module an evening.',
    settings: {
      sessions: 11,
      start: 18 * 60,
      sessionMinutes: 150,
      lunch: undefined,
      breaks: { every: 90, minutes: 10 },
      optional: { keep: 'all' },
    },
  },
];

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
  label: string;
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

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; problem: string };

/** The length an item runs for, given the optional-item choice. */
export function plannedMinutes(item: TimedItem, optional: OptionalChoice): number {
  if (!item.optional) return item.minutes;
  const keep = optional.keep === 'all' || (optional.keep === 'some' && optional.keys.includes(item.key));
  return keep ? item.minutes : (item.shrinkTo ?? 0);
}

interface Cursor {
  session: ScheduleSession;
  clock: number;
  sinceBreak: number;
  lunchTaken: boolean;
}

function newSession(number: number, unit: string, settings: FormatSettings): Cursor {
  // Every session is on its own day (or evening): the clock restarts at the start time.
  const start = settings.start;
  return {
    session: { number, label: `${unit} ${number}`, start, end: start, rows: [], contentMinutes: 0 },
    clock: start,
    sinceBreak: 0,
    lunchTaken: settings.lunch === undefined,
  };
}

/** Rows to insert before an item of `minutes`: lunch or a break, if due. */
function pauseBefore(cursor: Cursor, minutes: number, isBreakItem: boolean, settings: FormatSettings): ScheduleRow[] {
  const elapsed = cursor.clock - cursor.session.start;
  if (!cursor.lunchTaken && settings.lunch && elapsed >= settings.lunch.after && cursor.session.rows.length > 0) {
    return [{ type: 'lunch', minutes: settings.lunch.minutes, start: cursor.clock, end: cursor.clock + settings.lunch.minutes }];
  }
  if (!isBreakItem && settings.breaks && cursor.sinceBreak > 0 && cursor.sinceBreak + minutes > settings.breaks.every) {
    return [{ type: 'break', minutes: settings.breaks.minutes, start: cursor.clock, end: cursor.clock + settings.breaks.minutes }];
  }
  return [];
}

/** Tries to place `items` in the cursor's session; returns how many fit (never splitting an item). */
function place(
  cursor: Cursor,
  module: TimedModule,
  items: { item: TimedItem; minutes: number }[],
  settings: FormatSettings,
  commit: boolean,
  continued: boolean,
): number {
  const limit = cursor.session.start + settings.sessionMinutes;
  const state = { clock: cursor.clock, sinceBreak: cursor.sinceBreak, lunchTaken: cursor.lunchTaken, rows: [...cursor.session.rows] };
  let placed = 0;
  for (const { item, minutes } of items) {
    const probe: Cursor = {
      session: { ...cursor.session, rows: state.rows },
      clock: state.clock,
      sinceBreak: state.sinceBreak,
      lunchTaken: state.lunchTaken,
    };
    const pauses = minutes === 0 ? [] : pauseBefore(probe, minutes, item.kind === 'break', settings);
    const pauseMinutes = pauses.reduce((s, p) => s + p.minutes, 0);
    if (state.clock + pauseMinutes + minutes > limit) break;
    for (const pause of pauses) {
      state.rows.push(pause);
      state.clock = pause.end;
      state.sinceBreak = 0;
      if (pause.type === 'lunch') state.lunchTaken = true;
    }
    if (minutes > 0) {
      state.rows.push({
        type: 'item',
        moduleId: module.id,
        moduleTitle: module.title,
        item,
        minutes,
        start: state.clock,
        end: state.clock + minutes,
        opensModule: placed === 0,
        continuedFromPrevious: continued && placed === 0,
        continuesNext: false,
      });
      state.clock += minutes;
      state.sinceBreak = item.kind === 'break' ? 0 : state.sinceBreak + minutes;
    }
    placed += 1;
  }
  if (commit && placed > 0) {
    cursor.session.rows = state.rows;
    cursor.clock = state.clock;
    cursor.sinceBreak = state.sinceBreak;
    cursor.lunchTaken = state.lunchTaken;
    cursor.session.end = state.clock;
    cursor.session.contentMinutes = state.rows.reduce((s, r) => s + (r.type === 'item' ? r.minutes : 0), 0);
  }
  return placed;
}

/**
 * Lays modules into sessions. Without `allowSplit`, a module that does not fit moves whole
 * to the next session (and the layout fails if a module is longer than a session). With
 * it, sessions are filled in order and modules split at item boundaries.
 * Returns no sessions when the layout is impossible.
 */
function layout(modules: readonly TimedModule[], unit: string, settings: FormatSettings, allowSplit: boolean): ScheduleSession[] {
  const sessions: ScheduleSession[] = [];
  let cursor = newSession(1, unit, settings);
  sessions.push(cursor.session);
  const next = () => {
    cursor = newSession(sessions.length + 1, unit, settings);
    sessions.push(cursor.session);
  };
  for (const module of modules) {
    let remaining = module.items.map((item) => ({ item, minutes: plannedMinutes(item, settings.optional) }));
    let continued = false;
    while (remaining.length > 0) {
      if (place(cursor, module, remaining, settings, false, continued) === remaining.length) {
        place(cursor, module, remaining, settings, true, continued);
        break;
      }
      const empty = cursor.session.rows.length === 0;
      if (!allowSplit) {
        if (empty) return [];
        next();
        continue;
      }
      const count = place(cursor, module, remaining, settings, true, continued);
      if (count === 0) {
        if (empty) return [];
        next();
        continue;
      }
      const last = cursor.session.rows.findLast((row) => row.type === 'item');
      if (last?.type === 'item') last.continuesNext = true;
      remaining = remaining.slice(count);
      continued = true;
      next();
    }
  }
  return sessions;
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

/** The shortest session length (in 15-minute steps) that fits everything into `sessions` sessions. */
function shortestFittingSession(modules: readonly TimedModule[], unit: string, settings: FormatSettings): number | undefined {
  for (let minutes = settings.sessionMinutes + 15; minutes <= 24 * 60; minutes += 15) {
    const sessions = layout(modules, unit, { ...settings, sessionMinutes: minutes }, true);
    if (sessions.length > 0 && sessions.length <= settings.sessions) return minutes;
  }
  return undefined;
}

/**
 * Lays the modules into sessions. Modules move whole to the next session when they can;
 * only when the format would not fit that way are modules split at item boundaries.
 */
export function buildSchedule(modules: readonly TimedModule[], unit: string, settings: FormatSettings): ScheduleResult {
  const longest = longestItem(modules, settings.optional);
  if (longest.minutes > settings.sessionMinutes) {
    return {
      ok: false,
      problem: `A session of ${formatDuration(settings.sessionMinutes)} is shorter than the longest item, "${longest.title}" in ${longest.module} (${formatDuration(longest.minutes)}), which cannot be split. Make each session at least ${formatDuration(longest.minutes)} long.`,
    };
  }
  for (const allowSplit of [false, true]) {
    const sessions = layout(modules, unit, settings, allowSplit);
    if (sessions.length > 0 && sessions.length <= settings.sessions)
      return { ok: true, schedule: summarize(sessions, modules, settings.optional) };
  }
  const needed = layout(modules, unit, settings, true).length;
  const longer = shortestFittingSession(modules, unit, settings);
  const lengthen = longer
    ? ` or make each session ${formatDuration(longer)} long (${formatClock(settings.start)}–${formatClock(settings.start + longer)})`
    : '';
  return {
    ok: false,
    problem: `The training does not fit in ${settings.sessions} ${settings.sessions === 1 ? 'session' : 'sessions'} of ${formatDuration(settings.sessionMinutes)}: it needs ${needed}. Add sessions (at least ${needed})${lengthen}, or shrink optional items.`,
  };
}

/** Settings a trainer can type or share in a link, before validation. */
export interface RawSettings {
  format?: string | null | undefined;
  sessions?: string | null | undefined;
  start?: string | null | undefined;
  length?: string | null | undefined;
  lunch?: string | null | undefined;
  lunchAfter?: string | null | undefined;
  breakEvery?: string | null | undefined;
  breakMinutes?: string | null | undefined;
  keep?: string | null | undefined;
}

/** Reads the settings fields from a query string (unknown parameters are ignored). */
export function rawSettingsFromQuery(search: string): RawSettings {
  const q = new URLSearchParams(search);
  return {
    format: q.get('format'),
    start: q.get('start'),
    sessions: q.get('sessions'),
    length: q.get('length'),
    lunch: q.get('lunch'),
    lunchAfter: q.get('lunchAfter'),
    breakEvery: q.get('breakEvery'),
    breakMinutes: q.get('breakMinutes'),
    keep: q.get('keep'),
  };
}

export interface ParsedSettings {
  format: WorkshopFormat;
  settings: FormatSettings;
  /** Friendly messages for every value that was wrong and replaced by a default. */
  warnings: string[];
}

function wholeIn(value: string | null | undefined, min: number, max: number): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (!/^\d{1,4}$/.test(value)) return Number.NaN;
  const n = Number(value);
  return n >= min && n <= max ? n : Number.NaN;
}

/**
 * Reads settings from a link or a form. Every value is checked; anything wrong is
 * replaced by the format's default and reported in `warnings` (as plain text — callers
 * must render it as text, never as HTML).
 */
export function parseSettings(raw: RawSettings, knownItemKeys: readonly string[]): ParsedSettings {
  const warnings: string[] = [];
  const requested = raw.format ?? 'three-day';
  let format = WORKSHOP_FORMATS.find((f) => f.id === requested);
  if (!format) {
    if (requested !== 'custom') warnings.push('The link named a format this site does not have, so the 3-day format is shown.');
    format = WORKSHOP_FORMATS.find((f) => f.id === 'three-day') as WorkshopFormat;
  }
  const base = format.settings;
  const settings: FormatSettings = { ...base };
  const custom = requested === 'custom';

  const number = (value: string | null | undefined, min: number, max: number, label: string, fallback: number): number => {
    const n = wholeIn(value, min, max);
    if (n === undefined) return fallback;
    if (Number.isNaN(n)) {
      warnings.push(`${label} must be a whole number from ${min} to ${max}; the default (${fallback}) is used instead.`);
      return fallback;
    }
    return n;
  };

  settings.sessions = number(raw.sessions, 1, 30, 'The number of sessions', base.sessions);
  if (raw.start !== undefined && raw.start !== null && raw.start !== '') {
    const start = parseClock(raw.start);
    if (start === null) warnings.push(`The start time must look like 09:00; the default (${formatClock(base.start)}) is used instead.`);
    else settings.start = start;
  }
  settings.sessionMinutes = number(raw.length, 30, 900, 'The session length in minutes', base.sessionMinutes);
  const lunchMinutes = number(raw.lunch, 0, 120, 'The lunch length in minutes', base.lunch?.minutes ?? 0);
  const lunchAfter = number(raw.lunchAfter, 30, 600, 'The minutes before lunch', base.lunch?.after ?? 180);
  settings.lunch = lunchMinutes > 0 ? { minutes: lunchMinutes, after: lunchAfter } : undefined;
  const breakMinutes = number(raw.breakMinutes, 0, 30, 'The break length in minutes', base.breaks?.minutes ?? 0);
  const breakEvery = number(raw.breakEvery, 30, 300, 'The minutes between breaks', base.breaks?.every ?? 90);
  settings.breaks = breakMinutes > 0 ? { minutes: breakMinutes, every: breakEvery } : undefined;

  const keep = raw.keep;
  if (keep === 'all') settings.optional = { keep: 'all' };
  else if (keep === 'none') settings.optional = { keep: 'none' };
  else if (keep) {
    const keys = keep.split(',').filter((k) => k !== '');
    const unknown = keys.filter((k) => !knownItemKeys.includes(k));
    if (unknown.length === 1) warnings.push('One optional item in the link no longer exists and was left out.');
    if (unknown.length > 1) warnings.push(`${unknown.length} optional items in the link no longer exist and were left out.`);
    settings.optional = { keep: 'some', keys: keys.filter((k) => knownItemKeys.includes(k)) };
  }
  return {
    format: custom ? { ...format, id: 'custom', name: 'Custom format', unit: 'Session', summary: 'Your own settings.' } : format,
    settings,
    warnings,
  };
}

/** The query string that reproduces these settings (for shareable links). */
export function settingsQuery(formatId: string, settings: FormatSettings): string {
  const params = new URLSearchParams({
    format: formatId,
    start: formatClock(settings.start),
    sessions: String(settings.sessions),
    length: String(settings.sessionMinutes),
    lunch: String(settings.lunch?.minutes ?? 0),
  });
  if (settings.lunch) params.set('lunchAfter', String(settings.lunch.after));
  params.set('breakMinutes', String(settings.breaks?.minutes ?? 0));
  if (settings.breaks) params.set('breakEvery', String(settings.breaks.every));
  params.set('keep', settings.optional.keep === 'some' ? settings.optional.keys.join(',') : settings.optional.keep);
  return params.toString();
}

/** The timing view of the curriculum's modules, in training order. */
export function timedModules(
  modules: readonly {
    id: string;
    title: string;
    facilitatorUrl: string;
    agenda: readonly {
      number: number;
      anchor: string;
      title: string;
      minutes: number;
      kind: string;
      optional: boolean;
      shrinkTo?: number | undefined;
    }[];
  }[],
): TimedModule[] {
  return modules.map((m) => ({
    id: m.id,
    title: m.title,
    items: m.agenda.map((item) => ({
      title: item.title,
      minutes: item.minutes,
      kind: item.kind,
      optional: item.optional,
      shrinkTo: item.shrinkTo,
      key: `${m.id}:${item.number}`,
      notesUrl: `${m.facilitatorUrl}#${item.anchor}`,
    })),
  }));
}

/** The built-in format with this id (a programming error if it does not exist). */
export function formatById(id: string): WorkshopFormat {
  const format = WORKSHOP_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`No workshop format "${id}".`);
  return format;
}

/** The schedule of a built-in format; built-in formats always fit (a unit test guards it). */
export function builtInSchedule(modules: readonly TimedModule[], format: WorkshopFormat): Schedule {
  const result = buildSchedule(modules, format.unit, format.settings);
  if (!result.ok)
    throw new Error(
      `The built-in format "${format.name}" no longer fits the curriculum: ${result.problem} Adjust its settings in src/lib/formats.ts.`,
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
