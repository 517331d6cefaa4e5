/** Printing a built page as the PDF step does (scripts/pdf.ts: its margins and a footer line), for the tests that count printed pages. */
import { extractText, getDocumentProxy } from 'unpdf';
import { PDF_MARGIN_MM } from '../../scripts/lib/pdf-jobs.ts';
import type { Site } from './site.ts';

export const PRINT_PAPERS = ['Letter', 'A4'] as const;
export type PrintPaper = (typeof PRINT_PAPERS)[number];

/** The text of each printed page of `path`, spaces collapsed. */
export async function printedPages(site: Site, path: string, format: PrintPaper, landscape = false): Promise<string[]> {
  const page = await site.newPage();
  await page.goto(site.url(path));
  const pdf = await page.pdf({
    format,
    landscape,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="font-size:8pt;width:100%;text-align:center">page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    margin: {
      top: `${PDF_MARGIN_MM.top}mm`,
      bottom: `${PDF_MARGIN_MM.bottom}mm`,
      left: `${PDF_MARGIN_MM.left}mm`,
      right: `${PDF_MARGIN_MM.right}mm`,
    },
  });
  await page.context().close();
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((pageText) => pageText.replace(/\s+/g, ' '));
}
