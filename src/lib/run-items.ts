/** The items run mode steps through, for a module or for one session of a schedule. */
import type { Module } from './curriculum.ts';
import type { ScheduleSession } from './formats.ts';
import type { RunItem } from './runmode.ts';
import type { Translate } from './schedule-text.ts';
import { paths } from './urls.ts';

export type RunItemInput = Omit<RunItem, 'originalMinutes' | 'skipped'>;

export function moduleRunItems(module: Module): RunItemInput[] {
  return module.agenda.map((item) => ({
    title: item.title,
    minutes: item.minutes,
    optional: item.optional,
    shrinkTo: item.shrinkTo,
    kind: item.kind,
    notesUrl: `${paths.facilitator(module.id)}#${item.anchor}`,
  }));
}

/** The rows of one session of a schedule; inserted breaks and lunch are named with `t`. */
export function sessionRunItems(session: ScheduleSession, t: Translate): RunItemInput[] {
  return session.rows.map((row) =>
    row.type === 'item'
      ? {
          title: `${row.item.title} (${row.moduleTitle})`,
          minutes: row.minutes,
          optional: row.item.optional && row.minutes > (row.item.shrinkTo ?? 0),
          shrinkTo: row.item.shrinkTo,
          kind: row.item.kind,
          notesUrl: row.item.notesUrl,
        }
      : {
          title: t(row.type === 'lunch' ? 'schedule.lunch' : 'schedule.break'),
          minutes: row.minutes,
          optional: false,
          shrinkTo: undefined,
          kind: 'break',
          notesUrl: undefined,
        },
  );
}
