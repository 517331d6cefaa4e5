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
import { localizeInput, translationId, type TranslationInfo } from '../lib/localize.ts';
import { translationLocales, type TranslationLocale } from '../schemas/translation.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot, curriculumCollectionNames, curriculumCollections, type CurriculumCollection } from '../schemas/collections.ts';

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

async function load(): Promise<{ input: CurriculumInput; curriculum: Curriculum }> {
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
  return { input, curriculum: linkCurriculum(input) };
}

let cached: Promise<{ input: CurriculumInput; curriculum: Curriculum }> | undefined;
const localized = new Map<TranslationLocale, Promise<{ curriculum: Curriculum; info: Map<string, TranslationInfo> }>>();

function loadEnglish() {
  cached ??= load();
  return cached;
}

async function loadIn(locale: TranslationLocale) {
  const { input } = await loadEnglish();
  const translations = hasTranslations(locale)
    ? (await getCollection('translations')).map((entry) => ({ id: entry.id, data: entry.data }))
    : [];
  const { input: translated, info } = localizeInput(input, locale, translations);
  return { curriculum: linkCurriculum(translated), info };
}

/** Whether the content folder holds translations into `locale` (a test fixture may hold none). */
const hasTranslations = (locale: TranslationLocale): boolean => existsSync(join(contentRoot(), locale));

/** The locale of a page (`Astro.currentLocale`) as a translation locale, or `undefined` for English. */
export function translationLocale(locale: string | undefined): TranslationLocale | undefined {
  return (translationLocales as readonly string[]).includes(locale ?? '') ? (locale as TranslationLocale) : undefined;
}

/**
 * The checked, linked curriculum (loaded once per build and language): English, or with the
 * translations of `locale` (`Astro.currentLocale`) laid over it.
 */
function localizedIn(locale: TranslationLocale) {
  let loaded = localized.get(locale);
  if (loaded === undefined) {
    loaded = loadIn(locale);
    localized.set(locale, loaded);
  }
  return loaded;
}

export async function getCurriculum(locale?: string): Promise<Curriculum> {
  const translation = translationLocale(locale);
  if (translation === undefined) return (await loadEnglish()).curriculum;
  return (await localizedIn(translation)).curriculum;
}

/** What a page in `locale` says about its entry's translation; `undefined` for English or a missing translation. */
export async function translationInfo(
  locale: string | undefined,
  collection: CurriculumCollection,
  id: string,
): Promise<TranslationInfo | undefined> {
  const translation = translationLocale(locale);
  if (translation === undefined) return undefined;
  return (await localizedIn(translation)).info.get(`${collection}/${id}`);
}

/**
 * For an entry's page: tells the page's one-line translation notice (`src/routeData.ts`) who
 * reviewed the translation, if anyone did, and returns the file its text comes from — the
 * translation on a translated page, so "Edit this page" opens the Spanish file.
 */
export async function entrySource(
  locals: App.Locals,
  locale: string | undefined,
  collection: CurriculumCollection,
  entry: { id: string; file: string },
): Promise<string> {
  const info = await translationInfo(locale, collection, entry.id);
  if (info?.reviewer !== undefined) locals.translationReviewer = info.reviewer;
  return info?.file ?? entry.file;
}

/** The content-layer entry whose body a page in `locale` shows: the translation when there is one. */
async function bodyEntry(collection: Exclude<CurriculumCollection, 'glossary'>, id: string, locale: string | undefined) {
  const translation = translationLocale(locale);
  if (translation !== undefined && hasTranslations(translation)) {
    const translated = await getEntry('translations', translationId(translation, collection, id));
    if (translated) return translated;
  }
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}".`);
  return entry;
}

/** Renders the MDX body of one entry, in the page's language when it is translated. */
export async function renderBody(collection: Exclude<CurriculumCollection, 'glossary'>, id: string, locale?: string) {
  return render(await bodyEntry(collection, id, locale));
}

/** The Markdown source of one entry's body, as the author wrote it (for the Word handouts). */
export async function bodySource(collection: Exclude<CurriculumCollection, 'glossary'>, id: string, locale?: string): Promise<string> {
  return (await bodyEntry(collection, id, locale)).body ?? '';
}
