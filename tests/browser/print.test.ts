/** Printing: worksheets fit A4 and US Letter without site chrome; facilitator pages print their notes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { cutRows, printedChrome } from '../support/gates.ts';
import { builtCurriculum, builtHtml, builtPages, openSite, type Site } from '../support/site.ts';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import { WORKSHOP_FORMATS } from '../../src/lib/formats.ts';
import { formatPackStem, PACK_ROLES } from '../../src/lib/packs.ts';
import { DOCUMENT_PAPERS, PDF_META_NAME, readPdfRequest } from '../../src/lib/print-files.ts';
import { pageUrl, toolPaths } from '../../src/lib/urls.ts';
import { parseContent, readContent } from '../support/content-harness.ts';
import { pageType } from '../../scripts/lib/page-types.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

async function printed(path: string, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  const page = await site.newPage();
  await page.goto(site.url(path));
  const pdf = await page.pdf({ format, printBackground: true });
  await page.context().close();
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  // A line that wraps after a hyphen ("one-|pager") comes out of the PDF as "one- pager"; join it back.
  return { pages: totalPages, text: text.replace(/\s+/g, ' ').replace(/(\w)- (\w)/g, '$1-$2') };
}

/** The licence line (src/components/Licence.astro) as it prints, link addresses included. */
const licenceOnPaper =
  'You may copy, share and adapt this curriculum, also for a fee, if you credit it as “Distributed Organizing” by its contributors, link to the CC BY-SA 4.0 licence (https://creativecommons.org/licenses/by-sa/4.0/legalcode), say what you changed and share your version under the same licence. The code is under the MIT licence (https://opensource.org/license/mit/).';

describe('printing', () => {
  for (const activity of builtCurriculum().activities) {
    it(`prints the ${activity.artifact.name} worksheet on A4 and Letter within four pages, without site chrome`, async () => {
      for (const format of ['A4', 'Letter'] as const) {
        const { pages, text } = await printed(activity.worksheetUrl, format);
        expect(pages, `${format} pages`).toBeLessThanOrEqual(4);
        expect(text).toContain(activity.artifact.name);
        expect(text).not.toContain('Curriculum overview');
        expect(text).not.toContain('On this page');
        expect(text).not.toContain('Print this page');
        expect(text).toContain(licenceOnPaper);
      }
    });
  }

  // Every printout is printed once: allow each a few seconds, so a busy machine slows the run instead of failing it.
  const printouts = builtPages().filter((p) => p.startsWith('/print/'));
  it(
    'prints what a reuser may do and how to credit, with the licence address, at the end of each print pack',
    { timeout: 60_000 + printouts.length * 3_000 },
    async () => {
      for (const path of printouts) {
        const { text } = await printed(path, 'A4');
        expect(text.slice(-1000), path).toContain(licenceOnPaper);
      }
    },
  );

  // Every facilitator page, every participant module page and every print pack.
  const agendaPages = [
    ...builtCurriculum().modules.flatMap((m) => [m.url, m.facilitatorUrl]),
    ...builtPages().filter((p) => pageType(p) === 'print-pack'),
  ];
  // Each page is printed on two papers: allow each a few seconds, so a busy machine slows the run instead of failing it.
  it(
    'prints facilitator and participant pages without header, sidebars or search, and never cuts an agenda row in two',
    { timeout: 60_000 + agendaPages.length * 6_000 },
    async () => {
      const problems: string[] = [];
      const page = await site.newPage();
      for (const path of agendaPages) {
        await page.goto(site.url(path));
        for (const chrome of await printedChrome(page)) problems.push(`${path}: ${chrome} is visible in print`);
        const rows = await page.locator('main table tbody tr').allInnerTexts();
        if (rows.length === 0) problems.push(`${path}: expected an agenda table; found none`);
        for (const format of ['A4', 'Letter'] as const) {
          const doc = await getDocumentProxy(new Uint8Array(await page.pdf({ format, printBackground: true })));
          const { text } = await extractText(doc, { mergePages: false });
          for (const row of cutRows(text, rows))
            problems.push(`${path} (${format}): the row “${row.replace(/\s+/g, ' ').slice(0, 60)}” is cut across two pages`);
          const all = text.join(' ');
          for (const chrome of ['Skip to content', 'On this page', 'Curriculum overview', 'Schedule builder'])
            if (all.includes(chrome)) problems.push(`${path} (${format}): “${chrome}” is printed`);
        }
      }
      await page.context().close();
      expect(problems).toEqual([]);
    },
  );

  it('prints each source address of a case study once', async () => {
    const study = builtCurriculum().caseStudies.find((c) => c.sources.some((s) => s.url))!;
    const { text } = await printed(study.url, 'A4');
    const squashed = text.replace(/\s+/g, '');
    for (const source of study.sources.filter((s) => s.url)) expect(squashed.split(source.url!).length - 1, source.url).toBe(1);
  });

  it('prints a facilitator page with its notes and without the sidebar', async () => {
    const { text } = await printed('/modules/relationships/facilitator/', 'Letter');
    expect(text).toContain('What to say:');
    expect(text).not.toContain('Schedule builder');
  });

  describe('whole-format packs', () => {
    const curriculum = linkCurriculum(parseContent(readContent('content')).input);
    /** HTML text with entities as the templates write them. */
    const escaped = (text: string) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

    it('asks for a US Letter and an A4 PDF of every format pack and links both', () => {
      for (const format of WORKSHOP_FORMATS) {
        for (const role of PACK_ROLES) {
          const html = builtHtml(toolPaths.printPack(role, format.id));
          const content = new RegExp(`<meta name="${PDF_META_NAME}" content="([^"]+)"`).exec(html)?.[1] ?? '';
          const request = readPdfRequest(content.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
          expect(request, `${format.id} ${role}`).toMatchObject({ stem: formatPackStem(format.id, role), papers: DOCUMENT_PAPERS });
          for (const paper of DOCUMENT_PAPERS) expect(html).toContain(`href="${pageUrl(toolPaths.pdf(role, format.id, paper))}"`);
        }
      }
    });

    it('puts every activity step, debrief question and variation, every adaptation and timing tip in the facilitator pack', () => {
      const html = builtHtml(toolPaths.printPack('facilitator', WORKSHOP_FORMATS[0]!.id));
      const missing: string[] = [];
      for (const module of curriculum.modules) {
        const texts = [...Object.values(module.adaptations), ...module.timingTips];
        for (const id of module.activityIds) {
          const activity = curriculum.activities.find((a) => a.id === id)!;
          texts.push(...activity.steps.map((s) => s.instructions), ...activity.debrief, ...activity.variations.map((v) => v.description));
        }
        for (const text of texts) if (!html.includes(escaped(text))) missing.push(`${module.id}: ${text.slice(0, 60)}`);
      }
      expect(missing).toEqual([]);
    });

    it('lets the parts of a pack flow on paper: no part forces a new page', async () => {
      const page = await site.newPage();
      for (const format of WORKSHOP_FORMATS) {
        for (const role of PACK_ROLES) {
          await page.goto(site.url(toolPaths.printPack(role, format.id)));
          await page.emulateMedia({ media: 'print' });
          const forced = await page.evaluate(() =>
            [...document.querySelectorAll('.print-pack *')]
              .filter((el) => ['page', 'left', 'right'].includes(getComputedStyle(el).breakBefore))
              .map((el) => el.outerHTML.slice(0, 80)),
          );
          expect(forced, `${format.id} ${role}`).toEqual([]);
        }
      }
      await page.context().close();
    });
  });
});
