/**
 * The linked curriculum: parsed content with references turned into ids, URLs added,
 * and back-links computed (which modules use a case, which activities teach a practice).
 * Pages read this object; they never query collections or compute times themselves.
 */
import { coreMinutes, shortestMinutes, totalMinutes } from './agenda.ts';
import type {
  ActivityData,
  AgendaItemData,
  CaseStudyData,
  CoachingCallData,
  CurriculumInput,
  GlossaryData,
  GuideData,
  ModuleData,
  PictureData,
  PracticeData,
  ProgramData,
} from './content-types.ts';
import { paths, toolPaths } from './urls.ts';

type WithoutRefs<T, K extends keyof T> = Omit<T, K>;

export interface AgendaItem extends WithoutRefs<AgendaItemData, 'activity' | 'picture'> {
  /** Position in the module's agenda, from 1. */
  number: number;
  /** Anchor id on the facilitator page. */
  anchor: string;
  activityId: string | undefined;
  /** The framework picture the trainer puts up in this item. */
  pictureId: string | undefined;
}

export interface Module extends WithoutRefs<ModuleData, 'practices' | 'caseStudies' | 'agenda'> {
  id: string;
  file: string;
  url: string;
  facilitatorUrl: string;
  practiceIds: string[];
  caseStudyIds: string[];
  agenda: AgendaItem[];
  /** Length with every optional item cut. */
  coreMinutes: number;
  /** Length with every optional item at its minimum. */
  shortestMinutes: number;
  /** Minutes of the training before this module starts. */
  startsAfter: number;
  /** Activities the agenda runs, in agenda order, without repeats. */
  activityIds: string[];
}

export interface Activity extends WithoutRefs<ActivityData, 'practices'> {
  id: string;
  file: string;
  url: string;
  worksheetUrl: string;
  practiceIds: string[];
  /** Modules whose agenda runs this activity. */
  moduleIds: string[];
}

export interface CaseStudy extends WithoutRefs<CaseStudyData, 'practices'> {
  id: string;
  file: string;
  url: string;
  practiceIds: string[];
  /** Modules that assign this case. */
  moduleIds: string[];
}

export interface Practice extends PracticeData {
  id: string;
  file: string;
  url: string;
  moduleIds: string[];
  activityIds: string[];
  caseStudyIds: string[];
}

export interface GlossaryTerm extends WithoutRefs<GlossaryData, 'practices'> {
  /** Other accepted ways to say the term in this language (a translation's `alternatives`). */
  alternatives?: string[];
  id: string;
  url: string;
  practiceIds: string[];
}

export interface Guide extends GuideData {
  id: string;
  file: string;
  url: string;
}

export interface Program extends WithoutRefs<ProgramData, 'calendar' | 'rubric' | 'coachingCalls'> {
  id: string;
  file: string;
  url: string;
  /** Set on the program the coaching calls belong to: the activity whose worksheet is the coaching log. */
  coachingCalls: { logActivityId: string } | undefined;
  calendar: { month: number; topic: string; moduleId: string }[];
  rubric: { practiceId: string; levels: string[] }[];
}

export interface CoachingCall extends WithoutRefs<CoachingCallData, 'modules'> {
  id: string;
  file: string;
  url: string;
  moduleIds: string[];
}

/** Where a picture is put up: one agenda item of one module. */
export interface PictureUse {
  moduleId: string;
  itemNumber: number;
  itemTitle: string;
  /** The item's anchor on the facilitator page. */
  anchor: string;
}

export interface Picture extends WithoutRefs<PictureData, 'activities'> {
  id: string;
  file: string;
  url: string;
  posterUrl: string;
  /** Activities whose pages show the picture. */
  activityIds: string[];
  /** Agenda items that put it up, in training order. */
  uses: PictureUse[];
}

export interface Curriculum {
  totalMinutes: number;
  modules: Module[];
  activities: Activity[];
  caseStudies: CaseStudy[];
  practices: Practice[];
  glossary: GlossaryTerm[];
  guides: Guide[];
  programs: Program[];
  coachingCalls: CoachingCall[];
  pictures: Picture[];
}

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);
const byTitle = <T extends { title: string }>(a: T, b: T) => a.title.localeCompare(b.title);

