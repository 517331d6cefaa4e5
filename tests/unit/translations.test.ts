/**
 * Translations carry text only, in the shape of their English source; the status of every entry
 * is up to date, outdated or missing, and `npm test` fails on the last two (the first test below
 * runs on the real content). The build's own message for a shape mistake is asserted in
 * tests/fixtures/broken/translation-agenda-item-missing/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/errors.ts';
import { localizeInput, localeOfContentFile, translationId } from '../../src/lib/localize.ts';
import { applyTranslation, shapeProblems, sourceStamp, textCount, textSkeleton, translationState } from '../../src/lib/translation.ts';
import { checkTranslations, statusProblems, translationReport } from '../../src/lib/translations-check.ts';
import { translationStatus } from '../../src/lib/translation-status.ts';
import { idReference } from '../../src/schemas/fields.ts';
import { moduleSchema } from '../../src/schemas/module.ts';
import { fixtureRoot, parseContent, readContent } from '../support/content-harness.ts';

const work = mkdtempSync(join(tmpdir(), 'do-translations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the real Spanish edition', () => {
  const check = checkTranslations('content');

  it('has no translation whose shape differs from its English source', () => {
    expect(check.problems.map(formatProblem)).toEqual([]);
  });

  it('translates every entry with text, from the English as it is now (npm test fails on a missing or outdated one)', () => {
    expect(statusProblems(check, 'error').map(formatProblem)).toEqual([]);
    const [spanish] = translationStatus(check);
    expect(spanish?.counts.missing).toBe(0);
    expect(spanish?.counts.outdated).toBe(0);
    expect(spanish?.counts['up-to-date']).toBeGreaterThanOrEqual(140);
  });

  it('names no reviewer who has not reviewed: every entry is unreviewed until a bilingual organizer signs it', () => {
    expect(check.entries.filter((entry) => entry.reviewer !== undefined).map((entry) => entry.file)).toEqual([]);
  });
});

describe('the shape of a translation comes from the schema', () => {
  const english = {
    title: 'Teams',
    minutes: 30,
    agenda: [
      { title: 'Welcome', minutes: 10, kind: 'plenary', facilitator: { say: 'Hello.', watchFor: ['Late arrivals.'] } },
      {
        title: 'Practice',
        minutes: 20,
        kind: 'pairs',
        activity: 'one-on-one-practice',
        facilitator: { say: 'Pair up.', watchFor: ['Silence.'] },
      },
    ],
    sources: [{ author: 'Marshall Ganz', title: 'Why David Sometimes Wins', publisher: 'Oxford University Press', year: 2009 }],
    flipCharts: [{ title: 'The ask', lines: ['Ask for one thing'], item: 'Practice' }],
  };
  const skeleton = textSkeleton(moduleSchema(idReference), english);

  it('keeps text fields and drops minutes, kinds, references, cited works and the flip chart item', () => {
    expect(skeleton).toEqual({
      title: 'Teams',
      agenda: [
        { title: 'Welcome', facilitator: { say: 'Hello.', watchFor: ['Late arrivals.'] } },
        { title: 'Practice', facilitator: { say: 'Pair up.', watchFor: ['Silence.'] } },
      ],
      flipCharts: [{ title: 'The ask', lines: ['Ask for one thing'] }],
    });
    expect(textCount(skeleton)).toBe(9);
  });

  it('reports an agenda item too few, a field that is not text, and a field the English has no text in', () => {
    const spanish = {
      title: 'Equipos',
      minutes: 45,
      agenda: [{ title: 'Bienvenida', facilitator: { say: 'Hola.', watchFor: ['Llegadas tarde.'] } }],
      flipCharts: [{ title: 'La petición', lines: [3] }],
      translation: { from: 'abc' },
    };
    expect(shapeProblems('content/es/modules/teams.mdx', skeleton, spanish, ['translation']).map(formatProblem)).toEqual([
      'content/es/modules/teams.mdx → minutes: expected only the text fields of the English (title, flipCharts, agenda); found the field "minutes". Fix: remove it: minutes, kinds, flags, ids and sources live in the English file only. [translation-shape]',
      'content/es/modules/teams.mdx → flipCharts[0].lines[0]: expected the translated text of flipCharts[0].lines[0]; found 3. Fix: write the text in this language, as one value. [translation-shape]',
      'content/es/modules/teams.mdx → agenda: expected a list of 2 items, as in the English; found a list of 1. Fix: translate every item of the English list, in its order; add or remove items in the English file only. [translation-shape]',
    ]);
  });

  it('lays the text over the English and keeps everything else', () => {
    const spanish = {
      title: 'Equipos',
      agenda: [
        { title: 'Bienvenida', facilitator: { say: 'Hola.', watchFor: ['Llegadas tarde.'] } },
        { title: 'Práctica', facilitator: { say: 'Formen parejas.', watchFor: ['Silencio.'] } },
      ],
      flipCharts: [{ title: 'La petición', lines: ['Pida una sola cosa'] }],
    };
    const laid = applyTranslation(english, spanish);
    expect(laid.agenda.map((item) => [item.title, item.minutes, item.kind])).toEqual([
      ['Bienvenida', 10, 'plenary'],
      ['Práctica', 20, 'pairs'],
    ]);
    expect(laid.sources).toEqual(english.sources);
    expect(laid.flipCharts[0]).toEqual({ title: 'La petición', lines: ['Pida una sola cosa'], item: 'Practice' });
  });
});

describe('a translated curriculum', () => {
  const files = readContent(join(fixtureRoot, 'valid'));
  const { input } = parseContent(files);
  const first = input.modules.find((entry) => entry.id === 'first');

  it('finds its translations by the ids Astro gives them and follows names of agenda items', () => {
    expect(translationId('es', 'caseStudies', 'fight-for-15')).toBe('es/casestudies/fight-for-15');
    expect(translationId('es', 'evaluation', 'evaluation')).toBe('es/evaluation');
    const data = first?.data;
    if (!data) throw new Error('the valid fixture has a module "first"');
    const agenda = data.agenda.map((item, i) => ({
      title: `Parte ${i + 1}`,
      facilitator: { say: 'x', watchFor: item.facilitator.watchFor.map(() => 'y') },
    }));
    const { input: spanish, info } = localizeInput(input, 'es', [
      { id: 'es/modules/first', data: { title: 'Primero', agenda, translation: { from: 'x' } } },
    ]);
    const translated = spanish.modules.find((entry) => entry.id === 'first');
    expect(translated?.data.title).toBe('Primero');
    expect(translated?.data.minutes).toBe(data.minutes);
    expect(translated?.data.agenda.map((item) => item.minutes)).toEqual(data.agenda.map((item) => item.minutes));
    expect(info.get('modules/first')?.file).toBe('content/es/modules/first.mdx');
    // A chart names its item by the English title; the Spanish page names the Spanish item.
    for (const chart of translated?.data.flipCharts ?? []) if (chart.item !== undefined) expect(chart.item).toMatch(/^Parte \d+$/);
  });

  it('tells the language of a content file from its path', () => {
    expect(localeOfContentFile('/site/content', '/site/content/es/modules/x.mdx')).toBe('es');
    expect(localeOfContentFile('/site/content', '/site/content/modules/x.mdx')).toBeUndefined();
    expect(localeOfContentFile('/site/content', undefined)).toBeUndefined();
  });
});

describe('status: up to date, outdated, missing', () => {
  it('reports a missing and an outdated translation, each as a failure of npm test', () => {
    const root = join(work, 'content');
    cpSync(join(fixtureRoot, 'valid'), root, { recursive: true });
    cpSync(join(fixtureRoot, 'broken', 'translation-agenda-item-missing', 'es'), join(root, 'es'), { recursive: true });
    // Make the fixture's translation whole again: the status, not the shape, is under test here.
    const spanishFile = join(root, 'es', 'modules', 'first.mdx');
    const englishFile = join(root, 'modules', 'first.mdx');
    const withItem = readFileSync(spanishFile, 'utf8').replace(
      'adaptations:',
      '  - title: Bloque largo 5\n    facilitator:\n      say: Trabajen en grupos.\n      watchFor:\n        - Grupos que no están en la tarea.\nadaptations:',
    );
    writeFileSync(spanishFile, withItem);
    let check = checkTranslations(root);
    expect(check.problems.map(formatProblem)).toEqual([]);
    expect(check.entries.map((entry) => [entry.file, entry.state])).toEqual([['content/es/modules/first.mdx', 'up-to-date']]);
    const missing = statusProblems(check, 'error').map(formatProblem);
    expect(missing).toContain(
      'content/es/modules/second.mdx → (file): expected a translation of content/modules/second.mdx; found no file. Fix: run npm run translations -- skeleton es modules/second.mdx, translate it, then stamp it. [translation-status]',
    );

    // The English changes: the translation is outdated until it is brought up to date and stamped again.
    writeFileSync(englishFile, readFileSync(englishFile, 'utf8').replace('A module for tests.', 'A module for the tests.'));
    check = checkTranslations(root);
    expect(check.entries[0]?.state).toBe('outdated');
    const outdated = statusProblems(check, 'error').map(formatProblem);
    expect(outdated[0]).toMatch(
      /^content\/es\/modules\/first\.mdx → translation\.from: expected the stamp of content\/modules\/first\.mdx as it is now \([0-9a-f]{12}\); found "[0-9a-f]{12}"\. Fix: the English changed since this was translated: bring the translation up to date, then run npm run translations -- stamp content\/es\/modules\/first\.mdx \[translation-status\]$/,
    );
    expect(translationReport(root).summary).toEqual([
      `es: 0 up to date, 1 outdated, ${check.missing.length} missing; 0 reviewed by a named reviewer.`,
    ]);
  });

  it('stamps a file by the SHA-256 of its text, whatever the line endings', () => {
    expect(sourceStamp('a\r\nb')).toBe(sourceStamp('a\nb'));
    expect(sourceStamp('a')).toMatch(/^[0-9a-f]{12}$/);
    expect(translationState('a', sourceStamp('a'))).toBe('up-to-date');
    expect(translationState('a', sourceStamp('b'))).toBe('outdated');
    expect(translationState('a', undefined)).toBe('missing');
  });
});

describe('a translated case opens with its plain summary', () => {
  it('finds «En resumen» in every Spanish documented case, as «In short» in the English', async () => {
    const { plainSummaryOf, PLAIN_SUMMARY_HEADINGS } = await import('../../src/lib/reading-level.ts');
    const { readdirSync } = await import('node:fs');
    const { splitSource } = await import('../../src/lib/translations-check.ts');
    for (const file of readdirSync('content/caseStudies').filter((f) => f.endsWith('.mdx'))) {
      const english = splitSource(readFileSync(join('content/caseStudies', file), 'utf8')).body;
      const spanish = splitSource(readFileSync(join('content/es/caseStudies', file), 'utf8')).body;
      expect(plainSummaryOf(spanish, PLAIN_SUMMARY_HEADINGS.es) !== undefined, file).toBe(plainSummaryOf(english) !== undefined);
    }
  });
});

describe('Spanish pages use the Spanish terms of the glossary', () => {
  it('lists no Spanish file that uses an English term where the glossary has a Spanish one', async () => {
    const { readdirSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { englishTermsIn } = await import('../../src/lib/translation-terms.ts');
    const pairs = readdirSync('content/glossary').map((file) => {
      const english = parse(readFileSync(join('content/glossary', file), 'utf8')) as { term: string };
      const spanish = parse(readFileSync(join('content/es/glossary', file), 'utf8')) as { term: string; alternatives?: string[] };
      return { id: file, english: english.term, translated: spanish.term, alternatives: spanish.alternatives ?? [] };
    });
    const files = readdirSync('content/es', { recursive: true })
      .map(String)
      .filter((file) => /\.(mdx|yaml)$/.test(file));
    const misses = files.flatMap((file) => englishTermsIn(`content/es/${file}`, readFileSync(join('content/es', file), 'utf8'), pairs));
    expect(misses.map((miss) => `${miss.file}: "${miss.english}" → «${miss.translated}»`)).toEqual([]);
    // The check can fail: an English term left in running text is listed; a title, a name or a gloss is not.
    const sample = 'Haga un one-on-one con cada líder. Lea *One-on-one guide*. «Uno a uno» (one-on-one). Compró en Target.';
    expect(englishTermsIn('x.mdx', sample, pairs).map((miss) => miss.english)).toEqual(['One-on-one']);
  });
});

describe('Spanish flip charts', () => {
  it('name each chart in materials as «Rotafolio: <its Spanish title>», as the English does with "Flip chart: <title>"', async () => {
    const { readdirSync } = await import('node:fs');
    const { splitSource } = await import('../../src/lib/translations-check.ts');
    const { flipChartMaterials } = await import('../../src/lib/room-materials.ts');
    type Module = { materials: { item: string }[]; flipCharts?: { title: string }[] };
    const problems: string[] = [];
    for (const file of readdirSync('content/modules').filter((f) => f.endsWith('.mdx'))) {
      const english = splitSource(readFileSync(join('content/modules', file), 'utf8')).data as Module;
      const spanish = splitSource(readFileSync(join('content/es/modules', file), 'utf8')).data as Module;
      const titles = (english.flipCharts ?? []).map((chart) => chart.title);
      for (const { title, index } of flipChartMaterials(english.materials)) {
        const chart = spanish.flipCharts?.[titles.indexOf(title)]?.title;
        const expected = `Rotafolio: ${chart ?? '?'}`;
        if (spanish.materials[index]?.item !== expected)
          problems.push(`content/es/modules/${file} materials[${index}]: "${spanish.materials[index]?.item}", expected "${expected}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
