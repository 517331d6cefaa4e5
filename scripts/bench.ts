/**
 * Benchmark: this site against a bare Starlight site with the same pages and the same words in
 * the same file format (MDX), built and measured side by side in one run.
 *
 *   npm run bench                    (about 8 minutes on 2 cores; needs Chromium at /usr/bin/chromium)
 *   npm run bench -- --help          options
 *   npm run bench -- --readme-only   the README section from scripts/bench-results.json
 *
 * This entry only orchestrates and prints progress. Reading logs and results is in
 * lib/bench-parse.ts, the arithmetic in lib/bench-stats.ts, the targets and verdicts in
 * lib/bench-targets.ts, the tables in lib/bench-report.ts; each has unit tests.
 * Everything it builds goes under bench/ (ignored by git); it never writes dist/.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseCommand, USAGE, type BenchOptions } from './lib/bench-args.ts';
import { writeBareSite, type BareFormat } from './lib/bench-bare.ts';
import { build, type BuildSpec } from './lib/bench-build.ts';
import { startGzipServer } from './lib/bench-gzip.ts';
import { runLighthouse } from './lib/bench-lighthouse.ts';
import { measureSite, summary } from './lib/bench-measure.ts';
import { writeOursConfig } from './lib/bench-ours.ts';
import { medianLighthouseRuns, parseResults, type LighthouseResult } from './lib/bench-parse.ts';
import { timePdfStep } from './lib/bench-pdf.ts';
import { printReport, writeReadme, writeResultsFile } from './lib/bench-report.ts';
import { machine, RESULTS_VERSION, type BuildRun, type BuildSeries, type Results, type ScaleResult } from './lib/bench-results.ts';
import { writeScaledContent } from './lib/bench-scale.ts';
import { firstQuery } from './lib/bench-search.ts';
import { measureOfflineSaves, offlineLine, SAVE_NETWORK } from './lib/bench-offline.ts';
import { groupPageJs, medianBytes, seriesMedians } from './lib/bench-stats.ts';
import { checkTargets, sec, times, TOOLS } from './lib/bench-targets.ts';

const root = process.cwd();
const benchDir = join(root, 'bench');
const resultsFile = join(root, 'scripts/bench-results.json');

/** Pages Lighthouse checks: one of each main type. */
const LIGHTHOUSE_PAGES = [
  { label: 'home', path: '/' },
  { label: 'module', path: '/modules/public-narrative/' },
  { label: 'facilitator page', path: '/modules/public-narrative/facilitator/' },
  { label: 'activity', path: '/activities/story-of-self/' },
  { label: 'case study', path: '/cases/domestic-workers-bill-of-rights/' },
  { label: 'search', path: '/search/' },
];
/** The page the first search starts from, on both sites. */
const SEARCH_FROM = '/modules/public-narrative/';
const QUERY = 'members';
/** The same on a Spanish page (issue 16): the Spanish index is its own, split by `lang`. */
const SPANISH_SEARCH_FROM = `/es${SEARCH_FROM}`;
const SPANISH_QUERY = 'liderazgo';

const step = (message: string) => console.log(`\n▶ ${message}`);

interface SiteSpecs {
  ours: BuildSpec;
  bare: BuildSpec;
  bareMd?: BuildSpec;
}

/** Everything for one comparison lives in bench/<name>/: configs, caches, projects, builds. */
function specs(name: string, withMd: boolean, env: Record<string, string> = {}): SiteSpecs {
  const dir = join(benchDir, name);
  const bare = (suffix: string): BuildSpec => ({
    root: join(dir, `bare${suffix}`),
    outDir: join(dir, `bare${suffix}-dist`),
    cacheDir: join(dir, `cache-bare${suffix}`),
  });
  return {
    ours: {
      root,
      config: writeOursConfig(root, join(dir, 'ours.config.mjs'), join(dir, 'cache-ours')),
      outDir: join(dir, 'ours-dist'),
      cacheDir: join(dir, 'cache-ours'),
      env,
    },
    bare: bare(''),
    ...(withMd ? { bareMd: bare('-md') } : {}),
  };
}

/**
 * Builds this site and the bare sites alternately: per run, each cold (empty cache) and then
 * warm (the cache the cold build left). The bare projects are written from this site's first build.
 */
