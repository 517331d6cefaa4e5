/**
 * Content collections. The curriculum collections come from the one table in
 * `src/schemas/collections.ts` (folder, file pattern, schema); Starlight's own `docs` and
 * `i18n` collections are declared here. References between entries use `reference()`; the
 * rules in `src/lib/rules.ts` fail the build when a target is missing.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { translationLocales } from './schemas/translation.ts';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { interfaceStrings } from './content/i18n/schema.ts';
import {
  contentRoot,
  curriculumCollectionNames,
  curriculumCollections,
  type CollectionSchema,
  type CurriculumCollection,
} from './schemas/collections.ts';
import { starlightDocs } from './schemas/docs.ts';
import type { ReferenceBuilder } from './schemas/fields.ts';

const ref = reference as unknown as ReferenceBuilder;

/** The glob loader over each translation folder that exists (a content folder without translations loads none, quietly). */
function translationsLoader(): Loader {
  const present = translationLocales.filter((locale) => existsSync(join(root, locale)));
  const inner = glob({ base: root, pattern: present.map((locale) => `${locale}/**/[^_]*.{mdx,yaml}`) });
  return {
    name: 'translations',
    load: async (context) => {
      if (present.length === 0) context.store.clear();
      else await inner.load(context);
    },
  };
}
const root = contentRoot();

function curriculumCollection<C extends CurriculumCollection>(name: C) {
  const { folder, pattern, schema } = curriculumCollections[name];
  return defineCollection({ loader: glob({ base: `${root}/${folder}`, pattern }), schema: schema(ref) as CollectionSchema<C> });
}

type CurriculumCollections = { [C in CurriculumCollection]: ReturnType<typeof curriculumCollection<C>> };

const curriculum = Object.fromEntries(curriculumCollectionNames.map((name) => [name, curriculumCollection(name)])) as CurriculumCollections;

export const collections = {
  /** Starlight's own pages (content/docs): the long-form pages that need no custom layout. */
  docs: defineCollection({
    loader: glob({ base: `${root}/${starlightDocs.folder}`, pattern: starlightDocs.pattern }),
    schema: docsSchema(),
  }),
  /** Interface strings (Starlight's own and ours), one JSON file per language in src/content/i18n/. */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: interfaceStrings }) }),
  /**
   * Translations (`content/<locale>/…`, e.g. `content/es/modules/coaching.mdx`): text only, laid
   * over the English entries by `src/lib/localize.ts`. Their shape is checked before the build
   * (`src/lib/translations-check.ts`), so the collection takes them as written.
   */
  translations: defineCollection({
    loader: translationsLoader(),
    schema: z.record(z.string(), z.unknown()),
  }),
  ...curriculum,
};
