/**
 * The agenda engine: clock times, totals and durations, from whole minutes only.
 * Every page, the run mode and the print packs call these functions, so a start time
 * and a list of minutes always give the same clock everywhere.
 */

/** Minutes in a day. */
export const DAY = 24 * 60;

/** Anything with a length in whole minutes, and whether it can shrink. */
export interface Timed {
  minutes: number;
  optional?: boolean;
  shrinkTo?: number | undefined;
}

/** A timed item placed on the clock: `start` and `end` are minutes after midnight of day one. */
export type Scheduled<T> = T & { start: number; end: number };

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Reads "09:00" or "9:00" as minutes after midnight; `null` if it is not a 24-hour time. */
export function parseClock(text: string): number | null {
  const match = CLOCK.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Writes minutes after midnight as "HH:MM" on a 24-hour clock, wrapping past midnight. */
export function formatClock(minutes: number): string {
  const inDay = ((minutes % DAY) + DAY) % DAY;
  const hours = Math.floor(inDay / 60);
  const mins = inDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(mins).padStart(2, '0')}`;
}

/** How many midnights a time is past the first day's (0 on the first day). */
export function dayOffset(minutes: number): number {
  return Math.floor(minutes / DAY);
}

/**
 * The words of a duration in one language. `durationWords(t)` (src/lib/labels.ts) reads them
 * from the interface dictionary (`label.duration.*`); this module holds no words.
 */
export interface DurationWords {
  minutes: (minutes: number) => string;
  hours: (hours: number) => string;
  hoursMinutes: (hours: number, minutes: number) => string;
}

/** The dictionary keys `durationWords` reads. */
export type DurationKey = 'label.duration.hours' | 'label.duration.hoursMinutes' | 'label.duration.minutes';

/** The words of a duration in the language of `t` (`Astro.locals.t`, or a schedule `Translate`). */
export function durationWords(t: (key: DurationKey, values: Record<string, number>) => string): DurationWords {
  return {
    minutes: (minutes) => t('label.duration.minutes', { minutes }),
    hours: (hours) => t('label.duration.hours', { hours }),
    hoursMinutes: (hours, minutes) => t('label.duration.hoursMinutes', { hours, minutes }),
  };
}

/** The whole hours and the minutes left of a length: 90 → { hours: 1, minutes: 30 }. */
export function durationParts(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** In English: "45 min", "1 h", "1 h 30 min", "18 h 30 min". */
export function formatDuration(minutes: number, words: DurationWords): string {
  if (minutes < 60) return words.minutes(minutes);
  const parts = durationParts(minutes);
  return parts.minutes === 0 ? words.hours(parts.hours) : words.hoursMinutes(parts.hours, parts.minutes);
}

/** Hours as a short decimal for prose: 1110 → "18.5". */
export function formatHours(minutes: number): string {
  const tenths = Math.round((minutes / 60) * 10);
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/** The sum of every item's minutes. */
export function totalMinutes(items: readonly Timed[]): number {
  return items.reduce((sum, item) => sum + item.minutes, 0);
}

/** The length with every optional item cut. */
export function coreMinutes(items: readonly Timed[]): number {
  return items.reduce((sum, item) => sum + (item.optional ? 0 : item.minutes), 0);
}

/** The length with every optional item shrunk to its minimum. */
export function shortestMinutes(items: readonly Timed[]): number {
  return items.reduce((sum, item) => sum + (item.optional ? (item.shrinkTo ?? 0) : item.minutes), 0);
}

/** Places items one after another from `start` (minutes after midnight). */
export function runOfShow<T extends Timed>(items: readonly T[], start: number): Scheduled<T>[] {
  let clock = start;
  return items.map((item) => {
    const placed = { ...item, start: clock, end: clock + item.minutes };
    clock = placed.end;
    return placed;
  });
}

/** The running total after each item: [15, 40, 100…]. */
export function runningTotals(items: readonly Timed[]): number[] {
  let sum = 0;
  return items.map((item) => (sum += item.minutes));
}