function buildSeries(
  label: string,
  sites: SiteSpecs,
  runs: number,
  writeBare: (oursDist: string, spec: BuildSpec, format: BareFormat) => void,
): BuildSeries {
  const done: BuildRun[] = [];
  for (let i = 0; i < runs; i++) {
    const oursCold = build(root, sites.ours, true);
    if (i === 0) {
      writeBare(sites.ours.outDir, sites.bare, 'mdx');
      if (sites.bareMd) writeBare(sites.ours.outDir, sites.bareMd, 'md');
    }
    const bareCold = build(root, sites.bare, true);
    const mdCold = sites.bareMd ? build(root, sites.bareMd, true) : undefined;
    const oursWarm = build(root, sites.ours, false);
    const bareWarm = build(root, sites.bare, false);
    const mdWarm = sites.bareMd ? build(root, sites.bareMd, false) : undefined;
    const run: BuildRun = {
      ours: { cold: oursCold, warm: oursWarm },
      bare: { cold: bareCold, warm: bareWarm },
      ...(mdCold && mdWarm ? { bareMd: { cold: mdCold, warm: mdWarm } } : {}),
    };
    done.push(run);
    const md = run.bareMd ? ` · bare .md ${sec(run.bareMd.cold.seconds)} cold, ${sec(run.bareMd.warm.seconds)} warm` : '';
    console.log(
      `  ${label} run ${i + 1}/${runs}: this site ${sec(oursCold.seconds)} cold, ${sec(oursWarm.seconds)} warm · bare .mdx ${sec(bareCold.seconds)} cold, ${sec(bareWarm.seconds)} warm${md}` +
        ` → ${times(oursCold.seconds / bareCold.seconds)} cold, ${times(oursWarm.seconds / bareWarm.seconds)} warm`,
    );
  }
  return { runs: done, median: seriesMedians(done) };
}

