/**
 * What pages show, computed from the curriculum. Templates lay these rows out; they do
 * not add minutes, sort or filter themselves.
 */
import { durationWords, formatClock, formatDuration, runOfShow } from './agenda.ts';
import type { Activity, AgendaItem, CaseStudy, CoachingCall, Curriculum, Module, Picture, Practice, Program } from './curriculum.ts';
import type { Schedule } from './formats.ts';
import { sessionLabel } from './formats/messages.ts';
import { lookup } from './curriculum.ts';
import type { AgendaItemKind } from '../schemas/module.ts';
import type { Material, PreparationTask } from '../schemas/shared.ts';
import { dueOrder, english, labelsIn, type Translate } from './labels.ts';
import { amountLabel } from './materials.ts';

/*
 * Every word these rows hold comes from `t` (`Astro.locals.t` on a page; English from the
 * dictionary when left out).
 */

/** The start time facilitator pages use when no schedule says otherwise. */
export const DEFAULT_START = 9 * 60;

export interface AgendaRow {
  number: number;
  anchor: string;
  title: string;
  description: string | undefined;
  kind: AgendaItemKind;
  /** The kind as people read it: "Whole group", "Pairs"… */
  kindLabel: string;
  isBreak: boolean;
  minutes: number;
  duration: string;
  optional: boolean;
  /** "Optional: can shrink to 5 min" / "Optional: can be cut". */
  optionalNote: string | undefined;
  activity: { title: string; url: string } | undefined;
  /** The framework picture the trainer puts up in this item. */
  picture: Picture | undefined;
}

export interface RunOfShowRow extends AgendaRow {
  start: string;
  end: string;
  /** Minutes from the module start to the item's start. */
  offset: number;
  item: AgendaItem;
}

function optionalNote(item: AgendaItem, t: Translate): string | undefined {
  if (!item.optional) return undefined;
  return item.shrinkTo
    ? t('agenda.optional.shrink', { duration: formatDuration(item.shrinkTo, durationWords(t)) })
    : t('agenda.optional.cut');
}

/** Rows of a module's agenda for participants: durations, no clock, no notes. */
export function agendaRows(curriculum: Curriculum, module: Module, t: Translate = english): AgendaRow[] {
  const labels = labelsIn(t);
  return module.agenda.map((item) => {
    const activity = item.activityId ? lookup(curriculum.activities, item.activityId, 'activity') : undefined;
    return {
      number: item.number,
      anchor: item.anchor,
      title: item.title,
      description: item.description,
      kind: item.kind,
      kindLabel: labels.agendaKind(item.kind),
      isBreak: item.kind === 'break',
      minutes: item.minutes,
      duration: formatDuration(item.minutes, durationWords(t)),
      optional: item.optional,
      optionalNote: optionalNote(item, t),
      activity: activity ? { title: activity.title, url: activity.url } : undefined,
      picture: item.pictureId ? lookup(curriculum.pictures, item.pictureId, 'picture') : undefined,
    };
  });
}

/** The pictures a module's agenda puts up, in agenda order, without repeats. */
export function modulePictures(curriculum: Curriculum, module: Module): Picture[] {
  const ids = [...new Set(module.agenda.flatMap((item) => (item.pictureId ? [item.pictureId] : [])))];
  return pick(curriculum.pictures, ids, 'picture');
}

/** The pictures an activity page shows. */
export function activityPictures(curriculum: Curriculum, activity: Activity): Picture[] {
  return curriculum.pictures.filter((picture) => picture.activityIds.includes(activity.id));
}

/** Rows of a module's run-of-show for facilitators: clock times from `start`. */
export function runOfShowRows(
  curriculum: Curriculum,
  module: Module,
  start: number = DEFAULT_START,
  t: Translate = english,
): RunOfShowRow[] {
  const rows = agendaRows(curriculum, module, t);
  return runOfShow(module.agenda, start).map((placed, i) => {
    const row = rows[i];
    if (!row) throw new Error('agenda rows and run of show differ in length');
    return {
      ...row,
      start: formatClock(placed.start),
      end: formatClock(placed.end),
      offset: placed.start - start,
      item: module.agenda[i] as AgendaItem,
    };
  });
}

export interface OverviewRow {
  module: Module;
  /** "Module 3", "Opening", "Closing". */
  number: string;
  /** The module as lists name it (home page, sidebar): "3. Strategy"; the opening and closing by their titles alone. */
  listLabel: string;
  duration: string;
  runningTotal: string;
  practices: Practice[];
  activities: Activity[];
}

/**
 * The curriculum overview: every module with its length and the running total. The one numbering
 * of the modules: the opening and closing are unnumbered, the teaching modules count from 1 (`order`).
 */
export function overviewRows(curriculum: Curriculum, t: Translate = english): OverviewRow[] {
  const words = durationWords(t);
  let running = 0;
  return curriculum.modules.map((module) => {
    running += module.minutes;
    return {
      module,
      number:
        module.kind === 'opening'
          ? t('curriculum.number.opening')
          : module.kind === 'closing'
            ? t('curriculum.number.closing')
            : t('curriculum.number.module', { number: module.order }),
      listLabel: module.kind === 'module' ? t('curriculum.listLabel.module', { number: module.order, title: module.title }) : module.title,
      duration: formatDuration(module.minutes, words),
      runningTotal: formatDuration(running, words),
      practices: module.practiceIds.map((id) => lookup(curriculum.practices, id, 'practice')),
      activities: module.activityIds.map((id) => lookup(curriculum.activities, id, 'activity')),
    };
  });
}

