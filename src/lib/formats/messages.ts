/**
 * The texts of the link codec's warnings and the layout engine's problems, made at the
 * edge from the interface dictionary (the engine and the codec only return codes).
 */
import { durationWords, formatClock, formatDuration } from '../agenda.ts';
import type { ScheduleTextKey, Translate } from '../schedule-text.ts';
import type { NumberField } from './data.ts';
import type { ScheduleProblem } from './engine.ts';
import type { SettingsWarning } from './link.ts';

const fieldKey: Record<NumberField, ScheduleTextKey> = {
  sessions: 'builder.field.sessions',
  length: 'builder.field.length',
  lunch: 'builder.field.lunch',
  lunchAfter: 'builder.field.lunchAfter',
  breakMinutes: 'builder.field.breakMinutes',
  breakEvery: 'builder.field.breakEvery',
};

/** "1 session", "3 sessions". */
export const sessionCount = (t: Translate, count: number): string =>
  t(count === 1 ? 'schedule.sessions.one' : 'schedule.sessions.other', { count });

export function warningText(warning: SettingsWarning, t: Translate): string {
  switch (warning.code) {
    case 'unknown-format':
      return t('builder.message.unknownFormat', { format: warning.fallback });
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
