/**
 * Templates get content entries from the data layer (a property in the content, a function
 * in `src/lib/views.ts`), never by naming an entry's id: renaming or removing a file must not
 * leave a template pointing at nothing.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files } from '../../src/lib/html.ts';
import { activitySettings } from '../../src/schemas/activity.ts';
import { caseKinds, caseSectors } from '../../src/schemas/caseStudy.ts';
import { guideAudiences } from '../../src/schemas/guide.ts';
import { agendaItemKinds, moduleKinds } from '../../src/schemas/module.ts';
import { programAudiences } from '../../src/schemas/program.ts';
import { materialUnits, preparationDue } from '../../src/schemas/shared.ts';

const root = process.cwd();

/** Schema values that may equal an id by chance ("opening" is a module kind and a module). */
const enumValues = new Set<string>([
  ...activitySettings,
  ...caseKinds,
  ...caseSectors,
  ...guideAudiences,
  ...agendaItemKinds,
  ...moduleKinds,
  ...programAudiences,
  ...materialUnits,
  ...preparationDue,
]);

/** Entry ids by collection folder, from the file names under content/. */
function contentIds(contentDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const folder of readdirSync(contentDir)) {
    // Starlight's pages, and files at the root such as content/publisher.yaml, are not entries with ids.
    if (folder === 'docs' || !statSync(join(contentDir, folder)).isDirectory()) continue;
    for (const file of files(join(contentDir, folder))) {
      const id = relative(join(contentDir, folder), file).replace(/\.(mdx|md|ya?ml)$/, '');
      if (!enumValues.has(id)) ids.set(id, folder);
    }
  }
  return ids;
}

/**
 * Content ids written in a template. Any quoted id of an entry counts; glossary terms are
 * plain words that also serve as heading ids, so they count only where they are linked
 * (`term('x')`, `/glossary/#x`).
 */
function idsIn(source: string, ids: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [, , id] of source.matchAll(/(['"`])([a-z0-9]+(?:-[a-z0-9]+)*)\1/g))
    if (id && ids.has(id) && ids.get(id) !== 'glossary') found.push(`${ids.get(id)}/${id}`);
  for (const [, id] of source.matchAll(/(?:term\(\s*['"`]|\/glossary\/#)([a-z0-9-]+)/g))
    if (id && ids.has(id)) found.push(`glossary/${id}`);
  return found;
}

const templates = [...files(join(root, 'src/pages')), ...files(join(root, 'src/components'))].filter((f) => /\.(astro|ts)$/.test(f));

describe('no content id in a template', () => {
  const ids = contentIds(join(root, 'content'));

  it('reads the ids of the real content', () => {
    expect(ids.get('follow-up-coaching')).toBe('programs');
    expect(ids.get('coaching-practice')).toBe('activities');
    expect(ids.get('call-1')).toBe('coachingCalls');
    expect(ids.has('opening')).toBe(false);
  });

  it('finds an id in a template that names one', () => {
    const sample = `const calls = program.id === 'follow-up-coaching' ? all : [];\n<a href={href(paths.worksheet("coaching-practice"))}>log</a> <a href={href(paths.term('debrief'))}>x</a> <h2 id="debrief">`;
    expect(idsIn(sample, ids)).toEqual(['programs/follow-up-coaching', 'activities/coaching-practice', 'glossary/debrief']);
  });

  it('finds none in src/pages and src/components', () => {
    const hits = templates.flatMap((file) => idsIn(readFileSync(file, 'utf8'), ids).map((id) => `${relative(root, file)}: ${id}`));
    expect(hits).toEqual([]);
  });
});
