/** Page models: the facts, headings and neighbours each kind of page shows. */
import { durationWords, formatClock, formatDuration } from './agenda.ts';
import type { Activity, CaseStudy, Curriculum, Module, Practice } from './curriculum.ts';
import { lookup } from './curriculum.ts';
import { english, labelsIn, type Translate } from './labels.ts';
import { DEFAULT_START } from './views.ts';
import { paths } from './urls.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ModulePageModel {
  facts: { label: string; value: string }[];
  extraHeadings: Heading[];
  previous: Module | undefined;
  next: Module | undefined;
}

/** Every word comes from `t` (`Astro.locals.t` on a page; English from the dictionary when left out). */
export function modulePageModel(curriculum: Curriculum, module: Module, t: Translate = english): ModulePageModel {
  const index = curriculum.modules.findIndex((m) => m.id === module.id);
  const practices = module.practiceIds.map((id) => lookup(curriculum.practices, id, 'practice').title);
  const artifacts = module.activityIds.map((id) => lookup(curriculum.activities, id, 'activity').artifact.name);
  const facts = [
    { label: t('module.fact.length'), value: formatDuration(module.minutes, durationWords(t)) },
    ...(practices.length > 0 ? [{ label: t('module.fact.practices'), value: practices.join(', ') }] : []),
    ...(artifacts.length > 0 ? [{ label: t('module.fact.leaveWith'), value: artifacts.join('; ') }] : []),
  ];
  const sections: [string, string, boolean][] = [
    ['objectives', t('module.objectives'), true],
    ['agenda', t('module.agenda'), true],
    ['pictures', t('pictures.module.heading'), module.agenda.some((item) => item.pictureId !== undefined)],
    ['activities', t('module.activities'), true],
    ['key-points', t('module.keyPoints'), true],
    ['case-studies', t('module.cases'), true],
    ['sources', t('module.sources'), module.sources.length > 0],
  ];
  return {
    facts,
    extraHeadings: sections.filter(([, , shown]) => shown).map(([slug, text]) => ({ depth: 2, slug, text })),
    previous: index > 0 ? curriculum.modules[index - 1] : undefined,
    next: curriculum.modules[index + 1],
  };
}

export interface FacilitatorPageModel {
  facts: { label: string; value: string }[];
  start: string;
  end: string;
}

export function facilitatorPageModel(module: Module, start: number = DEFAULT_START, t: Translate = english): FacilitatorPageModel {
  const words = durationWords(t);
  return {
    start: formatClock(start),
    end: formatClock(start + module.minutes),
    facts: [
      { label: t('facilitator.fact.length'), value: formatDuration(module.minutes, words) },
      { label: t('facilitator.fact.clock'), value: `${formatClock(start)}–${formatClock(start + module.minutes)}` },
      { label: t('facilitator.fact.cutOptional'), value: formatDuration(module.coreMinutes, words) },
      { label: t('facilitator.fact.shrinkOptional'), value: formatDuration(module.shortestMinutes, words) },
    ],
  };
}

export function activityFacts(activity: Activity, t: Translate = english): { label: string; value: string }[] {
  const labels = labelsIn(t);
  return [
    { label: t('activity.fact.time'), value: formatDuration(activity.minutes, durationWords(t)) },
    { label: t('activity.fact.groupSize'), value: labels.groupSize(activity.groupSize) },
    { label: t('activity.fact.setting'), value: labels.setting(activity.setting) },
    { label: t('activity.fact.keep'), value: activity.artifact.name },
  ];
}

export function caseFacts(study: CaseStudy, practices: readonly Practice[], t: Translate = english): { label: string; value: string }[] {
  return [
    { label: t('case.fact.organization'), value: study.organization },
    { label: t('case.fact.sector'), value: labelsIn(t).sector(study.sector) },
    { label: t('case.fact.region'), value: study.region },
    { label: t('case.fact.years'), value: labelsIn(t).years(study.years) },
    { label: t('case.fact.practices'), value: practices.map((p) => p.title).join(', ') },
  ];
}

/** "2 modules, 3 activities, 4 cases". */
export function practiceCounts(practice: Practice, t: Translate = english): string {
  const modules = practice.moduleIds.length;
  const activities = practice.activityIds.length;
  const cases = practice.caseStudyIds.length;
  return t('practice.counts', {
    modules: t(modules === 1 ? 'practice.count.modules.one' : 'practice.count.modules.other', { count: modules }),
    activities: t(activities === 1 ? 'practice.count.activities.one' : 'practice.count.activities.other', { count: activities }),
    cases: t(cases === 1 ? 'practice.count.cases.one' : 'practice.count.cases.other', { count: cases }),
  });
}

export interface HomeModel {
  moduleCount: number;
  firstModule: Module | undefined;
  howToRunUrl: string;
}

export function homeModel(curriculum: Curriculum): HomeModel {
  const howTo = curriculum.guides.find((g) => g.id === 'how-to-run-this-training') ?? curriculum.guides[0];
  return {
    moduleCount: curriculum.modules.filter((m) => m.kind === 'module').length,
    firstModule: curriculum.modules[0],
    howToRunUrl: howTo ? howTo.url : paths.guides(),
  };
}
