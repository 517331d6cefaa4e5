/**
 * Room materials on paper (issue 12): the sign-in sheet, the evaluation forms, a wall agenda for every
 * day of every format and every module's flip charts print on one page each, on US Letter and A4;
 * the sign-in sheet asks nothing that could expose a participant; and the schedules and run mode link them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_PAPERS, printedPages as printed } from '../support/printed.ts';
import { builtCurriculum, builtHtml, builtPages, openSite, type Site } from '../support/site.ts';
import { WORKSHOP_FORMATS } from '../../src/lib/formats.ts';
import { toolPaths } from '../../src/lib/urls.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

const papers = PRINT_PAPERS;
const printedPages = (path: string, format: (typeof papers)[number], landscape = false) => printed(site, path, format, landscape);

/** The run pages of each built-in format: its days, evenings or sessions. */
function sessionsOf(format: string): string[] {
  const prefix = `/schedules/${format}/run/`;
  return builtPages()
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length, -1));
}

/** The site paths a built page links to (hrefs, without the base, which is "/" here). */
function linksOf(path: string): string[] {
  return [...builtHtml(path).matchAll(/<a\b[^>]*\shref="([^"]+)"/g)].map(([, href = '']) => href);
}

const wallAgendas = WORKSHOP_FORMATS.flatMap((format) => sessionsOf(format.id).map((session) => toolPaths.wallAgenda(format.id, session)));
const flipChartPages = builtCurriculum().modules.map((module) => toolPaths.flipCharts(module.id));

describe('room materials exist for every day and every module', () => {
  it('has a wall agenda for every day of every built-in format', () => {
    const pages = builtPages();
    for (const format of WORKSHOP_FORMATS) expect(sessionsOf(format.id).length, format.id).toBeGreaterThan(0);
    expect(wallAgendas.filter((path) => !pages.includes(path))).toEqual([]);
    // And no wall agenda for a day the format does not have.
    expect(pages.filter((path) => path.startsWith('/print/wall-agenda/') && !path.endsWith('/bilingual/')).sort()).toEqual(
      [...wallAgendas].sort(),
    );
  });

  it('has the flip charts of every module, the opening and the closing, each chart with its lines', () => {
    for (const path of flipChartPages) {
      const html = builtHtml(path);
      const charts = [...html.matchAll(/<section class="flip-chart[^"]*"[^>]*>([\s\S]*?)<\/section>/g)];
      expect(charts.length, path).toBeGreaterThan(0);
      for (const [, chart = ''] of charts) expect(chart, path).toMatch(/<li>[^<]+<\/li>/);
    }
  });
});

describe('each sheet prints on one page, on US Letter and A4', () => {
  it.each([toolPaths.signIn(), ...flipChartPages])('%s prints on one page', async (path) => {
    for (const format of papers) {
      const pages = await printedPages(path, format);
      expect(pages.length, `${path} on ${format}`).toBe(1);
    }
  });

  it.each(wallAgendas)('%s prints on one landscape page with the clock times of the day', async (path) => {
    const times = [...builtHtml(path).matchAll(/<span class="time[^"]*">(\d\d:\d\d)<\/span>/g)].map(([, time = '']) => time);
    expect(times.length, path).toBeGreaterThan(2);
    for (const format of papers) {
      const pages = await printedPages(path, format, true);
      expect(pages.length, `${path} on ${format}`).toBe(1);
      for (const time of times) expect(pages[0], `${path} on ${format}`).toContain(time);
    }
  });

  it('prints each evaluation form on a page of its own: one for each day, two for the end of the training', async () => {
    const titles = [...builtHtml(toolPaths.evaluation()).matchAll(/<h2 id="form-\d+">([^<]+)<\/h2>/g)].map(([, title = '']) => title);
    expect(titles.length).toBe(3);
    for (const format of papers) {
      const pages = await printedPages(toolPaths.evaluation(), format);
      expect(pages.length, format).toBe(titles.length);
      titles.forEach((title, i) => expect(pages[i], `${format} page ${i + 1}`).toContain(title));
    }
  });
});

describe('the sign-in sheet', () => {
  const headings = () =>
    [...builtHtml(toolPaths.signIn()).matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map(([, text = '']) => text.trim());

  it('asks for name, organization, language, optional contact and interpretation, and nothing that could expose a participant', () => {
    expect(headings()).toEqual([
      'Line',
      'Name',
      'Organization',
      'Language you prefer',
      'Phone or email (only if you want)',
      'Interpretation needed?',
    ]);
    expect(
      headings().filter((text) => /immigra|status|citizen|papers|document|social security|address|birth|employer/i.test(text)),
    ).toEqual([]);
  });

  it('says on paper what the list is for, that contact details are optional, and not to write immigration status', async () => {
    const [sheet = ''] = await printedPages(toolPaths.signIn(), 'Letter');
    expect(sheet).toContain('We use this list only to know who came');
    expect(sheet).toContain('leave it empty if you prefer');
    expect(sheet).toContain('Do not write anything about immigration status');
    // Lines to write on, numbered, for half a room of 30 (the screen says to print two).
    expect(sheet).toMatch(/\b15\b/);
    expect(builtHtml(toolPaths.signIn())).toContain('For a room of 30, print 2 sheets.');
  });
});

describe('the schedules and run mode link the room materials', () => {
  it('links every day’s wall agenda, the sign-in sheet, the evaluation forms and the printouts from each format’s schedule', () => {
    for (const format of WORKSHOP_FORMATS) {
      const links = linksOf(toolPaths.schedule(format.id));
      for (const session of sessionsOf(format.id)) expect(links, format.id).toContain(toolPaths.wallAgenda(format.id, session));
      expect(links).toEqual(expect.arrayContaining([toolPaths.signIn(), toolPaths.evaluation(), toolPaths.printouts()]));
    }
    expect(linksOf(toolPaths.schedules())).toContain(toolPaths.printouts());
  });

  it('links the wall agenda of the day from each day’s run mode, and the flip charts from each module’s run mode', () => {
    for (const format of WORKSHOP_FORMATS) {
      for (const session of sessionsOf(format.id)) {
        expect(linksOf(toolPaths.runSession(format.id, session))).toContain(toolPaths.wallAgenda(format.id, session));
      }
    }
    for (const module of builtCurriculum().modules)
      expect(linksOf(toolPaths.runModule(module.id))).toContain(toolPaths.flipCharts(module.id));
  });

  it('lists every room material on /print/, with its PDFs on US Letter and A4, and links /print/ from the sidebar', () => {
    const links = linksOf(toolPaths.printouts());
    const room = [toolPaths.signIn(), toolPaths.evaluation(), ...wallAgendas, ...flipChartPages];
    expect(room.filter((path) => !links.includes(path))).toEqual([]);
    expect(links).toEqual(expect.arrayContaining([toolPaths.pdfFile('sign-in-sheet', 'letter'), toolPaths.pdfFile('sign-in-sheet', 'a4')]));
    expect(linksOf(toolPaths.signIn())).toContain(toolPaths.printouts());
  });
});
