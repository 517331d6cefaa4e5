/** Page models: the facts, headings and neighbours each kind of page shows. */
import { formatClock, formatDuration } from './agenda.ts';
import type { Activity, CaseStudy, Curriculum, Module, Practice } from './curriculum.ts';
import { lookup } from './curriculum.ts';
import { groupSizeLabel, sectorLabel, settingLabel, yearsLabel } from './labels.ts';
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

export function modulePageModel(curriculum: Curriculum, module: Module): ModulePageModel {
  const index = curriculum.modules.findIndex((m) => m.id === module.id);
  const practices = module.practiceIds.map((id) => lookup(curriculum.practices, id, 'practice').title);
  const artifacts = module.activityIds.map((id) => lookup(curriculum.activities, id, 'activity').artifact.name);
  const facts = [
    { label: 'Length', value: formatDuration(module.minutes) },
    ...(practices.length > 0 ? [{ label: 'Practices', value: practices.join(', ') }] : []),
    ...(artifacts.length > 0 ? [{ label: 'You leave with', value: artifacts.join('; ') }] : []),
  ];
  const sections: [string, string, boolean][] = [
    ['objectives', 'Objectives', true],
    ['agenda', 'Agenda', true],
    ['activities', 'Activities', true],
    ['key-points', 'Key points', true],
    ['case-studies', 'Case studies to read', true],
    ['sources', 'Sources', module.sources.length > 0],
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

export function facilitatorPageModel(module: Module, start: number = DEFAULT_START): FacilitatorPageModel {
  return {
    start: formatClock(start),
    end: formatClock(start + module.minutes),
    facts: [
      { label: 'Length', value: formatDuration(module.minutes) },
      { label: 'Clock (default start)', value: `${formatClock(start)}–${formatClock(start + module.minutes)}` },
      { label: 'If you cut every optional item', value: formatDuration(module.coreMinutes) },
      { label: 'If you shrink optional items', value: formatDuration(module.shortestMinutes) },
    ],
  };
}

export function activityFacts(activity: Activity): { label: string; value: string }[] {
  return [
    { label: 'Time', value: formatDuration(activity.minutes) },
    { label: 'Group size', value: groupSizeLabel(activity.groupSize) },
    { label: 'Setting', value: settingLabel[activity.setting] },
    { label: 'You keep', value: activity.artifact.name },
  ];
}

export function caseFacts(study: CaseStudy, practices: readonly Practice[]): { label: string; value: string }[] {
  return [
    { label: 'Organization', value: study.organization },
    { label: 'Sector', value: sectorLabel(study.sector) },
    { label: 'Region', value: study.region },
    { label: 'Years', value: yearsLabel(study.years) },
    { label: 'Practices', value: practices.map((p) => p.title).join(', ') },
  ];
}

/** "2 modules, 3 activities, 4 cases". */
export function practiceCounts(practice: Practice): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    n(practice.moduleIds.length, 'module', 'modules'),
    n(practice.activityIds.length, 'activity', 'activities'),
    n(practice.caseStudyIds.length, 'case', 'cases'),
  ].join(', ');
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
