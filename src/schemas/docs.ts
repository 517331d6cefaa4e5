/**
 * Starlight's own pages (`content/docs/`): where they live, and the error messages the
 * content check gives for Starlight's schema (`docsSchema()`), which has zod's default
 * messages, in the project's shape (`expected …; found …. Fix: … [docs-frontmatter]`).
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { closestName } from '../lib/suggest.ts';
import { fieldPath } from '../lib/errors.ts';
import { problemText } from './fields.ts';

/** Folder and file pattern of Starlight's pages, used by `src/content.config.ts` and the content check. */
export const starlightDocs = { folder: 'docs', pattern: '**/[^_]*.{md,mdx}' } as const;

const reference = 'https://starlight.astro.build/reference/frontmatter/';

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'indented fields (name: value)',
  array: 'a list',
};

/** Per-parse error map for Starlight's page schema. */
export const docsErrorMap: z.core.$ZodErrorMap = (issue) => {
  const field = `the field ${fieldPath(issue.path ?? [])}`;
  if (issue.code === 'invalid_type') {
    const as = typeWords[issue.expected] ?? issue.expected;
    const fix = issue.input === undefined ? `add ${field} (see ${reference}).` : `write ${field} as ${as}.`;
    return problemText('docs-frontmatter', `${field} as ${as}`, issue.input, fix);
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const near = typeof issue.input === 'string' ? closestName(issue.input, values) : undefined;
    const fix =
      near === undefined ? 'use one of the listed values exactly.' : `did you mean "${near}"? Use one of the listed values exactly.`;
    return problemText('docs-frontmatter', `${field}: one of ${values.map((v) => `"${v}"`).join(', ')}`, issue.input, fix);
  }
  return problemText('docs-frontmatter', `${field} as Starlight documents it`, issue.input, `compare it with ${reference}.`);
};

/** Starlight's page schema, with a stand-in for `image()` (a path, as text). */
export function docsPageSchema(): z.ZodType {
  return docsSchema()({ image: () => z.string() } as unknown as Parameters<ReturnType<typeof docsSchema>>[0]);
}
