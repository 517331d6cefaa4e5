/**
 * Translations of the curriculum, from the command line.
 *
 *   npm run translations                      status of every entry in every language
 *   npm run translations -- skeleton es modules/teams.mdx [more…]
 *                                             writes content/es/modules/teams.mdx: the English text fields
 *                                             in their structure, and the English body, ready to translate
 *   npm run translations -- skeleton es --missing
 *                                             the same for every entry that has no translation yet
 *   npm run translations -- stamp content/es/modules/teams.mdx [more…]
 *                                             records that the file translates the English as it is now
 *
 * The shape rules and the status live in src/lib/translation.ts and src/lib/translations-check.ts;
 * the build runs the same check.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { contentRoot, curriculumCollections } from '../src/schemas/collections.ts';
import { translationLocales, type TranslationLocale } from '../src/schemas/translation.ts';
import { sourceStamp } from '../src/lib/translation.ts';
import { englishSources, splitSource, translationReport, translatedPath } from '../src/lib/translations-check.ts';

const root = contentRoot();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function asLocale(value: string | undefined): TranslationLocale {
  if (value !== undefined && (translationLocales as readonly string[]).includes(value)) return value as TranslationLocale;
  return fail(
    `Give the language first: one of ${translationLocales.join(', ')} (e.g. npm run translations -- skeleton es modules/teams.mdx).`,
  );
}

/** A file named as `modules/teams.mdx`, `content/modules/teams.mdx`, `evaluation.yaml` or a full path: its path inside the content root. */
function insideRoot(name: string): string {
  const absolute = resolve(name);
  const rootPath = resolve(root);
  if (absolute.startsWith(`${rootPath}${sep}`)) return relative(rootPath, absolute).split(sep).join('/');
  return name.replace(/^\.\//, '').replace(/^content\//, '');
}

function skeleton(locale: TranslationLocale, names: string[]): void {
  const sources = englishSources(root);
  const wanted =
    names[0] === '--missing'
      ? sources.filter((source) => source.skeleton !== undefined && !existsSync(join(root, translatedPath(locale, source.path))))
      : names.map((name) => {
          const path = insideRoot(name);
          const source = sources.find((candidate) => candidate.path === path);
          return source ?? fail(`No English entry ${path} in ${root}: name a file as modules/teams.mdx or content/evaluation.yaml.`);
        });
  for (const source of wanted) {
    if (source.skeleton === undefined) {
      console.log(`${source.path}: no text to translate; skipped.`);
      continue;
    }
    const target = join(root, translatedPath(locale, source.path));
    if (existsSync(target)) {
      console.log(`${relative('.', target)} exists; left as it is.`);
      continue;
    }
    const data = { ...(source.skeleton as Record<string, unknown>), translation: { from: 'TO-STAMP' } };
    const format = curriculumCollections[source.collection].format;
    const text =
      format === 'yaml'
        ? stringify(data, { lineWidth: 0 })
        : `---\n${stringify(data, { lineWidth: 0 })}---\n${splitSource(source.text).body}`;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`wrote ${relative('.', target)}: translate every text, then run npm run translations -- stamp ${relative('.', target)}`);
  }
}

function stamp(names: string[]): void {
  if (names.length === 0) fail('Name the translated files to stamp, e.g. npm run translations -- stamp content/es/modules/teams.mdx');
  for (const name of names) {
    const path = insideRoot(name);
    const [locale, ...rest] = path.split('/');
    asLocale(locale);
    const english = join(root, rest.join('/'));
    if (!existsSync(english)) fail(`${name}: no English file ${relative('.', english)}; a translation keeps the English file name.`);
    const file = join(root, path);
    const text = readFileSync(file, 'utf8');
    const next = text.replace(/^(\s*from:\s*).*$/m, `$1"${sourceStamp(readFileSync(english, 'utf8'))}"`);
    if (next === text && !/^\s*from:/m.test(text))
      fail(`${name}: no "translation:" record with a "from:" line; add translation:\\n  from: TO-STAMP and run this again.`);
    writeFileSync(file, next);
    console.log(`stamped ${relative('.', file)}`);
  }
}

function status(): void {
  const report = translationReport(root);
  for (const line of report.lines) console.log(line);
  if (report.problems > 0) process.exit(1);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'skeleton') skeleton(asLocale(args[0]), args.slice(1));
else if (command === 'stamp') stamp(args);
else if (command === undefined || command === 'status') status();
else fail(`Unknown command "${command}": use skeleton, stamp or status (npm run translations -- status).`);
