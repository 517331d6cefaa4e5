/**
 * The one place that reads the content collections. It runs the curriculum rules and
 * returns the linked `Curriculum`; any error stops the build with every problem listed.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import { linkCurriculum, type Curriculum } from '../lib/curriculum.ts';
import { ContentError, formatProblem } from '../lib/errors.ts';
import type { CurriculumInput, Entry } from '../lib/content-types.ts';
import { checkCurriculum } from '../lib/rules.ts';

type Collection = 'modules' | 'activities' | 'caseStudies' | 'practices' | 'glossary' | 'guides' | 'programs' | 'coachingCalls';

function toEntry<C extends Collection>(entry: CollectionEntry<C>): Entry<CollectionEntry<C>['data']> {
  return { id: entry.id, file: entry.filePath ?? `content/${entry.collection}/${entry.id}`, data: entry.data };
}

async function load(): Promise<Curriculum> {
  const input: CurriculumInput = {
    modules: (await getCollection('modules')).map(toEntry),
    activities: (await getCollection('activities')).map(toEntry),
    caseStudies: (await getCollection('caseStudies')).map(toEntry),
    practices: (await getCollection('practices')).map(toEntry),
    glossary: (await getCollection('glossary')).map(toEntry),
    guides: (await getCollection('guides')).map(toEntry),
    programs: (await getCollection('programs')).map(toEntry),
    coachingCalls: (await getCollection('coachingCalls')).map(toEntry),
  } as CurriculumInput;
  const problems = checkCurriculum(input, { lengthRule: 'error' });
  const errors = problems.filter((p) => p.severity === 'error');
  for (const warning of problems.filter((p) => p.severity === 'warning')) console.warn(formatProblem(warning));
  if (errors.length > 0) throw new ContentError(errors);
  return linkCurriculum(input);
}

let cached: Promise<Curriculum> | undefined;

/** The checked, linked curriculum (loaded once per build). */
export function getCurriculum(): Promise<Curriculum> {
  cached ??= load();
  return cached;
}

/** Renders the MDX body of one entry. */
export async function renderBody(
  collection: 'modules' | 'activities' | 'caseStudies' | 'practices' | 'guides' | 'programs' | 'coachingCalls',
  id: string,
) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}".`);
  return render(entry);
}
