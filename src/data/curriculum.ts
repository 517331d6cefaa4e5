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
import { curriculumCollectionNames, curriculumCollections, type CurriculumCollection } from '../schemas/collections.ts';

/** The file of an entry as authors see it (`content/modules/first.mdx`), whatever the content root. */
function authorPath(collection: CurriculumCollection, entry: { id: string; filePath?: string | undefined }): string {
  const name = curriculumCollections[collection].folder;
  const path = entry.filePath?.split('\\').join('/');
  // A file at the root of the content folder (content/publisher.yaml): its own name.
  if (name === '') return `content/${path?.split('/').pop() ?? entry.id}`;
  const folder = `/${name}/`;
  const at = path ? `/${path}`.lastIndexOf(folder) : -1;
  return path && at >= 0 ? `content${`/${path}`.slice(at)}` : `content${folder}${entry.id}`;
}

function toEntry<C extends CurriculumCollection>(entry: CollectionEntry<C>): Entry<CollectionEntry<C>['data']> {
  return { id: entry.id, file: authorPath(entry.collection as C, entry), data: entry.data };
}

async function load(): Promise<Curriculum> {
  const loaded = await Promise.all(
    curriculumCollectionNames.map(async (name) => [name, (await getCollection(name)).map((entry) => toEntry(entry))] as const),
  );
  const input = Object.fromEntries(loaded) as CurriculumInput;
  // The content check (src/integrations/content-check.ts) ran these rules before the build
  // started; this is the second line of defence for any other way in (astro dev, preview).
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
export async function renderBody(collection: Exclude<CurriculumCollection, 'glossary'>, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}".`);
  return render(entry);
}

/** The Markdown source of one entry's body, as the author wrote it (for the Word handouts). */
export async function bodySource(collection: Exclude<CurriculumCollection, 'glossary'>, id: string): Promise<string> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}".`);
  return entry.body ?? '';
}
