/**
 * The one table of curriculum collections: name, folder under `content/`, file pattern,
 * file format and schema. `src/content.config.ts` builds Astro's collections from it, the
 * build-time content check (`src/integrations/content-check.ts`) reads the same files with
 * the same schemas, `src/data/curriculum.ts` loads every collection it lists, and the rules
 * (`src/lib/rules.ts`) name folders from it.
 *
 * Starlight's own collections (`docs`, `i18n`) are not curriculum content and are declared
 * in `src/content.config.ts` only.
 */
import type { z } from 'astro/zod';
import { activitySchema } from './activity.ts';
import { caseStudySchema } from './caseStudy.ts';
import { coachingCallSchema } from './coachingCall.ts';
import { evaluationSchema } from './evaluation.ts';
import type { ReferenceBuilder } from './fields.ts';
import { glossarySchema } from './glossary.ts';
import { pictureSchema } from './picture.ts';
import { guideSchema } from './guide.ts';
import { moduleSchema } from './module.ts';
import { practiceSchema } from './practice.ts';
import { programSchema } from './program.ts';
import { publisherSchema } from './publisher.ts';

/** How the entries of a collection are written: MDX with YAML frontmatter, or plain YAML. */
export type ContentFormat = 'mdx' | 'yaml';

export interface CollectionSpec<S extends z.ZodType> {
  /** Folder under the content root, e.g. `modules` for `content/modules/`; `''` for a file at the root itself. */
  folder: string;
  /** Glob of the entry files inside the folder (files starting with `_` are drafts and skipped). */
  pattern: string;
  format: ContentFormat;
  /** The schema, given the reference builder (Astro's `reference()` or a stand-in). */
  schema: (reference: ReferenceBuilder) => S;
}

const mdx = '**/[^_]*.mdx';

function spec<S extends z.ZodType>(folder: string, format: ContentFormat, pattern: string, schema: (reference: ReferenceBuilder) => S) {
  return { folder, format, pattern, schema } satisfies CollectionSpec<S>;
}

/** Every curriculum collection, in the order pages and the export list them. */
export const curriculumCollections = {
  modules: spec('modules', 'mdx', mdx, moduleSchema),
  activities: spec('activities', 'mdx', mdx, activitySchema),
  caseStudies: spec('caseStudies', 'mdx', mdx, caseStudySchema),
  practices: spec('practices', 'mdx', mdx, () => practiceSchema),
  glossary: spec('glossary', 'yaml', '*.yaml', glossarySchema),
  guides: spec('guides', 'mdx', mdx, () => guideSchema),
  programs: spec('programs', 'mdx', mdx, programSchema),
  coachingCalls: spec('coachingCalls', 'mdx', mdx, coachingCallSchema),
  /** The framework pictures, drawn from data (src/lib/pictures/). */
  pictures: spec('pictures', 'yaml', '*.yaml', pictureSchema),
  /** The one file that names who publishes this copy: `content/publisher.yaml`. */
  publisher: spec('', 'yaml', 'publisher.yaml', () => publisherSchema()),
  /** The participant evaluation forms and their questions: `content/evaluation.yaml`. */
  evaluation: spec('', 'yaml', 'evaluation.yaml', () => evaluationSchema()),
};

export type CurriculumCollection = keyof typeof curriculumCollections;

/** The collection names, in table order. */
export const curriculumCollectionNames = Object.keys(curriculumCollections) as CurriculumCollection[];

/** The schema type of one collection. */
export type CollectionSchema<C extends CurriculumCollection> = ReturnType<(typeof curriculumCollections)[C]['schema']>;

/** Parsed data of one collection's entries. */
export type CollectionData<C extends CurriculumCollection> = z.output<CollectionSchema<C>>;

/** A file's path as authors see it: `content/<folder>/<path>`, or `content/<path>` for the root folder. */
export function authorFile(folder: string, path: string): string {
  return folder === '' ? `content/${path}` : `content/${folder}/${path}`;
}

/**
 * Where the content lives: `content/` by default; tests point `CURRICULUM_CONTENT` at a
 * fixture folder to build a tiny site and read what the build reports.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env['CURRICULUM_CONTENT'] ?? './content';
}
