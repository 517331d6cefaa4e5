/**
 * The texts of the link codec's warnings and the layout engine's problems, made at the
 * edge from the interface dictionary (the engine and the codec only return codes).
 */
import { durationWords, formatClock, formatDuration } from '../agenda.ts';
import { isScheduleTextKey, type ScheduleTextKey, type Translate } from '../schedule-text.ts';
import { LAYOUT_RULES, type FormatSettings, type NumberField, type SessionUnit } from './data.ts';
import type { Schedule, ScheduleNotice, ScheduleProblem } from './engine.ts';
import type { SettingsWarning } from './link.ts';

const fieldKey: Record<NumberField, ScheduleTextKey> = {
  sessions: 'builder.field.sessions',
  length: 'builder.field.length',
  lunch: 'builder.field.lunch',
  lunchAfter: 'builder.field.lunchAfter',
  breakMinutes: 'builder.field.breakMinutes',
  breakEvery: 'builder.field.breakEvery',
};

/** Any `t` that fills values: a schedule `Translate`, or `Astro.locals.t`. */
type Words = (key: ScheduleTextKey, values: Readonly<Record<string, string | number>>) => string;

/** "3-day training": a format's name; a format the dictionary does not know shows its id. */
export function formatName(t: Words, id: string): string {
  const key = `schedule.format.name.${id}`;
  return isScheduleTextKey(key) ? t(key, {}) : id;
}

/**
 * The sentence that says what a format is, with its times from the data: the start, the
 * latest end of its schedule (rounded up to a quarter hour), its lunch and its number of
 * sessions. Empty for a format the dictionary does not know.
 */
export function formatSummary(t: Translate, id: string, settings?: FormatSettings, schedule?: Schedule): string {
  const key = `schedule.format.summary.${id}`;
  if (!isScheduleTextKey(key)) return '';
  const latest = Math.max(0, ...(schedule?.sessions.map((s) => s.end) ?? []));
  const values = {
    from: settings ? formatClock(settings.start) : '',
    to: schedule ? formatClock(Math.ceil(latest / 15) * 15) : '',
    lunch: settings?.lunch ? formatDuration(settings.lunch.minutes, durationWords(t)) : '',
    sessions: schedule?.sessions.length ?? settings?.sessions ?? 0,
  };
  return t(key, values);
}

/** "Day 1", "Evening 3": the name of a session. */
export const sessionLabel = (t: Words, unit: SessionUnit, number: number): string => t(`schedule.unit.${unit}.label`, { number });

/** "day", "evening": the unit as a word inside a sentence ("continued from the previous day"). */
export const unitWord = (t: Words, unit: SessionUnit): string => t(`schedule.unit.${unit}.word`, {});

/** "1 day", "3 half-days". */
export const unitCount = (t: Words, unit: SessionUnit, count: number): string =>
  t(count === 1 ? `schedule.unit.${unit}.count.one` : `schedule.unit.${unit}.count.other`, { count });

/** "1 session", "3 sessions". */
export const sessionCount = (t: Translate, count: number): string =>
  t(count === 1 ? 'schedule.sessions.one' : 'schedule.sessions.other', { count });

export function warningText(warning: SettingsWarning, t: Translate): string {
  switch (warning.code) {
    case 'unknown-format':
      return t('builder.message.unknownFormat', { format: formatName(t, warning.fallback) });
    case 'not-a-whole-number':
      return t('builder.message.notWholeNumber', {
        field: t(fieldKey[warning.field]),
        min: warning.min,
        max: warning.max,
        fallback: warning.fallback,
      });
    case 'bad-start':
      return t('builder.message.badStart', { fallback: warning.fallback });
    case 'unknown-items':
      return warning.count === 1
        ? t('builder.message.unknownItems.one')
        : t('builder.message.unknownItems.other', { count: warning.count });
    case 'unknown-language':
      return t('builder.message.unknownLanguage');
  }
}

export function problemText(problem: ScheduleProblem, t: Translate): string {
  switch (problem.code) {
    case 'item-longer-than-session':
      return t('schedule.problem.itemLongerThanSession', {
        session: formatDuration(problem.sessionMinutes, durationWords(t)),
        item: problem.item,
        module: problem.module,
        minutes: formatDuration(problem.itemMinutes, durationWords(t)),
      });
    case 'kept-together-longer-than-session':
      return t('schedule.problem.keptTogetherLongerThanSession', {
        session: formatDuration(problem.sessionMinutes, durationWords(t)),
        first: problem.first,
        last: problem.last,
        module: problem.module,
        minutes: formatDuration(problem.minutes, durationWords(t)),
      });
    case 'does-not-fit': {
      const values = {
        sessions: sessionCount(t, problem.sessions),
        length: formatDuration(problem.sessionMinutes, durationWords(t)),
        needed: problem.needed,
      };
      if (!problem.longer) return t('schedule.problem.doesNotFit', values);
      return t('schedule.problem.doesNotFitLonger', {
        ...values,
        longer: formatDuration(problem.longer.minutes, durationWords(t)),
        from: formatClock(problem.longer.start),
        to: formatClock(problem.longer.start + problem.longer.minutes),
      });
    }
  }
}

/** "Sessions 1 and 3 run up to 5 h without a meal break…": what the settings cannot honour. */
export function noticeText(notice: ScheduleNotice, t: Translate, unit: SessionUnit): string {
  const words = durationWords(t);
  switch (notice.code) {
    case 'no-meal-break': {
      const names = notice.sessions.map((n) => sessionLabel(t, unit, n));
      return t(notice.sessions.length === 1 ? 'schedule.notice.noMealBreak.one' : 'schedule.notice.noMealBreak.other', {
        sessions: names.join(', '),
        longest: formatDuration(notice.longest, words),
        limit: formatDuration(LAYOUT_RULES.mealAfterSessionMinutes, words),
        meal: formatDuration(LAYOUT_RULES.mealMinutes, words),
      });
    }
    case 'breaks-too-close':
      return t('schedule.notice.breaksTooClose', {
        every: formatDuration(notice.every, words),
        gap: formatDuration(LAYOUT_RULES.minutesBetweenPauses, words),
      });
  }
}
