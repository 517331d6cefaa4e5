/**
 * Benchmark: this site against a bare Starlight site with the same number of pages, built
 * and measured side by side in one run. Prints a table and checks the targets below.
 *
 *   npm run bench            (about a minute; needs Chromium for the search measurement)
 *
 * Writes everything under bench/ (ignored by git).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/browser.ts';
import { startServer } from './lib/static-server.ts';

/** Targets. Ratios compare this site with the bare Starlight site built in the same run. */
const TARGETS = {
  buildTimeRatio: 4, // our build may take at most 4× the bare site's (we render far more per page)
  medianPageGzipRatio: 3, // a typical page at most 3× the bare page, gzipped
  extraJsGzipBytes: 12 * 1024, // JavaScript a content page loads beyond bare Starlight
  firstQueryBytes: 150 * 1024, // bytes the first search downloads
};

const root = process.cwd();
const benchDir = join(root, 'bench');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function step(message: string) {
  console.log(`\n▶ ${message}`);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function build(siteRoot: string, outDir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [astro, 'build', '--root', siteRoot, '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`The build of ${siteRoot} failed; see the output above.`);
  }
  return (performance.now() - started) / 1000;
}

function makeBareSite(pages: number): string {
  const site = join(benchDir, 'bare');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'src/content/docs/pages'), { recursive: true });
  mkdirSync(join(site, 'public'), { recursive: true });
  writeFileSync(join(site, 'public/favicon.svg'), readFileSync(join(root, 'public/favicon.svg')));
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bare', sidebar: [{ label: 'Pages', items: [{ autogenerate: { directory: 'pages' } }] }] })] });\n`,
  );
  writeFileSync(
    join(site, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const paragraph = 'Organizers meet with members one at a time, listen for what matters to them, and ask them to take a next step. ';
  writeFileSync(join(site, 'src/content/docs/index.md'), `---\ntitle: Home\n---\n\n${paragraph.repeat(8)}\n`);
  for (let i = 1; i < pages; i++) {
    const body = Array.from({ length: 6 }, (_, j) => `## Section ${j + 1}\n\n${paragraph.repeat(6)}\n`).join('\n');
    writeFileSync(join(site, `src/content/docs/pages/page-${String(i).padStart(3, '0')}.md`), `---\ntitle: Page ${i}\n---\n\n${body}`);
  }
  return site;
}

interface Measures {
  buildSeconds: number;
  pages: number;
  distBytes: number;
  medianPageGzip: number;
  contentPageJsGzip: number;
  pagefindBytes: number;
  firstQueryBytes: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Gzipped bytes of the module scripts a page loads (inline scripts included). */
function pageJsGzip(dist: string, html: string): number {
  let total = 0;
  for (const [, src] of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) {
    const file = join(dist, src ?? '');
    if (existsSync(file)) total += gzipSync(readFileSync(file)).length;
  }
  for (const [, attributes, body] of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!(attributes ?? '').includes('application/json')) total += gzipSync(body ?? '').length;
  }
  return total;
}

async function firstQuery(dist: string, query: string): Promise<number> {
  const server = await startServer({ root: dist });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    // Bytes over the wire from a host that gzips text (as every static host does): JavaScript
    // and JSON count gzipped; Pagefind's index, fragments and WebAssembly are already compressed.
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += /\.(js|json)(\?|$)/.test(response.url()) ? gzipSync(body).length : body.length;
    });
    await page.goto(server.url);
    await page.evaluate(async (q) => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(bundle);
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
    }, query);
    await page.waitForTimeout(300);
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measure(label: string, siteRoot: string, outDir: string, contentPage: string): Promise<Measures> {
  step(`Building ${label}…`);
  const buildSeconds = build(siteRoot, outDir);
  console.log(`  built in ${buildSeconds.toFixed(1)} s`);
  const all = files(outDir);
  const htmlFiles = all.filter((f) => f.endsWith('.html'));
  const contentHtml = readFileSync(join(outDir, contentPage), 'utf8');
  step(`Measuring search on ${label}…`);
  const query = await firstQuery(outDir, 'members');
  return {
    buildSeconds,
    pages: htmlFiles.length,
    distBytes: all.reduce((s, f) => s + statSync(f).size, 0),
    medianPageGzip: median(htmlFiles.map((f) => gzipSync(readFileSync(f)).length)),
    contentPageJsGzip: pageJsGzip(outDir, contentHtml),
    pagefindBytes: files(join(outDir, 'pagefind')).reduce((s, f) => s + statSync(f).size, 0),
    firstQueryBytes: query,
  };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main(): Promise<number> {
  mkdirSync(benchDir, { recursive: true });
  const ours = await measure('this site', root, join(benchDir, 'ours'), 'modules/public-narrative/index.html');
  const bare = await measure('bare Starlight', makeBareSite(ours.pages), join(benchDir, 'bare-dist'), 'pages/page-001/index.html');
  const rows: [string, string, string][] = [
    ['HTML pages', String(ours.pages), String(bare.pages)],
    ['build time', `${ours.buildSeconds.toFixed(1)} s`, `${bare.buildSeconds.toFixed(1)} s`],
    ['dist size', kib(ours.distBytes), kib(bare.distBytes)],
    ['median page, gzip', kib(ours.medianPageGzip), kib(bare.medianPageGzip)],
    ['JS on a content page, gzip', kib(ours.contentPageJsGzip), kib(bare.contentPageJsGzip)],
    ['search index (all files)', kib(ours.pagefindBytes), kib(bare.pagefindBytes)],
    ['first query downloads', kib(ours.firstQueryBytes), kib(bare.firstQueryBytes)],
  ];
  console.log('\n| measure | this site | bare Starlight |\n|---|---|---|');
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
  const checks: [string, boolean][] = [
    [`build time ≤ ${TARGETS.buildTimeRatio}× bare`, ours.buildSeconds <= bare.buildSeconds * TARGETS.buildTimeRatio],
    [`median page ≤ ${TARGETS.medianPageGzipRatio}× bare (gzip)`, ours.medianPageGzip <= bare.medianPageGzip * TARGETS.medianPageGzipRatio],
    [
      `content-page JS ≤ bare + ${kib(TARGETS.extraJsGzipBytes)}`,
      ours.contentPageJsGzip <= bare.contentPageJsGzip + TARGETS.extraJsGzipBytes,
    ],
    [`first search query ≤ ${kib(TARGETS.firstQueryBytes)}`, ours.firstQueryBytes <= TARGETS.firstQueryBytes],
  ];
  console.log('');
  for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
  const failed = checks.filter(([, ok]) => !ok).length;
  if (failed > 0)
    console.log(`\n${failed} target(s) missed. Look at the row above each FAIL; the targets are at the top of scripts/bench.ts.`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
