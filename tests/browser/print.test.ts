/** Printing: worksheets fit A4 and US Letter without site chrome; facilitator pages print their notes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { builtCurriculum, openSite, type Site } from '../support/site.ts';

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
  return { pages: totalPages, text: text.replace(/\s+/g, ' ') };
}

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
      }
    });
  }

  it('prints a facilitator page with its notes and without the sidebar', async () => {
    const { text } = await printed('/modules/relationships/facilitator/', 'Letter');
    expect(text).toContain('What to say:');
    expect(text).not.toContain('Schedule builder');
  });
});
