/**
 * The shape of `dist/curriculum.json`: the curriculum as data for other tools
 * (schedulers, slide generators, reports). Documented in the README.
 */
import { pageUrl, ROOT_LOCALE, type Locale } from './urls.ts';
import { z } from 'astro/zod';
import type { Curriculum } from './curriculum.ts';
import { activitySettings, activityStepKinds } from '../schemas/activity.ts';
import { caseKinds, caseSectors } from '../schemas/caseStudy.ts';
import { agendaItemKinds, moduleKinds } from '../schemas/module.ts';

const sourceShape = z.object({
  author: z.string(),
  title: z.string(),
  publisher: z.string(),
  year: z.number().int(),
  url: z.string().optional(),
});

export const curriculumExportSchema = z.object({
  totalMinutes: z.number().int(),
  modules: z.array(
    z.object({
      id: z.string(),
      order: z.number().int(),
      kind: z.enum(moduleKinds),
      title: z.string(),
      minutes: z.number().int().positive(),
      practices: z.array(z.string()),
      objectives: z.array(z.string()),
      agenda: z.array(
        z.object({
          title: z.string(),
          minutes: z.number().int().positive(),
          kind: z.enum(agendaItemKinds),
          activity: z.string().nullable(),
          optional: z.boolean(),
          shrinkTo: z.number().int().nullable(),
          debrief: z.boolean(),
          keepWithNext: z.boolean(),
        }),
      ),
      caseStudies: z.array(z.string()),
      url: z.string().startsWith('/'),
      facilitatorUrl: z.string().startsWith('/'),
    }),
  ),
  activities: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      minutes: z.number().int().positive(),
      practices: z.array(z.string()),
      artifact: z.object({ name: z.string(), description: z.string() }),
      groupSize: z.object({ min: z.number().int(), max: z.number().int() }),
      setting: z.enum(activitySettings),
      steps: z.array(z.object({ title: z.string(), minutes: z.number().int().positive(), kind: z.enum(activityStepKinds) })),
      url: z.string().startsWith('/'),
      worksheetUrl: z.string().startsWith('/'),
    }),
  ),
  caseStudies: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: z.enum(caseKinds),
      organization: z.string(),
      sector: z.enum(caseSectors),
      region: z.string(),
      years: z.object({ start: z.number().int(), end: z.number().int().nullable() }),
      practices: z.array(z.string()),
      modules: z.array(z.string()),
      sources: z.array(sourceShape),
      url: z.string().startsWith('/'),
    }),
  ),
  practices: z.array(z.object({ id: z.string(), title: z.string(), url: z.string().startsWith('/') })),
  glossary: z.array(z.object({ id: z.string(), term: z.string(), definition: z.string() })),
});
export type CurriculumExport = z.infer<typeof curriculumExportSchema>;

/** Builds the export from the linked curriculum. */
/** The curriculum as data; `locale` puts its page paths under that language (`/es/modules/x/`). */
export function exportCurriculum(curriculum: Curriculum, locale: Locale = ROOT_LOCALE): CurriculumExport {
  const page = (path: string) => pageUrl(path, { locale });
  return {
    totalMinutes: curriculum.totalMinutes,
    modules: curriculum.modules.map((m) => ({
      id: m.id,
      order: m.order,
      kind: m.kind,
      title: m.title,
      minutes: m.minutes,
      practices: m.practiceIds,
      objectives: m.objectives,
      agenda: m.agenda.map((item) => ({
        title: item.title,
        minutes: item.minutes,
        kind: item.kind,
        activity: item.activityId ?? null,
        optional: item.optional,
        shrinkTo: item.shrinkTo ?? null,
        debrief: item.debrief,
        keepWithNext: item.keepWithNext,
      })),
      caseStudies: m.caseStudyIds,
      url: page(m.url),
      facilitatorUrl: page(m.facilitatorUrl),
    })),
    activities: curriculum.activities.map((a) => ({
      id: a.id,
      title: a.title,
      minutes: a.minutes,
      practices: a.practiceIds,
      artifact: a.artifact,
      groupSize: a.groupSize,
      setting: a.setting,
      steps: a.steps.map((s) => ({ title: s.title, minutes: s.minutes, kind: s.kind })),
      url: page(a.url),
      worksheetUrl: page(a.worksheetUrl),
    })),
    caseStudies: curriculum.caseStudies.map((c) => ({
      id: c.id,
      title: c.title,
      kind: c.kind,
      organization: c.organization,
      sector: c.sector,
      region: c.region,
      years: { start: c.years.start, end: c.years.end ?? null },
      practices: c.practiceIds,
      modules: c.moduleIds,
      sources: c.sources.map((s) => ({
        author: s.author,
        title: s.title,
        publisher: s.publisher,
        year: s.year,
        ...(s.url ? { url: s.url } : {}),
      })),
      url: page(c.url),
    })),
    practices: curriculum.practices.map((p) => ({ id: p.id, title: p.title, url: page(p.url) })),
    glossary: curriculum.glossary.map((t) => ({ id: t.id, term: t.term, definition: t.definition })),
  };
}
