/**
 * `npm run new -- <activity|case|module> <id> [--title "…"] [--practice <id>] [--composite]`
 *
 * Starts a new activity, case study or module: writes a draft with every field its schema needs,
 * each text a "TO WRITE:" prompt (scripts/lib/scaffold.ts). The draft's name starts with `_`,
 * so the build skips it; rename it without the `_` to publish it, and the build's content check
 * names every field still to write.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { SCAFFOLD_KINDS, requestProblem, scaffold, type ExistingContent, type ScaffoldKind } from './lib/scaffold.ts';
import { contentRoot } from '../src/schemas/collections.ts';

const USAGE = 'Usage: npm run new -- <activity|case|module> <id> [--title "Title"] [--practice <practice id>] [--composite]';

function ids(folder: string): string[] {
  const dir = join(contentRoot(), folder);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
        .map((f) => f.slice(0, -4))
    : [];
}

function frontmatterOf(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const data: unknown = parse(block);
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

function existing(): ExistingContent {
  const root = contentRoot();
  const modules = ids('modules');
  const activities = ids('activities');
  return {
    ids: { activities, caseStudies: ids('caseStudies'), modules, practices: ids('practices') },
    orders: modules.map((id) => Number(frontmatterOf(join(root, 'modules', `${id}.mdx`))['order'])).filter(Number.isFinite),
    activities: activities.map((id) => {
      const data = frontmatterOf(join(root, 'activities', `${id}.mdx`));
      const practices = Array.isArray(data['practices']) ? data['practices'].map(String) : [];
      return { id, practices, minutes: Number(data['minutes']) || 0 };
    }),
  };
}

function main(): number {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, practice: { type: 'string' }, composite: { type: 'boolean', default: false } },
  });
  const [kind, id] = positionals;
  if (!kind || !id || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
    console.error(USAGE);
    return 2;
  }
  const request = {
    kind: kind as ScaffoldKind,
    id,
    title: values.title,
    practice: values.practice,
    caseKind: values.composite ? ('composite' as const) : ('documented' as const),
  };
  const content = existing();
  const problem = requestProblem(request, content);
  if (problem) {
    console.error(`${problem}\n${USAGE}`);
    return 1;
  }
  const file = scaffold(request, content);
  const target = join(contentRoot(), file.draft.replace(/^content\//, ''));
  if (existsSync(target)) {
    console.error(`${file.draft} already exists: open it, or delete it to start again.`);
    return 1;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text);
  console.log(`Created ${file.draft} (a draft: the build skips files whose name starts with "_").`);
  console.log(`Next: replace every "TO WRITE:" prompt with your text, then rename it to ${file.published}.`);
  console.log('Run "npm run dev" to see it; the build then names any field still to fix, with the line and what to write.');
  return 0;
}

process.exitCode = main();
