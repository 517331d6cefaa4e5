/**
 * Content collections. Every collection reads from `content/` and validates with its
 * schema from `src/schemas/`. References between entries use `reference()`; the rules in
 * `src/lib/rules.ts` fail the build when a target is missing.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { activitySchema } from './schemas/activity.ts';
import { caseStudySchema } from './schemas/caseStudy.ts';
import { coachingCallSchema } from './schemas/coachingCall.ts';
import { interfaceStrings } from './content/i18n/schema.ts';
import type { ReferenceBuilder } from './schemas/fields.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { guideSchema } from './schemas/guide.ts';
import { moduleSchema } from './schemas/module.ts';
import { practiceSchema } from './schemas/practice.ts';
import { programSchema } from './schemas/program.ts';

const ref = reference as unknown as ReferenceBuilder;

/**
 * Where the content lives. `content/` by default; tests point `CURRICULUM_CONTENT` at a
 * fixture folder to build a tiny site and read what the build reports.
 */
const root = process.env['CURRICULUM_CONTENT'] ?? './content';
const mdx = (folder: string) => glob({ base: `${root}/${folder}`, pattern: '**/[^_]*.mdx' });

export const collections = {
  /** Starlight's own pages (content/docs): the long-form pages that need no custom layout. */
  docs: defineCollection({ loader: glob({ base: `${root}/docs`, pattern: '**/[^_]*.{md,mdx}' }), schema: docsSchema() }),
  /** Interface strings (Starlight's own and ours), one JSON file per language in src/content/i18n/. */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: interfaceStrings }) }),
  modules: defineCollection({ loader: mdx('modules'), schema: moduleSchema(ref) }),
  activities: defineCollection({ loader: mdx('activities'), schema: activitySchema(ref) }),
  caseStudies: defineCollection({ loader: mdx('caseStudies'), schema: caseStudySchema(ref) }),
  practices: defineCollection({ loader: mdx('practices'), schema: practiceSchema }),
  glossary: defineCollection({ loader: glob({ base: `${root}/glossary`, pattern: '*.yaml' }), schema: glossarySchema(ref) }),
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema }),
  programs: defineCollection({ loader: mdx('programs'), schema: programSchema(ref) }),
  coachingCalls: defineCollection({ loader: mdx('coachingCalls'), schema: coachingCallSchema(ref) }),
};
