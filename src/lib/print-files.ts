/**
 * How a page asks the build for PDFs of itself. A printable page puts `pdfHead(request)` in its
 * Starlight frontmatter `head`; after `astro build`, scripts/pdf.ts finds every built page that
 * carries the tag, prints it with Chromium once per paper size and writes
 * `toolPaths.pdfFile(stem, paper)`. The page links its PDFs with the same `pdfFile` call, so a page
 * and its files cannot disagree. Nothing else lists PDFs.
 */

/** Paper sizes, as Chromium's `page.pdf` takes them. Letter and A4 for documents; tabloid and A3 for posters. */
export const PAPERS = {
  letter: { format: 'Letter' },
  a4: { format: 'A4' },
  tabloid: { format: 'Tabloid' },
  a3: { format: 'A3' },
} as const;
export type Paper = keyof typeof PAPERS;
export const PAPER_IDS = Object.keys(PAPERS) as Paper[];

/** Handouts, packs and room materials print on these. */
export const DOCUMENT_PAPERS = ['letter', 'a4'] as const satisfies readonly Paper[];
/** Posters also print large. */
export const POSTER_PAPERS = ['letter', 'a4', 'tabloid', 'a3'] as const satisfies readonly Paper[];

export interface PdfRequest {
  /** The file name without paper and extension: `structure-and-teams-facilitator-pack`. Lowercase letters, digits, dashes. */
  stem: string;
  /** The paper sizes to print, each one file. */
  papers: readonly Paper[];
  /** The words in each page's footer before "page N of M" (already in the page's language). */
  footer: string;
  /** Wide pages (a wall agenda, a poster that is wider than tall). */
  landscape?: boolean;
}

/** The `<meta name>` the request travels in. */
export const PDF_META_NAME = 'x-print-pdf';

const STEM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The Starlight `head` entry that asks for PDFs of this page. Throws on a stem that is not a safe file name. */
export function pdfHead(request: PdfRequest): { tag: 'meta'; attrs: { name: string; content: string } } {
  if (!STEM.test(request.stem)) throw new Error(`pdfHead: the stem "${request.stem}" must be lowercase letters, digits and dashes`);
  if (request.papers.length === 0) throw new Error(`pdfHead: "${request.stem}" asks for no paper size`);
  return { tag: 'meta', attrs: { name: PDF_META_NAME, content: JSON.stringify(request) } };
}

/**
 * Reads a request back from the meta tag's content (as scripts/pdf.ts finds it in built HTML,
 * entities already decoded). Returns a message instead of throwing, so the PDF step can name the page.
 */
export function readPdfRequest(content: string): PdfRequest | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { error: 'its PDF request is not JSON' };
  }
  if (typeof data !== 'object' || data === null) return { error: 'its PDF request is not an object' };
  const { stem, papers, footer, landscape } = data as Record<string, unknown>;
  if (typeof stem !== 'string' || !STEM.test(stem)) return { error: `its PDF stem ${JSON.stringify(stem)} is not a file name` };
  if (!Array.isArray(papers) || papers.length === 0 || !papers.every((p): p is Paper => typeof p === 'string' && p in PAPERS)) {
    return { error: `its paper sizes ${JSON.stringify(papers)} are not a list of ${PAPER_IDS.join(', ')}` };
  }
  if (typeof footer !== 'string') return { error: 'its PDF footer is not text' };
  return { stem, papers, footer, landscape: landscape === true };
}