/** Links checked content into a `Curriculum`. Call only after `checkCurriculum` found no errors. */
export function linkCurriculum(input: CurriculumInput): Curriculum {
  const sortedModules = [...input.modules].sort((a, b) => a.data.order - b.data.order);
  let elapsed = 0;
  const modules: Module[] = sortedModules.map(({ id, file, data }) => {
    const agenda: AgendaItem[] = data.agenda.map(({ activity, picture, ...item }, i) => ({
      ...item,
      number: i + 1,
      anchor: `item-${i + 1}`,
      activityId: activity?.id,
      pictureId: picture?.id,
    }));
    const module: Module = {
      ...data,
      id,
      file,
      url: paths.module(id),
      facilitatorUrl: paths.facilitator(id),
      practiceIds: ids(data.practices),
      caseStudyIds: ids(data.caseStudies),
      agenda,
      coreMinutes: coreMinutes(data.agenda),
      shortestMinutes: shortestMinutes(data.agenda),
      startsAfter: elapsed,
      activityIds: [...new Set(agenda.flatMap((item) => (item.activityId ? [item.activityId] : [])))],
    };
    elapsed += data.minutes;
    return module;
  });

  const modulesUsing = (test: (m: Module) => boolean) => modules.filter(test).map((m) => m.id);

  const activities: Activity[] = input.activities
    .map(({ id, file, data }) => ({
      ...data,
      id,
      file,
      url: paths.activity(id),
      worksheetUrl: paths.worksheet(id),
      practiceIds: ids(data.practices),
      moduleIds: modulesUsing((m) => m.activityIds.includes(id)),
    }))
    .sort(byTitle);

  const caseStudies: CaseStudy[] = input.caseStudies
    .map(({ id, file, data }) => ({
      ...data,
      id,
      file,
      url: paths.caseStudy(id),
      practiceIds: ids(data.practices),
      moduleIds: modulesUsing((m) => m.caseStudyIds.includes(id)),
    }))
    .sort(byTitle);

  const practices: Practice[] = input.practices
    .map(({ id, file, data }) => ({
      ...data,
      id,
      file,
      url: paths.practice(id),
      moduleIds: modulesUsing((m) => m.practiceIds.includes(id)),
      activityIds: activities.filter((a) => a.practiceIds.includes(id)).map((a) => a.id),
      caseStudyIds: caseStudies.filter((c) => c.practiceIds.includes(id)).map((c) => c.id),
    }))
    .sort((a, b) => a.order - b.order);

  const glossary: GlossaryTerm[] = input.glossary
    .map(({ id, data }) => ({ ...data, id, url: paths.term(id), practiceIds: ids(data.practices) }))
    .sort((a, b) => a.term.localeCompare(b.term));

  const guides: Guide[] = input.guides
    .map(({ id, file, data }) => ({ ...data, id, file, url: paths.guide(id) }))
    .sort((a, b) => a.order - b.order);

  const programs: Program[] = input.programs
    .map(({ id, file, data: { coachingCalls, ...data } }) => ({
      ...data,
      id,
      file,
      url: paths.program(id),
      coachingCalls: coachingCalls ? { logActivityId: coachingCalls.log.id } : undefined,
      calendar: data.calendar.map((m) => ({ month: m.month, topic: m.topic, moduleId: m.module.id })),
      rubric: data.rubric.map((row) => ({ practiceId: row.practice.id, levels: row.levels })),
    }))
    .sort((a, b) => a.order - b.order);

  const coachingCalls: CoachingCall[] = input.coachingCalls
    .map(({ id, file, data }) => ({ ...data, id, file, url: paths.coachingCall(id), moduleIds: ids(data.modules) }))
    .sort((a, b) => a.number - b.number);

  const pictures: Picture[] = input.pictures
    .map(({ id, file, data: { activities: shownOn, ...data } }) => ({
      ...data,
      id,
      file,
      url: paths.picture(id),
      posterUrl: toolPaths.poster(id),
      activityIds: ids(shownOn),
      uses: modules.flatMap((m) =>
        m.agenda
          .filter((item) => item.pictureId === id)
          .map((item) => ({ moduleId: m.id, itemNumber: item.number, itemTitle: item.title, anchor: item.anchor })),
      ),
    }))
    .sort(byTitle);

  return {
    totalMinutes: totalMinutes(modules),
    modules,
    activities,
    caseStudies,
    practices,
    glossary,
    guides,
    programs,
    coachingCalls,
    pictures,
  };
}

/** Finds an entry by id, or throws naming what was asked for (a programming error, not content). */
export function lookup<T extends { id: string }>(entries: readonly T[], id: string, what: string): T {
  const found = entries.find((entry) => entry.id === id);
  if (!found) throw new Error(`No ${what} with id "${id}" in the curriculum.`);
  return found;
}