/** The label a module is known by in lists: "Module 3", "Opening", "Closing". */
export function moduleLabel(curriculum: Curriculum, module: Module, t: Translate = english): string {
  const row = overviewRows(curriculum, t).find((r) => r.module.id === module.id);
  return row ? row.number : module.title;
}

/** Entries of a collection, in the order of the ids given. */
export function pick<T extends { id: string }>(entries: readonly T[], ids: readonly string[], what: string): T[] {
  return ids.map((id) => lookup(entries, id, what));
}

/** Preparation tasks grouped by when they are due, earliest first; empty groups left out. */
export function preparationByDue(tasks: readonly PreparationTask[], t: Translate = english): { due: string; tasks: string[] }[] {
  const labels = labelsIn(t);
  return dueOrder
    .map((due) => ({ due: labels.due(due), tasks: tasks.filter((t) => t.due === due).map((t) => t.task) }))
    .filter((group) => group.tasks.length > 0);
}

/** "Flip-chart paper — 6", "Worksheet — 1 per participant". */
export function materialLabel(material: Omit<Material, 'unit'> & { unit?: Material['unit'] }, t: Translate = english): string {
  const label =
    material.quantity === undefined
      ? material.item
      : material.per === 'room'
        ? t('label.material.quantity', { item: material.item, quantity: amountLabel(material.quantity, material.unit ?? 'piece', t) })
        : t('label.material.quantityPer', {
            item: material.item,
            quantity: amountLabel(material.quantity, material.unit ?? 'piece', t),
            per: t(`label.per.${material.per}`),
          });
  return material.note ? t('label.material.note', { label, note: material.note }) : label;
}

/**
 * A module's run-of-show with the clock times a schedule gives it (a module may span two
 * sessions). Items the schedule cuts keep their row, marked as cut.
 */
export function scheduledRunOfShow(
  curriculum: Curriculum,
  module: Module,
  schedule: Schedule,
  t: Translate = english,
): (RunOfShowRow & { session: string; cut: boolean })[] {
  const words = durationWords(t);
  const placed = new Map<string, { start: number; end: number; minutes: number; session: string }>();
  for (const session of schedule.sessions) {
    for (const row of session.rows) {
      if (row.type === 'item' && row.moduleId === module.id)
        placed.set(row.item.key, {
          start: row.start,
          end: row.end,
          minutes: row.minutes,
          session: sessionLabel(t, session.unit, session.number),
        });
    }
  }
  return runOfShowRows(curriculum, module, DEFAULT_START, t).map((row) => {
    const slot = placed.get(`${module.id}:${row.number}`);
    if (!slot) return { ...row, start: '—', end: '—', session: '', cut: true, optionalNote: t('print.runOfShow.cut') };
    const shortened =
      slot.minutes < row.minutes ? t('print.runOfShow.shortened', { duration: formatDuration(slot.minutes, words) }) : row.optionalNote;
    return {
      ...row,
      start: formatClock(slot.start),
      end: formatClock(slot.end),
      session: slot.session,
      cut: false,
      duration: formatDuration(slot.minutes, words),
      optionalNote: shortened,
    };
  });
}

export interface Related {
  modules: Module[];
  activities: Activity[];
  cases: CaseStudy[];
}

/**
 * Entries that share practices with a page, most shared first (then in curriculum or
 * title order), without the page itself; at most `limit` of each kind.
 */
export function relatedContent(curriculum: Curriculum, practiceIds: readonly string[], selfId: string, limit = 4): Related {
  const rank = <T extends { id: string; practiceIds: string[] }>(entries: readonly T[]): T[] =>
    entries
      .map((entry, index) => ({ entry, index, shared: entry.practiceIds.filter((p) => practiceIds.includes(p)).length }))
      .filter((x) => x.shared > 0 && x.entry.id !== selfId)
      .sort((a, b) => b.shared - a.shared || a.index - b.index)
      .slice(0, limit)
      .map((x) => x.entry);
  return { modules: rank(curriculum.modules), activities: rank(curriculum.activities), cases: rank(curriculum.caseStudies) };
}

/** Activities and cases in the order the training uses them, each once (for print packs). */
export function inTrainingOrder(curriculum: Curriculum): { activities: Activity[]; cases: CaseStudy[] } {
  const unique = (ids: string[]) => [...new Set(ids)];
  return {
    activities: pick(curriculum.activities, unique(curriculum.modules.flatMap((m) => m.activityIds)), 'activity'),
    cases: pick(curriculum.caseStudies, unique(curriculum.modules.flatMap((m) => m.caseStudyIds)), 'case study'),
  };
}

/**
 * The program the coaching call guides belong to (the one with `coachingCalls` in its
 * frontmatter) and the printable coaching log its calls fill in; undefined when no program
 * has the calls.
 */
export function coachingProgram(curriculum: Curriculum): { program: Program; logUrl: string } | undefined {
  // The rule coaching-calls-one-program (src/lib/rules.ts) keeps this to one program.
  const hosts = curriculum.programs.filter((p) => p.coachingCalls !== undefined);
  const program = hosts[0];
  if (!program?.coachingCalls) return undefined;
  return { program, logUrl: lookup(curriculum.activities, program.coachingCalls.logActivityId, 'activity').worksheetUrl };
}

/** The coaching calls a program's page lists: all of them on the program they belong to, none elsewhere. */
export function callsOfProgram(curriculum: Curriculum, program: Program): CoachingCall[] {
  return coachingProgram(curriculum)?.program.id === program.id ? curriculum.coachingCalls : [];
}
