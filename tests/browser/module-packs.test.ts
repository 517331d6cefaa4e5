/**
 * The pack of each module (issue 12): a facilitator pack and a participant pack for every module,
 * the opening and the closing, each a print page that asks for a US Letter and an A4 PDF.
 *
 * The PDFs are read from `dist/pdf/` when the PDF step (`node scripts/pdf.ts`) has written them,
 * and otherwise printed here from the built page the same way (`page.pdf({ format })`), so the
 * test reads what a trainer prints either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { linkCurriculum, type Curriculum } from '../../src/lib/curriculum.ts';
import { modulePackStem, PACK_ROLES, type PackRole } from '../../src/lib/packs.ts';
import { DOCUMENT_PAPERS, PAPERS, PDF_META_NAME, readPdfRequest, type Paper } from '../../src/lib/print-files.ts';
import { pageUrl, toolPaths } from '../../src/lib/urls.ts';
import { parseContent, readContent } from '../support/content-harness.ts';
import { builtHtml, openSite, type Site } from '../support/site.ts';

const curriculum: Curriculum = linkCurriculum(parseContent(readContent('content')).input);

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.newPage();
});
afterAll(async () => {
  await page.context().close();
  await site.close();
});

/** Text as it comes out of a PDF, with runs of space made one and words split at a hyphen joined again. */
const squash = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (\w)/g, '$1-$2')
    .trim();

interface PrintedPack {
  pages: string[];
  /** Share of each page's height that holds text, from the top edge to its lowest line. */
  used: number[];
}

const packs = new Map<string, PrintedPack>();

/** The PDF of a module pack on one paper: the file the PDF step wrote, or the page printed now. */
async function printedPack(moduleId: string, role: PackRole, paper: Paper): Promise<PrintedPack> {
  const key = `${moduleId}/${role}/${paper}`;
  const known = packs.get(key);
  if (known) return known;
  const file = join('dist', toolPaths.pdfFile(modulePackStem(moduleId, role), paper));
  let bytes: Uint8Array;
  if (existsSync(file)) bytes = new Uint8Array(readFileSync(file));
  else {
    await page.goto(site.url(toolPaths.modulePack(role, moduleId)));
    bytes = new Uint8Array(await page.pdf({ format: PAPERS[paper].format, printBackground: true }));
  }
  const doc = await getDocumentProxy(bytes);
  const { text } = await extractText(doc, { mergePages: false });
  const used: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const pdfPage = await doc.getPage(n);
    const [, , , height = 1] = pdfPage.view;
    const content = await pdfPage.getTextContent();
    const lowest = Math.min(
      height,
      ...content.items.flatMap((item) => ('transform' in item && item.str.trim() !== '' ? [item.transform[5] as number] : [])),
    );
    used.push((height - lowest) / height);
  }
  const printed = { pages: text.map(squash), used };
  packs.set(key, printed);
  return printed;
}

/** The first words of a long text, enough to find it and short enough not to cross a page. */
const opening = (text: string) => squash(text).split(' ').slice(0, 8).join(' ');

