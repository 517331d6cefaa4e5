/**
 * Which Word handouts the site offers, and their data, from the curriculum: one per worksheet,
 * one per case study, and a participant pack per module and per built-in format. The file names
 * (`stem`) are the single list the endpoint, the pages' links and the tests share.
 */
import type { Activity, CaseStudy, Curriculum, Module } from '../curriculum.ts';
import type { Source } from '../../schemas/shared.ts';
import type { DocxCase, DocxWorksheet } from './documents.ts';

export type HandoutKind = 'worksheet' | 'case' | 'module-pack' | 'format-pack';

export interface Handout {
  stem: string;
  kind: HandoutKind;
  /** The activity, case, module or format id. */
  id: string;
}

export const handoutStem = {
  worksheet: (activityId: string) => `worksheet-${activityId}`,
  case: (caseId: string) => `case-${caseId}`,
  modulePack: (moduleId: string) => `${moduleId}-participant-pack`,
  formatPack: (formatId: string) => `${formatId}-participant-pack`,
} as const;

/** Every handout, in a stable order. */
export function handouts(curriculum: Curriculum, formatIds: readonly string[]): Handout[] {
  return [
    ...curriculum.activities.map((a) => ({ stem: handoutStem.worksheet(a.id), kind: 'worksheet' as const, id: a.id })),
    ...curriculum.caseStudies.map((c) => ({ stem: handoutStem.case(c.id), kind: 'case' as const, id: c.id })),
    ...curriculum.modules.map((m) => ({ stem: handoutStem.modulePack(m.id), kind: 'module-pack' as const, id: m.id })),
    ...formatIds.map((f) => ({ stem: handoutStem.formatPack(f), kind: 'format-pack' as const, id: f })),
  ];
}

/** A cited source on one line, as the source lists print it. */
export function sourceLine(s: Source): string {
  return `${s.author}. ${s.title}. ${s.publisher}, ${s.year}.${s.url ? ` ${s.url}` : ''}`;
}

export function worksheetOf(activity: Activity, title: string, from: string): DocxWorksheet {
  return { title, from, instructions: activity.worksheet.instructions, sections: activity.worksheet.sections };
}

export function caseOf(study: CaseStudy, meta: string, body: string): DocxCase {
  return { title: study.title, meta, body, questions: study.questions, sources: study.sources.map(sourceLine) };
}

/** The activities a module runs, in agenda order, each once. */
export function activitiesOf(curriculum: Curriculum, module: Module): Activity[] {
  const ids = [...new Set(module.activityIds)];
  return ids.flatMap((id) => curriculum.activities.filter((a) => a.id === id));
}

/** The cases a module reads, in its order. */
export function casesOf(curriculum: Curriculum, module: Module): CaseStudy[] {
  return module.caseStudyIds.flatMap((id) => curriculum.caseStudies.filter((c) => c.id === id));
}
