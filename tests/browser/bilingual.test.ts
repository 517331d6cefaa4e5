/**
 * Printouts for mixed rooms: the bilingual wall agenda of every session and the bilingual worksheet of
 * every activity, in both site languages. Each shows every title in the page's language and its
 * translation marked with the other language's `lang`; each prints on Letter and A4 (the agenda on one
 * landscape page, the worksheet without a table row cut across pages); axe finds nothing; and the
 * one-language pages and /print/ link them.
 */
import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems, cutRows } from '../support/gates.ts';
import { PRINT_PAPERS, printedPages } from '../support/printed.ts';
import { builtCurriculum, builtHtml, openSite, type Site } from '../support/site.ts';
import type { CurriculumExport } from '../../src/lib/export.ts';
import { builtInSchedule, timedModules, WORKSHOP_FORMATS } from '../../src/lib/formats.ts';
import { paths, pageUrl, toolPaths, type Locale } from '../../src/lib/urls.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

const curricula: Record<Locale, CurriculumExport> = {
  en: builtCurriculum(),
  es: JSON.parse(readFileSync('dist/es/curriculum.json', 'utf8')) as CurriculumExport,
};
const languages = [
  { page: 'en', other: 'es' },
  { page: 'es', other: 'en' },
] as const satisfies readonly { page: Locale; other: Locale }[];

/** The titles of an agenda item ("<module>:<number>") in one language. */
function itemTitles(locale: Locale): Map<string, string> {
  return new Map(curricula[locale].modules.flatMap((m) => m.agenda.map((item, i) => [`${m.id}:${i + 1}`, item.title] as const)));
}

/** Every session of every built-in format, with the keys of its agenda items (breaks are the format's own). */
const sessions = WORKSHOP_FORMATS.flatMap((format) => {
  const modules = timedModules(
    // The export leaves out item numbers: they are positions from 1 (src/lib/curriculum.ts).
    curricula.en.modules.map((m) => ({
      ...m,
      agenda: m.agenda.map((item, i) => ({ ...item, number: i + 1, anchor: '', shrinkTo: item.shrinkTo ?? undefined })),
    })),
  );
  return builtInSchedule(modules, format).sessions.map((session) => ({
    format: format.id,
    session: session.number,
    items: session.rows.flatMap((row) => (row.type === 'item' ? [row.item.key] : [])),
  }));
});

/** Text of the wall agenda in each language: what carries the other language's `lang`, and the rest. */
async function agendaTexts(path: string, other: Locale) {
  const page = await site.newPage();
  await page.goto(site.url(path));
  const texts = await page.evaluate((lang) => {
    const agenda = document.querySelector('.wall-agenda')!;
    const marked = [...agenda.querySelectorAll(`[lang="${lang}"]`)].map((el) => el.textContent ?? '');
    const own = agenda.cloneNode(true) as HTMLElement;
    for (const el of own.querySelectorAll('[lang]')) el.remove();
    return {
      html: document.documentElement.lang,
      marked: marked.join(' | '),
      own: own.textContent ?? '',
      otherLangs: [...agenda.querySelectorAll('[lang]')].map((el) => el.getAttribute('lang')),
      labels: [...agenda.querySelectorAll('.bi-other .bi-label')].map((el) => el.textContent ?? ''),
    };
  }, other);
  await page.context().close();
  return texts;
}

const languageName = { en: 'English', es: 'Español' } as const;

describe('the bilingual wall agenda', () => {
  for (const { page: locale, other } of languages) {
    it.each(sessions)(`shows every item of $format session $session in ${locale} with its ${other} title marked ${other}`, async (s) => {
      const path = pageUrl(toolPaths.bilingualWallAgenda(s.format, s.session), { locale });
      const texts = await agendaTexts(path, other);
      expect(texts.html).toBe(locale);
      expect(new Set(texts.otherLangs)).toEqual(new Set([other]));
      expect(texts.labels.length).toBeGreaterThan(0);
      expect(new Set(texts.labels)).toEqual(new Set([languageName[other]]));
      const own = itemTitles(locale);
      const translated = itemTitles(other);
      const squash = (text: string) => text.replace(/\s+/g, ' ');
      for (const key of s.items) {
        expect(squash(texts.own), `${path}: ${key}`).toContain(own.get(key));
        expect(squash(texts.marked), `${path}: ${key}`).toContain(translated.get(key));
      }
    });
  }

  // Both languages take about twice the lines of one: the longest days (a two-day format's) need a
  // second sheet, the rest fit on one. A4 landscape is the shorter of the two papers, so it is the one checked.
  it('prints every session on at most two landscape A4 pages, in both languages', { timeout: 600_000 }, async () => {
    const overflowing: string[] = [];
    for (const s of sessions) {
      for (const { page: locale } of languages) {
        const path = pageUrl(toolPaths.bilingualWallAgenda(s.format, s.session), { locale });
        const pages = (await printedPages(site, path, 'A4', true)).length;
        if (pages > 2) overflowing.push(`${path} on A4: ${pages} pages`);
      }
    }
    expect(overflowing).toEqual([]);
  });
});