describe('module packs', () => {
  it('has a facilitator and a participant pack page for every module, each asking for a US Letter and an A4 PDF', () => {
    for (const module of curriculum.modules) {
      for (const role of PACK_ROLES) {
        const html = builtHtml(toolPaths.modulePack(role, module.id));
        const meta = new RegExp(`<meta name="${PDF_META_NAME}" content="([^"]+)"`).exec(html);
        expect(meta, `${module.id} ${role}`).not.toBeNull();
        const request = readPdfRequest((meta?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
        expect(request).toEqual({
          stem: modulePackStem(module.id, role),
          papers: DOCUMENT_PAPERS,
          footer: expect.stringContaining(module.title) as unknown,
          landscape: false,
        });
      }
    }
  });

  for (const module of curriculum.modules) {
    const activities = module.activityIds.map((id) => curriculum.activities.find((a) => a.id === id)!);

    it(`prints the ${module.title} facilitator pack with the run of show on its first page, every item, every activity step, debrief and variation, and the adaptations`, async () => {
      for (const paper of DOCUMENT_PAPERS) {
        const { pages } = await printedPack(module.id, 'facilitator', paper);
        const all = pages.join(' ');
        for (const item of module.agenda) {
          expect(pages[0], `${paper}: run of show, item ${item.number}`).toContain(squash(item.title));
          expect(all, `${paper}: notes of item ${item.number}`).toContain(opening(item.facilitator.say));
        }
        for (const activity of activities) {
          for (const step of activity.steps) {
            expect(all, `${paper}: ${activity.title}, step “${step.title}”`).toContain(squash(step.title));
            expect(all, `${paper}: ${activity.title}, step “${step.title}”`).toContain(opening(step.instructions));
          }
          for (const question of activity.debrief) expect(all, `${paper}: debrief`).toContain(opening(question));
          for (const variation of activity.variations) expect(all, `${paper}: variation`).toContain(opening(variation.description));
        }
        for (const advice of Object.values(module.adaptations)) expect(all, `${paper}: adaptation`).toContain(opening(advice));
        for (const tip of module.timingTips) expect(all, `${paper}: timing tip`).toContain(opening(tip));
        for (const task of module.preparation) expect(all, `${paper}: preparation`).toContain(opening(task.task));
      }
    });

    it(`prints the ${module.title} participant pack with every item, the worksheets and the cases, and no facilitator note`, async () => {
      for (const paper of DOCUMENT_PAPERS) {
        const { pages } = await printedPack(module.id, 'participant', paper);
        const all = pages.join(' ');
        for (const item of module.agenda) expect(all, `${paper}: item ${item.number}`).toContain(squash(item.title));
        for (const activity of activities) {
          for (const section of activity.worksheet.sections) expect(all, `${paper}: worksheet`).toContain(squash(section.heading));
        }
        for (const id of module.caseStudyIds) {
          const study = curriculum.caseStudies.find((c) => c.id === id)!;
          expect(all, `${paper}: case`).toContain(squash(study.title));
        }
        for (const item of module.agenda) {
          const note = item.facilitator;
          const secrets = [note.say, ...note.watchFor, ...note.questions.map((q) => q.answer), note.ifLate, note.online, note.interpreted];
          for (const secret of secrets.filter((s) => s !== undefined))
            expect(all, `${paper}: a facilitator note`).not.toContain(opening(secret));
        }
        expect(all).not.toContain('What to say:');
        expect(all).not.toContain('Watch for:');
      }
    });

    it(`prints the ${module.title} packs without a near-empty page before the last`, async () => {
      for (const role of PACK_ROLES) {
        for (const paper of DOCUMENT_PAPERS) {
          const { used } = await printedPack(module.id, role, paper);
          const sparse = used
            .slice(0, -1)
            .flatMap((share, i) => (share < 0.2 ? [`page ${i + 1} of ${used.length}: ${Math.round(share * 100)}%`] : []));
          expect(sparse, `${role} ${paper}`).toEqual([]);
        }
      }
    });
  }

  it('puts a QR code of the pack address on every pack, with the address printed beside it', async () => {
    const origin = 'https://distributed-organizing.example';
    for (const module of curriculum.modules) {
      for (const role of PACK_ROLES) {
        const path = toolPaths.modulePack(role, module.id);
        const html = builtHtml(path);
        const address = `${origin}${pageUrl(path)}`;
        expect(html, path).toMatch(/<div class="pack-qr" role="img" aria-label="QR code for the address [^"]+"><svg aria-hidden="true"/);
        expect(html, path).toContain(`<span class="pack-url">${address}</span>`);
      }
    }
    const { pages } = await printedPack('structure-and-teams', 'facilitator', 'letter');
    expect(pages[0]?.replace(/\s/g, '')).toContain(`${origin}/print/modules/structure-and-teams/facilitator/`);
  });

  it('prints links in a pack as plain words, not as coloured links', async () => {
    await page.goto(site.url(toolPaths.modulePack('facilitator', 'structure-and-teams')));
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const text = getComputedStyle(document.querySelector('.notes p:not(.label)')!).color;
      return [...document.querySelectorAll('.print-pack a')].map((a) => {
        const style = getComputedStyle(a);
        return { same: style.color === text, underline: style.textDecorationLine };
      });
    });
    await page.emulateMedia({ media: 'screen' });
    expect(colours.length).toBeGreaterThan(0);
    expect(colours.filter((c) => !c.same || c.underline !== 'none')).toEqual([]);
  });

  it('links both packs and their four PDFs from the module page and the facilitator page', () => {
    for (const module of curriculum.modules) {
      for (const path of [module.url, module.facilitatorUrl]) {
        const html = builtHtml(path);
        for (const role of PACK_ROLES) {
          expect(html, path).toContain(`href="${pageUrl(toolPaths.modulePack(role, module.id))}"`);
          for (const paper of DOCUMENT_PAPERS)
            expect(html, path).toContain(`href="${pageUrl(toolPaths.pdfFile(modulePackStem(module.id, role), paper))}"`);
        }
      }
    }
  });

  it('shows what changes in a one-organization room on every facilitator page, beside the other adaptations', () => {
    for (const module of curriculum.modules) {
      const html = builtHtml(module.facilitatorUrl);
      const block = /<div class="adaptations" data-adaptations>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
      expect(block.match(/data-adaptation="[a-zA-Z]+"/g), module.id).toEqual([
        'data-adaptation="runningLate"',
        'data-adaptation="online"',
        'data-adaptation="interpreted"',
        'data-adaptation="oneOrganization"',
      ]);
      expect(block).toContain('One organization in the room:');
    }
  });
});
