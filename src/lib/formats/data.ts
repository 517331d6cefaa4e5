/**
 * Workshop formats as data: the built-in formats and the limits and defaults of every
 * setting a trainer can change in the schedule builder or in a link. One table; the
 * builder's inputs, the link codec and the layout engine all read it.
 */
import type { AgendaItemKind } from '../../schemas/module.ts';

/** The timing data of one agenda item that scheduling needs. */
export interface TimedItem {
  title: string;
  minutes: number;
  kind: AgendaItemKind;
  optional: boolean;
  shrinkTo: number | undefined;
  /** The item stays with the next one: no lunch, break or session end between them. */
  keepWithNext: boolean;
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
  /** Lunch starts at the item boundary nearest to this many minutes after the session starts… */
  after: number;
  /** …and lasts this long. */
  minutes: number;
}

/** Layout rules every format follows: the engine keeps them, and says when settings do not let it. */
export const LAYOUT_RULES = {
  /** A session longer than this (wall clock, in minutes) needs a meal break… */
  mealAfterSessionMinutes: 240,
  /** …of at least this many minutes. */
  mealMinutes: 30,
  /**
   * No break starts less than this many minutes after the session starts, lunch or another
   * break; a module's own break that would is left out.
   */
  minutesBetweenPauses: 45,
} as const;

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

/**
 * How each block of a format is named: a code; the words ("Day 1", "3 days") are in the
 * interface dictionary (`schedule.unit.<code>.*`, read by src/lib/formats/messages.ts).
 */
export const sessionUnits = ['day', 'session', 'evening', 'half-day', 'weekend-day'] as const;
export type SessionUnit = (typeof sessionUnits)[number];

/** A workshop format. Its name and summary are in the dictionary (`schedule.format.name.<id>`, `schedule.format.summary.<id>`). */
export interface WorkshopFormat {
  id: string;
  unit: SessionUnit;
  settings: FormatSettings;
}

/** The built-in formats. Each has a static, printable schedule page. */
export const WORKSHOP_FORMATS: readonly WorkshopFormat[] = [
  {
    id: 'two-day',
    unit: 'day',
    settings: {
      sessions: 2,
      start: 8 * 60,
      sessionMinutes: 630,
      lunch: { after: 210, minutes: 45 },
      breaks: { every: 105, minutes: 15 },
      optional: { keep: 'none' },
    },
  },
  {
    id: 'three-day',
    unit: 'day',
    settings: {
      sessions: 3,
      start: 9 * 60,
      sessionMinutes: 510,
      lunch: { after: 180, minutes: 45 },
      breaks: { every: 100, minutes: 15 },
      optional: { keep: 'all' },
    },
  },
  {
    id: 'four-half-days',
    unit: 'half-day',
    settings: {
      sessions: 4,
      start: 9 * 60,
      sessionMinutes: 360,
      lunch: { after: 150, minutes: 30 },
      breaks: { every: 100, minutes: 10 },
      optional: { keep: 'none' },
    },
  },
  {
    // Four Saturdays or Sundays, a week or two apart: a late start after a Friday night shift,
    // and home before dinner.
    id: 'four-weekend-days',
    unit: 'weekend-day',
    settings: {
      sessions: 4,
      start: 10 * 60,
      sessionMinutes: 420,
      lunch: { after: 150, minutes: 45 },
      breaks: { every: 100, minutes: 15 },
      optional: { keep: 'all' },
    },
  },
  {
    id: 'weekly-evenings',
    unit: 'evening',
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

/** The format the builder opens with, and the one a link falls back to. */
export const DEFAULT_FORMAT_ID = 'three-day';

/** The id a link or the builder uses for "my own settings". */
export const CUSTOM_FORMAT_ID = 'custom';

/** How a custom format is named and laid out. */
export const CUSTOM_FORMAT: Omit<WorkshopFormat, 'settings'> = {
  id: CUSTOM_FORMAT_ID,
  unit: 'session',
};

/** The number settings a trainer can change, by their name in the builder form and in links. */
export const numberFields = ['sessions', 'length', 'lunch', 'lunchAfter', 'breakMinutes', 'breakEvery'] as const;
export type NumberField = (typeof numberFields)[number];

export interface NumberLimit {
  min: number;
  max: number;
  /** The step of the builder's input (links may carry any whole number in range). */
  step: number;
  /**
   * The value used when the format has none (e.g. "lunch after" for a format without lunch).
   * Fields every format has take their default from the format.
   */
  fallback: number | undefined;
}

/** Limits and fallbacks of every number setting: the builder's inputs and the link codec read these. */
export const NUMBER_LIMITS: Readonly<Record<NumberField, NumberLimit>> = {
  sessions: { min: 1, max: 30, step: 1, fallback: undefined },
  length: { min: 30, max: 900, step: 5, fallback: undefined },
  lunch: { min: 0, max: 120, step: 5, fallback: 0 },
  lunchAfter: { min: 30, max: 600, step: 5, fallback: 180 },
  breakMinutes: { min: 0, max: 30, step: 5, fallback: 0 },
  breakEvery: { min: 30, max: 300, step: 5, fallback: 90 },
};

/** The start time input moves in steps of this many minutes. */
export const START_STEP_MINUTES = 5;

/** The value of a number field in these settings (fallbacks for a missing lunch or break rule). */
export function numberValue(settings: FormatSettings, field: NumberField): number {
  const fallback = NUMBER_LIMITS[field].fallback ?? 0;
  switch (field) {
    case 'sessions':
      return settings.sessions;
    case 'length':
      return settings.sessionMinutes;
    case 'lunch':
      return settings.lunch?.minutes ?? fallback;
    case 'lunchAfter':
      return settings.lunch?.after ?? fallback;
    case 'breakMinutes':
      return settings.breaks?.minutes ?? fallback;
    case 'breakEvery':
      return settings.breaks?.every ?? fallback;
  }
}

/** The built-in format with this id, or undefined. */
export function findFormat(id: string): WorkshopFormat | undefined {
  return WORKSHOP_FORMATS.find((f) => f.id === id);
}

/** The built-in format with this id (a programming error if it does not exist). */
export function formatById(id: string): WorkshopFormat {
  const format = findFormat(id);
  if (!format) throw new Error(`No workshop format "${id}".`);
  return format;
}

/** The format the builder opens with. */
export const defaultFormat = (): WorkshopFormat => formatById(DEFAULT_FORMAT_ID);

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
      kind: AgendaItemKind;
      optional: boolean;
      shrinkTo?: number | undefined;
      keepWithNext: boolean;
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
      keepWithNext: item.keepWithNext,
      key: `${m.id}:${item.number}`,
      notesUrl: `${m.facilitatorUrl}#${item.anchor}`,
    })),
  }));
}

/** The attributes of the builder's input for a number setting, with its value in these settings. */
export function numberInput(field: NumberField, settings: FormatSettings): { min: number; max: number; step: number; value: number } {
  const { min, max, step } = NUMBER_LIMITS[field];
  return { min, max, step, value: numberValue(settings, field) };
}