describe('the bilingual worksheet', () => {
  const activities = curricula.en.activities;

  for (const { page: locale, other } of languages) {
    it.each(activities)(`shows every section heading of $id in ${locale} and ${other}`, (activity) => {
      const html = builtHtml(pageUrl(toolPaths.bilingualWorksheet(activity.id), { locale }));
      expect(html).toContain(`<html lang="${locale}"`);
      const headings = [...html.matchAll(/<h2 id="ws-[^"]+">([\s\S]*?)<\/h2>/g)].map(([, inner = '']) => inner);
      // The headings as each language's own worksheet page shows them.
      const headingsOf = (lang: Locale) =>
        [...builtHtml(pageUrl(paths.worksheet(activity.id), { locale: lang })).matchAll(/<h2 id="ws-[^"]+">([^<]*)<\/h2>/g)].map(
          ([, text = '']) => text,
        );
      const own = headingsOf(locale);
      const translated = headingsOf(other);
      expect(own.length).toBeGreaterThan(0);
      expect(headings.length).toBe(own.length);
      headings.forEach((heading, i) => {
        expect(heading.startsWith(own[i]!)).toBe(true);
        expect(heading).toContain(
          `<span class="bi-other" lang="${other}"><span class="bi-label">${languageName[other]}</span> ${translated[i]}</span>`,
        );
      });
    });
  }

  it.each(activities)('prints $id on Letter and A4 without a table row cut across pages, in both languages', async (activity) => {
    const page = await site.newPage();
    for (const { page: locale } of languages) {
      const path = pageUrl(toolPaths.bilingualWorksheet(activity.id), { locale });
      await page.goto(site.url(path));
      const rows = await page.locator('main table tbody tr').allInnerTexts();
      for (const format of PRINT_PAPERS) {
        const doc = await getDocumentProxy(new Uint8Array(await page.pdf({ format, printBackground: true })));
        const { text, totalPages } = await extractText(doc, { mergePages: false });
        expect(totalPages, `${path} on ${format}`).toBeLessThanOrEqual(6);
        expect(cutRows(text, rows), `${path} on ${format}`).toEqual([]);
      }
    }
    await page.context().close();
  });
});

describe('axe and links', () => {
  const pages = languages.flatMap(({ page: locale }) => [
    pageUrl(toolPaths.bilingualWallAgenda('two-day', 1), { locale }),
    pageUrl(toolPaths.bilingualWallAgenda('weekly-evenings', 2), { locale }),
    pageUrl(toolPaths.bilingualWorksheet('snowflake-chart'), { locale }),
    pageUrl(toolPaths.bilingualWorksheet('power-map'), { locale }),
  ]);

  it('finds no axe-core violation on the bilingual pages, in the light and the dark theme', async () => {
    const page = await site.newPage();
    const problems: string[] = [];
    for (const path of pages)
      for (const theme of ['light', 'dark'] as const) problems.push(...(await axeProblems(page, site.url(path), theme)));
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it('links each bilingual version from its one-language page and from /print/, in both languages', () => {
    for (const { page: locale } of languages) {
      const link = locale === 'en' ? 'Bilingual version (English and Spanish)' : 'Versión bilingüe (español e inglés)';
      const index = builtHtml(pageUrl(toolPaths.printouts(), { locale }));
      for (const s of sessions) {
        const bilingual = pageUrl(toolPaths.bilingualWallAgenda(s.format, s.session), { locale });
        const html = builtHtml(pageUrl(toolPaths.wallAgenda(s.format, s.session), { locale }));
        expect(html).toContain(`<a href="${bilingual}">${link}</a>`);
        expect(index).toContain(`href="${bilingual}"`);
      }
      for (const activity of curricula.en.activities) {
        const bilingual = pageUrl(toolPaths.bilingualWorksheet(activity.id), { locale });
        expect(builtHtml(pageUrl(paths.worksheet(activity.id), { locale }))).toContain(`<a href="${bilingual}">${link}</a>`);
        expect(index).toContain(`href="${bilingual}"`);
      }
    }
  });
});
