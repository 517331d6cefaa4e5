/** The items run mode steps through, for a module or for one session of a schedule. */
import type { Activity, Module } from './curriculum.ts';
import type { ScheduleSession } from './formats.ts';
import { fitSteps, type RunItem, type RunNotes, type RunStep } from './runmode.ts';
import type { Translate } from './schedule-text.ts';
import { paths } from './urls.ts';

export type RunItemInput = Omit<RunItem, 'originalMinutes' | 'skipped'>;

/** What run mode shows of one agenda item beyond its timing: the activity's steps and the facilitator notes. */
export interface RunDetail {
  /** The activity's steps as written (fitted to the item's minutes when the run items are made). */
  steps: RunStep[];
  notes: RunNotes;
}

/** Details of every agenda item, by the schedule key "<moduleId>:<item number>" (see `timedModules`). */
export type RunDetails = Record<string, RunDetail>;

export function runDetails(
  modules: readonly Pick<Module, 'id' | 'agenda'>[],
  activities: readonly Pick<Activity, 'id' | 'steps'>[],
): RunDetails {
  const details: RunDetails = {};
  for (const module of modules)
    for (const item of module.agenda) {
      const activity = item.activityId ? activities.find((a) => a.id === item.activityId) : undefined;
      const note = item.facilitator;
      details[`${module.id}:${item.number}`] = {
        // Titles and minutes only: the step instructions are on the activity and facilitator pages.
        steps: (activity?.steps ?? []).map((s) => ({ title: s.title, minutes: s.minutes })),
        notes: { say: note.say, watchFor: note.watchFor, ifLate: note.ifLate, interpreted: note.interpreted },
      };
    }
  return details;
}

/** Where run items find their steps and notes. */
export interface RunItemOptions {
  details: RunDetails;
  /** The name of the step made of the minutes an activity's steps leave free (`runMode.step.setup`). */
  setupTitle: string;
}

/** The steps of an item of `minutes`: the activity's steps, with the minutes they leave free as a first step. */
function stepsFor(detail: RunDetail | undefined, minutes: number, setupTitle: string): RunStep[] {
  return detail ? fitSteps(detail.steps, minutes, setupTitle) : [];
}

export function moduleRunItems(module: Module, { details, setupTitle }: RunItemOptions): RunItemInput[] {
  return module.agenda.map((item) => {
    const detail = details[`${module.id}:${item.number}`];
    return {
      title: item.title,
      minutes: item.minutes,
      optional: item.optional,
      shrinkTo: item.shrinkTo,
      kind: item.kind,
      notesUrl: `${paths.facilitator(module.id)}#${item.anchor}`,
      steps: stepsFor(detail, item.minutes, setupTitle),
      notes: detail?.notes,
    };
  });
}

/** The rows of one session of a schedule; inserted breaks and lunch are named with `t`. */
export function sessionRunItems(
  session: ScheduleSession,
  t: Translate,
  { details, setupTitle }: RunItemOptions = { details: {}, setupTitle: '' },
): RunItemInput[] {
  return session.rows.map((row) => {
    if (row.type !== 'item')
      return {
        title: t(row.type === 'lunch' ? 'schedule.lunch' : 'schedule.break'),
        minutes: row.minutes,
        optional: false,
        shrinkTo: undefined,
        kind: 'break',
        notesUrl: undefined,
        steps: [],
        notes: undefined,
      };
    const detail = details[row.item.key];
    return {
      title: `${row.item.title} (${row.moduleTitle})`,
      minutes: row.minutes,
      optional: row.item.optional && row.minutes > (row.item.shrinkTo ?? 0),
      shrinkTo: row.item.shrinkTo,
      kind: row.item.kind,
      notesUrl: row.item.notesUrl,
      steps: stepsFor(detail, row.minutes, setupTitle),
      notes: detail?.notes,
    };
  });
}
