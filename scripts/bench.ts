/**
 * Benchmark: this site against a bare Starlight site with the same pages and the same words,
 * built and measured side by side in one run.
 *
 *   npm run bench                 (about 8 minutes on 2 cores; needs Chromium at /usr/bin/chromium)
 *   npm run bench -- --help       options
 *
 * 1. Builds this site, turns the `<main>` of every built page into a plain Markdown page of a
 *    bare Starlight project (same Markdown pipeline), and builds both alternately, cold and warm.
 * 2. Does the same with about 1,000 extra pages made from the real activities and case studies.
 * 3. Measures HTML, JavaScript and CSS per page type, the Pagefind index and a first search.
 * 4. Runs Lighthouse (mobile) on one page of each main type.
 * 5. Prints a table and PASS/FAIL per target; writes scripts/bench-results.json and the
 *    README's "Performance" section.
 *
 * Everything it builds goes under bench/ (ignored by git); it never writes dist/.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseOptions } from './lib/bench-args.ts';
import { writeBareSite } from './lib/bench-bare.ts';
import { build, type BuildResult, type BuildSpec } from './lib/bench-build.ts';
import { runLighthouse, type LighthouseResult } from './lib/bench-lighthouse.ts';
import { groupPageJs, measureSite, median, summary } from './lib/bench-measure.ts';
import { mdxFeatureFiles, writeOursConfig } from './lib/bench-ours.ts';
import { runProfile } from './lib/bench-profile.ts';
import { checkTargets, printReport, writeReadme, writeResultsFile } from './lib/bench-report.ts';
import { machine, type BuildRun, type BuildSeries, type Results, type ScaleResult } from './lib/bench-results.ts';
import { writeScaledContent } from './lib/bench-scale.ts';
import { startGzipServer } from './lib/bench-gzip.ts';
import { firstQuery } from './lib/bench-search.ts';

const root = process.cwd();
const benchDir = join(root, 'bench');
const started = performance.now();
const loadAtStart = Math.round((loadavg()[0] ?? 0) * 100) / 100;

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

const step = (message: string) => console.log(`\n▶ ${message}`);
const secs = (b: BuildResult) => `${b.seconds.toFixed(1)} s`;

interface SiteSpecs {
  ours: BuildSpec;
  bare: BuildSpec;
}

/** Everything for one comparison lives in bench/<name>/: configs, caches, projects, builds. */
function specs(name: string, env: Record<string, string> = {}): SiteSpecs {
  const dir = join(benchDir, name);
  return {
    ours: {
      root,
      config: writeOursConfig(root, join(dir, 'ours.config.mjs'), join(dir, 'cache-ours')),
      outDir: join(dir, 'ours-dist'),
      cacheDir: join(dir, 'cache-ours'),
      env,
    },
    bare: { root: join(dir, 'bare'), outDir: join(dir, 'bare-dist'), cacheDir: join(dir, 'cache-bare') },
  };
}

/**
 * Builds this site and the bare site alternately: per run, each cold (empty cache) and then warm
 * (the cache the cold build left). The bare project is written from this site's first build.
 */
