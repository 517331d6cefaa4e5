/**
 * Writes the print packs as PDF files with Chromium: for each built-in format, a
 * facilitator pack and a participant pack, into dist/pdf/. Runs after `astro build`.
 *
 * Without Chromium it explains how to install it and skips the PDFs (the site itself
 * still works, and every pack can be printed from the browser).
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pdfSummaryLine } from './lib/bench-parse.ts';
import { CHROMIUM_PATH, launchBrowser } from './lib/browser.ts';
import { startServer } from './lib/static-server.ts';
import { serveUnderBase } from './lib/base-server.ts';
import { settingsFromEnv } from '../src/plugins/deployment.ts';
import { pageUrl, toolPaths } from '../src/lib/urls.ts';

const dist = process.env['SITE_DIR'] ?? 'dist';
const packs = join(dist, 'print');
// A site built with BASE_PATH links its styles under that base: serve it there, as its host will.
const { base } = settingsFromEnv(process.env);

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.warn(
      `PDF packs skipped: Chromium is not at ${CHROMIUM_PATH}. Install it ("apt-get install -y chromium") and run "npm run build" again to get the PDF files.`,
    );
    return 0;
  }
  if (!existsSync(packs)) {
    console.error(`No print packs in ${packs}. Run "astro build" first.`);
    return 1;
  }
  const jobs = readdirSync(packs).flatMap((role) => readdirSync(join(packs, role)).map((format) => ({ role, format })));
  mkdirSync(join(dist, 'pdf'), { recursive: true });
  const stepStarted = Date.now();
  const server = await serveUnderBase(await startServer({ root: dist }), base);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ colorScheme: 'light' });
    for (const [i, { role, format }] of jobs.entries()) {
      const started = Date.now();
      const out = join(dist, 'pdf', `${format}-${role}-pack.pdf`);
      const printRole = role === 'facilitator' ? role : 'participant';
      await page.goto(new URL(pageUrl(toolPaths.printPack(printRole, format), { base }), server.url).href, { waitUntil: 'load' });
      await page.pdf({
        path: out,
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;color:#555">${role === 'facilitator' ? 'Facilitator pack' : 'Participant pack'} · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
        margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' },
      });
      const kb = Math.round(statSync(out).size / 1024);
      console.log(`[${i + 1}/${jobs.length}] ${out} (${kb} KiB, ${Date.now() - started} ms)`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // Read back by `npm run bench` (scripts/lib/bench-parse.ts).
  console.log(pdfSummaryLine(jobs.length, (Date.now() - stepStarted) / 1000));
  return 0;
}

process.exitCode = await main();
