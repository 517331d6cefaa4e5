/**
 * Times the PDF step (scripts/pdf.ts) on the benchmark's build of this site: once cold (its
 * `pdf/` folder and a PDF cache of its own emptied, a fresh Chromium, as on a clean machine), then
 * warm (again, nothing changed: every file from the cache), then after a one-word edit of one
 * printable page (only that page is printed), and counts the printed pages with unpdf.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { parsePdfLog } from './bench-parse.ts';
import { median } from './bench-stats.ts';
import type { PdfResult, PdfRun } from './bench-results.ts';

function runPdf(repoRoot: string, dist: string, cacheDir: string): PdfRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/pdf.ts')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, SITE_DIR: dist, PDF_CACHE_DIR: cacheDir, NO_COLOR: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0)
    throw new Error(
      `scripts/pdf.ts failed on ${dist} (exit ${result.status ?? result.signal}):\n${output.trim().split('\n').slice(-20).join('\n')}\nFix: run "SITE_DIR=${dist} node scripts/pdf.ts" to see the error, or skip this step with --no-pdf.`,
    );
  const log = parsePdfLog(output);
  if (log.packs.length === 0)
    throw new Error(
      `scripts/pdf.ts printed no pack lines on ${dist} (is Chromium at /usr/bin/chromium?). Its output:\n${output.trim()}\nFix: install Chromium or skip this step with --no-pdf.`,
    );
  return { seconds, printed: log.printed, files: log.packs.length };
}

/** Pages in one PDF file. */
export async function pdfPages(file: string): Promise<number> {
  const document = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const pages = document.numPages;
  await document.cleanup();
  return pages;
}

/** Runs the PDF step `1 + warmRuns` times on `dist` and measures what it wrote. */
export async function timePdfStep(repoRoot: string, dist: string, warmRuns: number, progress: (line: string) => void): Promise<PdfResult> {
  const folder = join(dist, 'pdf');
  const cacheDir = join(dist, '..', 'pdf-cache');
  rmSync(folder, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const cold = runPdf(repoRoot, dist, cacheDir);
  progress(`  cold: ${cold.printed} files printed in ${cold.seconds.toFixed(1)} s`);
  const warm: PdfRun[] = [];
  for (let i = 0; i < warmRuns; i++) {
    const run = runPdf(repoRoot, dist, cacheDir);
    warm.push(run);
    progress(`  warm ${i + 1}/${warmRuns}: ${run.printed} of ${run.files} files printed in ${run.seconds.toFixed(1)} s`);
  }
  // A one-word edit: the first whole-format facilitator pack gains a word, so its files (and only they) re-print.
  const edited = editOnePage(dist);
  const editRun = edited ? runPdf(repoRoot, dist, cacheDir) : undefined;
  if (editRun)
    progress(`  after editing ${edited}: ${editRun.printed} of ${editRun.files} files printed in ${editRun.seconds.toFixed(1)} s`);
  const pdfs = readdirSync(folder)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => join(folder, f));
  let pages = 0;
  for (const file of pdfs) pages += await pdfPages(file);
  return {
    files: pdfs.length,
    pages,
    bytes: pdfs.reduce((s, f) => s + statSync(f).size, 0),
    cold,
    warm,
    warmSeconds: median(warm.map((r) => r.seconds)),
    ...(editRun ? { edited: editRun } : {}),
  };
}

/** Adds one word to the first print page's HTML; returns the file it changed. */
function editOnePage(dist: string): string | undefined {
  const root = join(dist, 'print');
  const file = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .sort()[0];
  if (file === undefined) return undefined;
  const path = join(root, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace('</main>', '<p>edited</p></main>'));
  return join('print', file);
}