function buildSeries(label: string, sites: SiteSpecs, runs: number, writeBare: (oursDist: string) => void): BuildSeries {
  const done: BuildRun[] = [];
  for (let i = 0; i < runs; i++) {
    const oursCold = build(root, sites.ours, true);
    if (i === 0) writeBare(sites.ours.outDir);
    const bareCold = build(root, sites.bare, true);
    const oursWarm = build(root, sites.ours, false);
    const bareWarm = build(root, sites.bare, false);
    done.push({ ours: { cold: oursCold, warm: oursWarm }, bare: { cold: bareCold, warm: bareWarm } });
    console.log(
      `  ${label} run ${i + 1}/${runs}: this site ${secs(oursCold)} cold, ${secs(oursWarm)} warm · bare ${secs(bareCold)} cold, ${secs(bareWarm)} warm` +
        ` → ${(oursCold.seconds / bareCold.seconds).toFixed(2)}× cold, ${(oursWarm.seconds / bareWarm.seconds).toFixed(2)}× warm`,
    );
  }
  const m = (pick: (r: BuildRun) => number) => median(done.map(pick));
  return {
    runs: done,
    median: {
      oursCold: m((r) => r.ours.cold.seconds),
      bareCold: m((r) => r.bare.cold.seconds),
      oursWarm: m((r) => r.ours.warm.seconds),
      bareWarm: m((r) => r.bare.warm.seconds),
      ratioCold: m((r) => r.ours.cold.seconds / r.bare.cold.seconds),
      ratioWarm: m((r) => r.ours.warm.seconds / r.bare.warm.seconds),
    },
  };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) return 0;
  console.log(
    `Benchmark: ${options.runs} run(s) of both sites${options.scale ? `, then ${options.scale} extra pages (${options.scaleRuns} run(s))` : ''}` +
      `${options.lighthouse ? ', Lighthouse' : ''}${options.search ? ', first search' : ''}. Load average now: ${loadAtStart}` +
      (loadAtStart > 1 ? ' (something else is running: build times will be noisier).' : '.'),
  );

  const phases: Results['phaseSeconds'] = {};
  let mark = performance.now();
  const lap = (phase: keyof Results['phaseSeconds']) => {
    phases[phase] = Math.round((performance.now() - mark) / 1000);
    mark = performance.now();
  };

  // 1. This site and its bare twin, several times.
  step(`Building this site and bare Starlight with the same pages and words (${options.runs} runs, cold then warm)…`);
  const real = specs('real');
  let bareSite: Omit<Results['bareSite'], 'builtWords'> | undefined;
  const builds = buildSeries('real', real, options.runs, (dist) => {
    const bare = writeBareSite(dist, real.bare.root, root, { cacheDir: real.bare.cacheDir, printPacks: options.printPacks });
    bareSite = { pages: bare.pages, words: bare.words, skipped: bare.skipped, printPacks: options.printPacks };
    console.log(`  bare site: ${bare.pages} Markdown pages, ${bare.words.toLocaleString('en')} words; left out: ${bare.skipped.length}`);
  });
  if (!bareSite) throw new Error('The bare site was not written; this is a bug in scripts/bench.ts.');

  step('Measuring HTML, JavaScript and CSS per page type…');
  const ours = measureSite(real.ours.outDir);
  const bare = measureSite(real.bare.outDir);
  const bareContent = bare.perPage.filter((p) => p.type !== 'not-found');
  const builtWords = bareContent.reduce((s, p) => s + p.words, 0);
  const bareContentPage = {
    js: { raw: median(bareContent.map((p) => p.js.raw)), gzip: median(bareContent.map((p) => p.js.gzip)) },
    css: { raw: median(bareContent.map((p) => p.css.raw)), gzip: median(bareContent.map((p) => p.css.gzip)) },
    html: { raw: median(bareContent.map((p) => p.html.raw)), gzip: median(bareContent.map((p) => p.html.gzip)) },
  };
  const pageJs = groupPageJs(ours, bare, bareContentPage.js.gzip);
  console.log(`  this site: ${ours.pages} pages, ${ours.types.length} page types · bare: ${bare.pages} pages`);
  lap('builds');

  // 2. Synthetic scale.
  let scale: ScaleResult | null = null;
  if (options.scale) {
    step(`Synthetic scale: copying content/ with ${options.scale} extra pages from the real activities and case studies…`);
    const generated = writeScaledContent(join(root, 'content'), join(benchDir, 'scale', 'content'), options.scale);
    console.log(`  ${generated.activities} activities (two pages each) and ${generated.caseStudies} case studies added`);
    const big = specs('scale', { CURRICULUM_CONTENT: generated.dir });
    const scaleBuilds = buildSeries('scale', big, options.scaleRuns, (dist) => {
      const bareBig = writeBareSite(dist, big.bare.root, root, { cacheDir: big.bare.cacheDir, printPacks: options.printPacks });
      console.log(`  bare site at scale: ${bareBig.pages} Markdown pages, ${bareBig.words.toLocaleString('en')} words`);
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
    console.log(
      `  HTML per page (median, gzip): this site ${(oursBig.html.median.gzip / 1024).toFixed(1)} KiB at ${oursBig.pages} pages ` +
        `vs ${(ours.html.median.gzip / 1024).toFixed(1)} KiB at ${ours.pages}; bare ${(bareBig.html.median.gzip / 1024).toFixed(1)} KiB vs ${(bare.html.median.gzip / 1024).toFixed(1)} KiB`,
    );
    lap('scale');
  }

  // 3. Search.
  let search: Results['search'] = null;
  if (options.search) {
    step(`First search ("${QUERY}" from ${SEARCH_FROM}) in Chromium, both sites…`);
    const oursQuery = await firstQuery(real.ours.outDir, SEARCH_FROM, QUERY);
    const bareQuery = await firstQuery(real.bare.outDir, SEARCH_FROM, QUERY);
    search = { ours: oursQuery, bare: bareQuery };
    console.log(
      `  this site ${(oursQuery.bytes / 1024).toFixed(1)} KiB in ${oursQuery.requests} requests · bare ${(bareQuery.bytes / 1024).toFixed(1)} KiB`,
    );
    lap('search');
  }

  // 4. Lighthouse.
  let lighthouse: LighthouseResult[] | null = null;
  if (options.lighthouse) {
    const pages = LIGHTHOUSE_PAGES.length + 1;
    step(
      `Lighthouse (mobile) on ${LIGHTHOUSE_PAGES.length} pages of this site and one bare page, ${options.lighthouseRuns} run(s) each, about 10 s a run, served with gzip as a host would…`,
    );
    const oursServer = await startGzipServer(real.ours.outDir);
    const bareServer = await startGzipServer(real.bare.outDir);
    try {
      const runs = await runLighthouse(
        Array.from({ length: options.lighthouseRuns }, () => [
          ...LIGHTHOUSE_PAGES.map((p) => ({ ...p, origin: oursServer.url })),
          { label: 'bare Starlight page', path: SEARCH_FROM, origin: bareServer.url },
        ]).flat(),
        (r) => {
          const scores = Object.values(r.scores).join(' / ');
          const failed = r.failed.map((a) => `${a.id} (${a.score === null ? 'error' : a.score})`).join(', ');
          console.log(`  ${r.label.padEnd(20)} ${scores}${failed ? `  ← ${failed}` : ''}`);
        },
      );
      // Per page, the run with the median performance score.
      lighthouse = runs.slice(0, pages).map((first) => {
        const same = runs.filter((r) => r.label === first.label).sort((a, b) => a.scores.performance - b.scores.performance);
        return same[Math.floor(same.length / 2)] ?? first;
      });
    } finally {
      await oursServer.close();
      await bareServer.close();
    }
    lap('lighthouse');
  }

  // 5. Optional: what parts of our build cost.
  const profile = options.profile ? runProfile(root, join(benchDir, 'profile'), options.runs, step) : null;
  if (profile) lap('profile');

  const results: Results = {
    date: new Date().toISOString(),
    machine: machine(root, loadAtStart),
    options,
    durationSeconds: Math.round((performance.now() - started) / 1000),
    phaseSeconds: phases,
    mdxFeatureFiles: mdxFeatureFiles(join(root, 'content')),
    bareSite: { ...bareSite, builtWords },
    builds,
    sizes: { ours: summary(ours), bare: summary(bare), bareContentPage },
    pageJs,
    scale,
    search,
    lighthouse,
    profile,
    targets: [],
  };
  results.targets = checkTargets(results);
  printReport(results);
  if (options.write) {
    const json = await writeResultsFile(root, results);
    const readme = await writeReadme(root, results);
    console.log(`\nWrote ${json} and the "Performance" section of ${readme}.`);
  }
  const missed = results.targets.filter((t) => !t.pass).length;
  return missed > 0 && options.strict ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`);
  process.exitCode = 2;
}