async function runBenchmark(options: BenchOptions, command: string): Promise<Results> {
  const started = performance.now();
  const loadAtStart = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  console.log(
    `Benchmark: ${options.runs} run(s)${options.scale ? `, then ${options.scale} extra pages (${options.scaleRuns} run(s))` : ''}` +
      `${options.pdf ? ', the PDF step' : ''}${options.search ? ', first search' : ''}${options.lighthouse ? ', Lighthouse' : ''}. Load average now: ${loadAtStart}.`,
  );
  const phases: Results['phaseSeconds'] = {};
  let mark = performance.now();
  const lap = (phase: keyof Results['phaseSeconds']) => {
    phases[phase] = Math.round((performance.now() - mark) / 1000);
    mark = performance.now();
  };

  // 1. This site and its bare twins, several times.
  step(
    `Building this site and bare Starlight (.mdx${options.bareMd ? ' and .md' : ''}) with the same pages and words (${options.runs} runs, cold then warm)…`,
  );
  const real = specs('real', options.bareMd);
  let bareSite: Omit<Results['bareSite'], 'builtWords'> | undefined;
  const builds = buildSeries('real', real, options.runs, (dist, spec, format) => {
    const bare = writeBareSite(dist, spec.root, root, { cacheDir: spec.cacheDir, printPacks: options.printPacks, format });
    bareSite = { pages: bare.pages, words: bare.words, skipped: bare.skipped, printPacks: options.printPacks };
    console.log(
      `  bare site (.${format}): ${bare.pages} pages, ${bare.words.toLocaleString('en')} words; left out: ${bare.skipped.length}`,
    );
  });
  if (!bareSite) throw new Error('The bare site was not written; this is a bug in scripts/bench.ts.');

  step('Measuring HTML, JavaScript and CSS per page type…');
  const ours = measureSite(real.ours.outDir);
  const bare = measureSite(real.bare.outDir);
  const bareContent = bare.perPage.filter((p) => p.type !== 'not-found');
  const bareContentPage = {
    js: medianBytes(bareContent.map((p) => p.js)),
    css: medianBytes(bareContent.map((p) => p.css)),
    html: medianBytes(bareContent.map((p) => p.html)),
  };
  const pageJs = groupPageJs(ours.perPage, bare.perPage, bareContentPage.js.gzip, TOOLS);
  console.log(`  this site: ${ours.pages} pages, ${ours.types.length} page types · bare: ${bare.pages} pages`);
  lap('builds');

  // 2. Synthetic scale (MDX bare site only).
  let scale: ScaleResult | null = null;
  if (options.scale) {
    step(`Synthetic scale: copying content/ with ${options.scale} extra pages from the real activities and case studies…`);
    const generated = writeScaledContent(join(root, 'content'), join(benchDir, 'scale', 'content'), options.scale);
    console.log(`  ${generated.activities} activities (two pages each) and ${generated.caseStudies} case studies added`);
    const big = specs('scale', false, { CURRICULUM_CONTENT: generated.dir });
    const scaleBuilds = buildSeries('scale', big, options.scaleRuns, (dist, spec, format) => {
      const bareBig = writeBareSite(dist, spec.root, root, { cacheDir: spec.cacheDir, printPacks: options.printPacks, format });
      console.log(`  bare site at scale: ${bareBig.pages} pages, ${bareBig.words.toLocaleString('en')} words`);
    });
    const oursBig = measureSite(big.ours.outDir);
    const bareBig = measureSite(big.bare.outDir);
    scale = {
      extraPages: generated.extraPages,
      activities: generated.activities,
      caseStudies: generated.caseStudies,
      builds: scaleBuilds,
      ours: { pages: oursBig.pages, words: oursBig.words, html: oursBig.html, types: oursBig.types },
      bare: { pages: bareBig.pages, words: bareBig.words, html: bareBig.html },
    };
    lap('scale');
  }

  // 3. The PDF step on this site's build.
  let pdf: Results['pdf'] = null;
  if (options.pdf) {
    step(`PDF step (scripts/pdf.ts): one cold run, ${options.pdfRuns} warm…`);
    pdf = await timePdfStep(root, real.ours.outDir, options.pdfRuns, console.log);
    console.log(`  ${pdf.files} PDFs, ${pdf.pages} printed pages`);
    lap('pdf');
  }

  // 4. Search.
  let search: Results['search'] = null;
  if (options.search) {
    step(`First search ("${QUERY}" from ${SEARCH_FROM}) in Chromium, both sites…`);
    search = {
      ours: await firstQuery(real.ours.outDir, SEARCH_FROM, QUERY),
      bare: await firstQuery(real.bare.outDir, SEARCH_FROM, QUERY),
      spanish: await firstQuery(real.ours.outDir, SPANISH_SEARCH_FROM, SPANISH_QUERY),
    };
    console.log(
      `  this site ${(search.ours.bytes / 1024).toFixed(1)} KiB in ${search.ours.requests} requests · bare ${(search.bare.bytes / 1024).toFixed(1)} KiB · Spanish (“${SPANISH_QUERY}” from ${SPANISH_SEARCH_FROM}) ${((search.spanish?.bytes ?? 0) / 1024).toFixed(1)} KiB`,
    );
    lap('search');
  }

  // 4b. Save for offline (issue 17): the bytes of a full save per language and its time on a phone's connection.
  step(
    `Save for offline: a full save per language, timed in Chromium on ${SAVE_NETWORK.downloadMbps} Mbps / ${SAVE_NETWORK.latencyMs} ms…`,
  );
  const offline = await measureOfflineSaves(real.ours.outDir);
  for (const save of offline) console.log(offlineLine(save));
  lap('offline');

  // 5. Lighthouse.
  let lighthouse: LighthouseResult[] | null = null;
  if (options.lighthouse) {
    step(
      `Lighthouse (mobile) on ${LIGHTHOUSE_PAGES.length} pages of this site and one bare page, ${options.lighthouseRuns} run(s) each, served with gzip as a host would…`,
    );
    const oursServer = await startGzipServer(real.ours.outDir);
    const bareServer = await startGzipServer(real.bare.outDir);
    try {
      const pages = [
        ...LIGHTHOUSE_PAGES.map((p) => ({ ...p, origin: oursServer.url })),
        { label: 'bare Starlight page', path: SEARCH_FROM, origin: bareServer.url },
      ];
      const runs = await runLighthouse(Array.from({ length: options.lighthouseRuns }, () => pages).flat(), (r) =>
        console.log(
          `  ${r.label.padEnd(20)} ${Object.values(r.scores).join(' / ')}${r.failed.length ? `  ← ${r.failed.map((a) => a.id).join(', ')}` : ''}`,
        ),
      );
      lighthouse = medianLighthouseRuns(runs);
    } finally {
      await oursServer.close();
      await bareServer.close();
    }
    lap('lighthouse');
  }

  const results: Results = {
    version: RESULTS_VERSION,
    date: new Date().toISOString(),
    machine: machine(root, loadAtStart),
    options,
    command,
    durationSeconds: Math.round((performance.now() - started) / 1000),
    phaseSeconds: phases,
    bareSite: { ...bareSite, builtWords: bareContent.reduce((s, p) => s + p.words, 0) },
    builds,
    sizes: { ours: summary(ours), bare: summary(bare), bareContentPage },
    pageJs,
    scale,
    pdf,
    search,
    offline,
    lighthouse,
    targets: [],
  };
  results.targets = checkTargets(results);
  return results;
}

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  if (command.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command.kind === 'readme') {
    const saved = parseResults<Results>(readFileSync(resultsFile, 'utf8'), 'scripts/bench-results.json', RESULTS_VERSION);
    console.log(`Wrote the "Performance" section of ${await writeReadme(root, saved)} from scripts/bench-results.json.`);
    return 0;
  }
  const results = await runBenchmark(command.options, ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '));
  printReport(results);
  if (command.options.write) {
    await writeResultsFile(root, results);
    console.log(`\nWrote scripts/bench-results.json and the "Performance" section of ${await writeReadme(root, results)}.`);
  }
  const missed = results.targets.filter((t) => !t.pass).length;
  return missed > 0 && command.options.strict ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`);
  process.exitCode = 2;
}
