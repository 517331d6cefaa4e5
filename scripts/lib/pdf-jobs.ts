/**
 * The PDF step's plan, as pure functions: which built pages ask for PDFs (the `<meta>` tag
 * `pdfHead` writes, see src/lib/print-files.ts), the files they ask for, and the cache key of each
 * file. scripts/pdf.ts does the printing.
 */
import { createHash } from 'node:crypto';
import { PAPERS, PDF_META_NAME, readPdfRequest, type Paper, type PdfRequest } from '../../src/lib/print-files.ts';
import { pageUrl, splitLocale, toolPaths } from '../../src/lib/urls.ts';

/** Bump when the printing options change, so no cached PDF from the old options is reused. */
export const PDF_OPTIONS_VERSION = 1;

/** The page margins of every PDF, in millimetres; the footer sits in the bottom one. */
export const PDF_MARGIN_MM = { top: 14, bottom: 16, left: 14, right: 14 } as const;

/** One PDF file to write. */
export interface PdfJob {
  /** The page's site path, e.g. "/print/modules/opening/facilitator/". */
  page: string;
  /** Where the file goes under the site's folder, e.g. "pdf/opening-facilitator-pack-letter.pdf". */
  file: string;
  paper: Paper;
  request: PdfRequest;
}

const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&#34;': '"',
  '&amp;': '&',
  '&#39;': "'",
  '&#x27;': "'",
  '&lt;': '<',
  '&gt;': '>',
};
const decodeAttribute = (value: string) => value.replace(/&(?:quot|amp|lt|gt|#34|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

/**
 * The PDF request a built page carries, if any. Throws with the page named when the tag is there
 * but cannot be read (a page that asks for a PDF and gets none would be a silent hole).
 */
export function pdfRequestOf(html: string, page: string): PdfRequest | undefined {
  const tag = new RegExp(`<meta\\b[^>]*\\bname="${PDF_META_NAME}"[^>]*>`).exec(html)?.[0];
  if (tag === undefined) return undefined;
  const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
  if (content === undefined)
    throw new Error(`${page}: its ${PDF_META_NAME} tag has no content. Fix: build it with pdfHead() from src/lib/print-files.ts.`);
  const request = readPdfRequest(decodeAttribute(content));
  if ('error' in request) throw new Error(`${page}: ${request.error}. Fix: build the tag with pdfHead() from src/lib/print-files.ts.`);
  return request;
}

/** The site path of a built HTML file: "print/x/index.html" → "/print/x/", "404.html" → "/404.html". */
export function pageOfFile(relativeFile: string): string {
  const path = relativeFile.split('\\').join('/');
  return `/${path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

/** Every file the pages ask for, one job per paper size. Two pages asking for one file is an error. */
export function planJobs(pages: readonly { page: string; request: PdfRequest }[]): PdfJob[] {
  const jobs: PdfJob[] = [];
  const owner = new Map<string, string>();
  for (const { page, request } of pages) {
    for (const paper of request.papers) {
      // A page in Spanish (/es/…) writes its PDFs under /es/pdf/, where its links point.
      const file = pageUrl(toolPaths.pdfFile(request.stem, paper), { locale: splitLocale(page).locale }).slice(1);
      const other = owner.get(file);
      if (other !== undefined) throw new Error(`${page} and ${other} both ask for ${file}. Fix: give one of them another PDF stem.`);
      owner.set(file, page);
      jobs.push({ page, file, paper, request });
    }
  }
  return jobs.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The cache key of one file: the page's HTML, the styles it links (their names are content hashes,
 * but their bytes are hashed too so a hand-edited file cannot slip through), the request, the paper
 * and the printing options. Same key, same PDF: a one-word edit re-prints only the pages it changed.
 */
export function cacheKey(job: PdfJob, html: string, styles: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`v${PDF_OPTIONS_VERSION}\n${job.paper}\n${JSON.stringify(job.request)}\n`);
  hash.update(html);
  for (const css of styles) hash.update(css);
  return hash.digest('hex').slice(0, 32);
}

/** The local stylesheets a page links (site paths, base included), in order. */
export function linkedStyles(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\brel="stylesheet"/.test(tag)) continue;
    const url = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (url?.startsWith('/') && !url.startsWith('//')) out.push(url);
  }
  return out;
}

/** Chromium's paper name for a paper id. */
export const chromiumFormat = (paper: Paper) => PAPERS[paper].format;

/** HTML-escapes text for Chromium's footer template. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
