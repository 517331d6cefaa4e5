/**
 * Writes the PDFs the built pages ask for. A printable page declares its files with `pdfHead()`
 * (src/lib/print-files.ts); this step, run after `astro build`, finds every such page in the
 * built site, prints it with Chromium once per paper size into `pdf/`, several pages at a time,
 * and keeps each file in a cache keyed by the page's content (scripts/lib/pdf-jobs.ts), so a
 * rebuild re-prints only the pages whose HTML or styles changed.
 *
 * Environment: SITE_DIR (default dist), BASE_PATH (as the build had it), PDF_JOBS (pages printed
 * at once; default: the machine's cores, at most 4), PDF_CACHE_DIR (default
 * node_modules/.cache/curriculum-pdf), PDF_CACHE=off to print everything.
 *
 * Without Chromium it explains how to install it and skips the PDFs (the site itself still works,
 * and every printable page can be printed from the browser).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { pdfSummaryLine } from './lib/bench-parse.ts';
import { CHROMIUM_PATH, launchBrowser } from './lib/browser.ts';
import {
  PDF_MARGIN_MM,
  cacheKey,
  chromiumFormat,
  escapeHtml,
  linkedStyles,
  pageOfFile,
  pdfRequestOf,
  planJobs,
  type PdfJob,
} from './lib/pdf-jobs.ts';
import { startServer } from './lib/static-server.ts';
import { serveUnderBase } from './lib/base-server.ts';
import { settingsFromEnv } from '../src/plugins/deployment.ts';
import { pageUrl, stripBase } from '../src/lib/urls.ts';
import { saveListsLine, writeSaveLists } from '../src/integrations/save-lists.ts';

const dist = process.env['SITE_DIR'] ?? 'dist';
// A site built with BASE_PATH links its styles under that base: serve it there, as its host will.
const { base } = settingsFromEnv(process.env);
const cacheDir = process.env['PDF_CACHE_DIR'] ?? join('node_modules', '.cache', 'curriculum-pdf');
const useCache = process.env['PDF_CACHE'] !== 'off';
const parallel = Math.max(1, Number(process.env['PDF_JOBS']) || Math.min(4, availableParallelism()));
/** Cached files nobody has used for this long are removed. */
const CACHE_DAYS = 14;

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Reads a built page's linked styles from the site folder (a missing one counts as empty). */
function stylesOf(html: string): string[] {
  return linkedStyles(html).map((url) => {
    const file = join(dist, stripBase(url, base));
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  });
}

async function print(page: Page, serverUrl: string, job: PdfJob, out: string): Promise<void> {
  await page.goto(new URL(pageUrl(job.page, { base }), serverUrl).href, { waitUntil: 'load' });
  await page.pdf({
    path: out,
    format: chromiumFormat(job.paper),
    landscape: job.request.landscape === true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;color:#555">${escapeHtml(job.request.footer)} · <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    margin: {
      top: `${PDF_MARGIN_MM.top}mm`,
      bottom: `${PDF_MARGIN_MM.bottom}mm`,
      left: `${PDF_MARGIN_MM.left}mm`,
      right: `${PDF_MARGIN_MM.right}mm`,
    },
  });
}

function pruneCache(): void {
  if (!existsSync(cacheDir)) return;
  const old = Date.now() - CACHE_DAYS * 24 * 3600 * 1000;
  for (const name of readdirSync(cacheDir)) {
    const file = join(cacheDir, name);
    if (statSync(file).mtimeMs < old) rmSync(file, { force: true });
  }
}

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.warn(
      `PDF files skipped: Chromium is not at ${CHROMIUM_PATH}. Install it ("apt-get install -y chromium") and run "npm run build" again to get the PDF files.`,
    );
    return 0;
  }
  if (!existsSync(dist)) {
    console.error(`No built site in ${dist}. Run "astro build" first.`);
    return 1;
  }
  const stepStarted = Date.now();
  const pages = htmlFiles(dist).flatMap((file) => {
    const page = pageOfFile(relative(dist, file));
    const request = pdfRequestOf(readFileSync(file, 'utf8'), page);
    return request ? [{ page, file, request }] : [];
  });
  const jobs = planJobs(pages);
  if (jobs.length === 0) {
    console.error(`No page in ${dist} asks for a PDF. Fix: check that the print pages put pdfHead() in their head.`);
    return 1;
  }
  const fileOf = new Map(pages.map((p) => [p.page, p.file]));
  mkdirSync(join(dist, 'pdf'), { recursive: true });
  if (useCache) mkdirSync(cacheDir, { recursive: true });

  // Cached files first: they need no browser.
  const toPrint: { job: PdfJob; key: string }[] = [];
  let done = 0;
  let cached = 0;
  for (const job of jobs) {
    const html = readFileSync(fileOf.get(job.page) ?? '', 'utf8');
    const key = cacheKey(job, html, stylesOf(html));
    const hit = join(cacheDir, `${key}.pdf`);
    if (useCache && existsSync(hit)) {
      const out = join(dist, job.file);
      mkdirSync(dirname(out), { recursive: true });
      copyFileSync(hit, out);
      const now = new Date();
      utimesSync(hit, now, now);
      cached++;
      console.log(`[${++done}/${jobs.length}] ${out} (${Math.round(statSync(out).size / 1024)} KiB, from cache)`);
    } else toPrint.push({ job, key });
  }

  if (toPrint.length > 0) {
    const server = await serveUnderBase(await startServer({ root: dist }), base);
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ colorScheme: 'light' });
      let next = 0;
      const worker = async () => {
        const page = await context.newPage();
        while (next < toPrint.length) {
          const item = toPrint[next++];
          if (!item) break;
          const started = Date.now();
          const out = join(dist, item.job.file);
          await print(page, server.url, item.job, out);
          if (useCache) copyFileSync(out, join(cacheDir, `${item.key}.pdf`));
          console.log(`[${++done}/${jobs.length}] ${out} (${Math.round(statSync(out).size / 1024)} KiB, ${Date.now() - started} ms)`);
        }
        await page.close();
      };
      await Promise.all(Array.from({ length: Math.min(parallel, toPrint.length) }, worker));
    } finally {
      await browser.close();
      await server.close();
    }
  }
  if (useCache) pruneCache();
  // The save lists (offline/save.json) offer the PDFs now that they exist, with their sizes and a new version.
  console.log(saveListsLine(writeSaveLists(dist, base)));
  // Read back by `npm run bench` (scripts/lib/bench-parse.ts).
  console.log(pdfSummaryLine(jobs.length, jobs.length - cached, (Date.now() - stepStarted) / 1000));
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
