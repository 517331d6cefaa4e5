/**
 * The framework pictures in the built site: each is on the pages that teach it with a text
 * alternative, it fills a projector screen, it stays readable in the dark theme, and each
 * poster prints on one sheet of every poster paper.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';
import { PDF_MARGIN_MM } from '../../scripts/lib/pdf-jobs.ts';
import { PAPERS, POSTER_PAPERS } from '../../src/lib/print-files.ts';
import { paths, toolPaths } from '../../src/lib/urls.ts';
import { builtHtml, builtPages, openSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

const pictureIds = builtPages()
  .filter((p) => /^\/pictures\/[^/]+\/$/.test(p))
  .map((p) => p.split('/')[2] ?? '');

/** The pictures on a page: id, accessible name and description (from aria-labelledby), and whether it is an image. */
async function picturesOn(page: Page): Promise<{ id: string; role: string | null; name: string; description: string }[]> {
  return page.$$eval('figure[data-picture]', (figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg');
      const ids = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
      const textOf = (id: string | undefined) => (id ? (document.getElementById(id)?.textContent ?? '') : '');
      return {
        id: figure.getAttribute('data-picture') ?? '',
        role: svg?.getAttribute('role') ?? null,
        name: textOf(ids[0]),
        description: textOf(ids[1]),
      };
    }),
  );
}

/** Where each picture should appear: read from its own page's "Where it is used" links. */
function placesOf(id: string): string[] {
  const html = builtHtml(paths.picture(id));
  const section = html.slice(html.indexOf('id="where"'), html.indexOf('id="poster"'));
  return [...section.matchAll(/href="([^"#]+)[^"]*"/g)].map(([, href]) => href ?? '');
}

describe('framework pictures', () => {
  it('has at least eight pictures, each on the module, facilitator and activity pages that teach it, with a text alternative', async () => {
    expect(pictureIds.length).toBeGreaterThanOrEqual(8);
    const page = await site.newPage();
    const shown = new Set<string>();
    const problems: string[] = [];
    for (const id of pictureIds) {
      const places = placesOf(id);
      const modulePages = places.filter((p) => p.endsWith('/facilitator/')).map((p) => p.replace(/facilitator\/$/, ''));
      const teaching = [...new Set([...places, ...modulePages])];
      if (teaching.length === 0) problems.push(`${id}: used on no page`);
      for (const path of teaching) {
        await page.goto(site.url(path));
        const found = (await picturesOn(page)).filter((p) => p.id === id);
        if (found.length === 0) problems.push(`${path}: picture ${id} is missing`);
        for (const picture of found) {
          if (picture.role !== 'img') problems.push(`${path}: ${id} is not role="img"`);
          if (picture.name.trim().length < 5) problems.push(`${path}: ${id} has no accessible name`);
          if (picture.description.trim().length < 100) problems.push(`${path}: ${id} has no real text alternative`);
        }
        if (found.length > 0 && !path.includes('/activities/')) shown.add(id);
      }
    }
    await page.context().close();
    expect(problems).toEqual([]);
    expect(shown.size).toBeGreaterThanOrEqual(8);
  });

  it('links each picture page to its poster and every poster PDF, and the poster page back', () => {
    for (const id of pictureIds) {
      const html = builtHtml(paths.picture(id));
      expect(html, id).toContain(`href="${toolPaths.poster(id)}"`);
      for (const paper of POSTER_PAPERS) expect(html, `${id} ${paper}`).toContain(`href="${toolPaths.pdfFile(`poster-${id}`, paper)}"`);
      expect(builtHtml(toolPaths.poster(id)), id).toContain(`href="${paths.picture(id)}"`);
    }
  });

  it('fills a 1920×1080 projector screen without JavaScript, with the site chrome hidden', async () => {
    const page = await site.newPage({ width: 1920, height: 1080, javaScript: false });
    for (const id of pictureIds) {
      await page.goto(site.url(`${paths.picture(id)}#project`));
      const box = await page.locator('.picture-stage svg').boundingBox();
      expect(box, id).not.toBeNull();
      const fills = (box?.height ?? 0) >= 1080 * 0.75 || (box?.width ?? 0) >= 1920 * 0.75;
      expect(fills, `${id}: ${box?.width ?? 0}×${box?.height ?? 0}`).toBe(true);
      expect((box?.y ?? -1) + (box?.height ?? 0), id).toBeLessThanOrEqual(1080);
      expect(await page.locator('header.header').isVisible(), id).toBe(false);
      expect(await page.locator('nav.sidebar').isVisible(), id).toBe(false);
    }
    // Closing the view brings the page back.
    await page.getByRole('link', { name: 'Close the full-screen view' }).click();
    expect(await page.locator('header.header').isVisible()).toBe(true);
    await page.context().close();
  });

  it('draws in the text colour, so it keeps its contrast in the dark theme', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    await page.goto(site.url(paths.picture(pictureIds[0] ?? '')));
    const [ink, background] = await page.evaluate(() => [
      getComputedStyle(document.querySelector('.picture-art svg') ?? document.body).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
    const luminance = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [luminance(ink ?? ''), luminance(background ?? '')].sort((a, b) => b - a);
    expect(((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)).toBeGreaterThanOrEqual(7);
    await context.close();
  });

  it('prints each poster on one page of every poster paper, in the orientation it asks for', async () => {
    const page = await site.newPage();
    const problems: string[] = [];
    for (const id of pictureIds) {
      await page.goto(site.url(toolPaths.poster(id)));
      const request = JSON.parse((await page.locator('meta[name="x-print-pdf"]').getAttribute('content')) ?? '{}') as {
        stem: string;
        papers: (keyof typeof PAPERS)[];
        landscape: boolean;
      };
      expect(request.stem).toBe(`poster-${id}`);
      expect(request.papers).toEqual(POSTER_PAPERS);
      for (const paper of request.papers) {
        const pdf = await page.pdf({
          format: PAPERS[paper].format,
          landscape: request.landscape,
          printBackground: true,
          // As the PDF step prints (scripts/pdf.ts): its margins and its footer line.
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: '<div style="font-size:8pt">Poster · <span class="pageNumber"></span></div>',
          margin: {
            top: `${PDF_MARGIN_MM.top}mm`,
            bottom: `${PDF_MARGIN_MM.bottom}mm`,
            left: `${PDF_MARGIN_MM.left}mm`,
            right: `${PDF_MARGIN_MM.right}mm`,
          },
        });
        const pages = (await getDocumentProxy(new Uint8Array(pdf))).numPages;
        if (pages !== 1) problems.push(`${id} on ${paper}: ${pages} pages`);
      }
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });
});
