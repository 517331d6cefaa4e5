/**
 * Small, hand-made benchmark results for the bench unit tests: every number is chosen so the
 * expected ratios, medians and verdicts can be worked out by hand.
 */
import type { BenchOptions } from '../../scripts/lib/bench-args.ts';
import type { Stages } from '../../scripts/lib/bench-parse.ts';
import {
  RESULTS_VERSION,
  type BuildResult,
  type BuildRun,
  type PageSizes,
  type Results,
  type SizeSummary,
} from '../../scripts/lib/bench-results.ts';
import { seriesMedians } from '../../scripts/lib/bench-stats.ts';
import type { PageType } from '../../scripts/lib/page-types.ts';

export const buildResult = (seconds: number, stages: Stages = {}): BuildResult => ({
  seconds,
  stages,
  peakMiB: 700,
  astroSeconds: seconds - 1,
});

export const run = (
  ours: [number, number],
  bare: [number, number],
  bareMd?: [number, number],
  stages?: { ours: Stages; bare: Stages },
): BuildRun => ({
  ours: { cold: buildResult(ours[0], stages?.ours), warm: buildResult(ours[1], stages?.ours) },
  bare: { cold: buildResult(bare[0], stages?.bare), warm: buildResult(bare[1], stages?.bare) },
  ...(bareMd ? { bareMd: { cold: buildResult(bareMd[0]), warm: buildResult(bareMd[1]) } } : {}),
});

export const page = (path: string, type: PageType, jsGzip: number, scripts: string[] = [], htmlGzip = 9000): PageSizes => ({
  path,
  type,
  html: { raw: htmlGzip * 4, gzip: htmlGzip },
  js: { raw: jsGzip * 2, gzip: jsGzip },
  css: { raw: 70_000, gzip: 14_000 },
  scripts,
  words: 100,
});

const sizes = (pages: number, htmlGzip: number): SizeSummary => ({
  pages,
  distBytes: 8_000_000,
  words: 135_000,
  html: {
    median: { raw: htmlGzip * 4, gzip: htmlGzip },
    max: { raw: 200_000, gzip: 50_000 },
    maxPath: '/print/facilitator/two-day/',
    total: { raw: pages * htmlGzip * 4, gzip: pages * htmlGzip },
  },
  types: [
    {
      type: 'module',
      pages: 12,
      heaviest: '/modules/opening/',
      html: { raw: htmlGzip * 4, gzip: htmlGzip },
      htmlMax: { raw: htmlGzip * 4, gzip: htmlGzip },
      js: { raw: 12_000, gzip: 5_000 },
      jsMax: { raw: 12_000, gzip: 5_000 },
      css: { raw: 70_000, gzip: 14_000 },
    },
  ],
  pagefind: { files: 140, bytes: 1_200_000 },
});

export const OPTIONS: BenchOptions = {
  runs: 3,
  scale: false,
  scaleRuns: 1,
  bareMd: true,
  pdf: true,
  pdfRuns: 2,
  lighthouse: false,
  lighthouseRuns: 1,
  search: true,
  printPacks: false,
  write: true,
  strict: false,
};

/**
 * Three runs: this site 5/6/7 s cold and 4/4/5 s warm against bare (.mdx) 5/5/5 s cold and
 * 4/4/2 s warm. Per-run ratios cold 1.0/1.2/1.4 (median 1.2), warm 1.0/1.0/2.5 (median 1.0).
 */
export function results(overrides: Partial<Results> = {}): Results {
  const runs = [
    run([5, 4], [5, 4], [4, 2], { ours: { bundle: 2, render: 1 }, bare: { bundle: 1, render: 1 } }),
    run([6, 4], [5, 4], [4, 2], { ours: { bundle: 2.5, render: 1.2 }, bare: { bundle: 1, render: 1 } }),
    run([7, 5], [5, 2], [5, 2], { ours: { bundle: 3, render: 1.1 }, bare: { bundle: 1.2, render: 1 } }),
  ];
  return {
    version: RESULTS_VERSION,
    date: '2026-12-01T08:00:00.000Z',
    machine: {
      os: 'Linux 6.1',
      cpu: 'Test CPU',
      cores: 2,
      memoryGiB: 16,
      node: 'v26.10.0',
      packages: { astro: '7.3.5', '@astrojs/starlight': '0.42.4', pagefind: '1.6.0' },
      load: { start: 3.5, end: 2.5 },
    },
    options: OPTIONS,
    command: 'npm run bench -- --no-scale --no-lighthouse',
    durationSeconds: 200,
    phaseSeconds: { builds: 150, pdf: 40, search: 10 },
    bareSite: {
      pages: 145,
      words: 135_000,
      builtWords: 135_000,
      skipped: ['/404.html (bare Starlight builds its own 404 page)'],
      printPacks: false,
    },
    builds: { runs, median: seriesMedians(runs) },
    sizes: {
      ours: sizes(154, 9000),
      bare: sizes(146, 11_500),
      bareContentPage: { js: { raw: 13_000, gzip: 5_800 }, css: { raw: 65_000, gzip: 12_000 }, html: { raw: 70_000, gzip: 11_500 } },
    },
    pageJs: [
      {
        type: 'run',
        tool: 'run mode',
        jsGzip: 12_300,
        extraGzip: 6_500,
        pages: 1,
        examples: ['/schedules/run/'],
        extraFiles: ['run-mode.js', 'preload-helper.js'],
      },
      {
        type: 'module',
        tool: null,
        jsGzip: 5_796,
        extraGzip: -4,
        pages: 12,
        examples: ['/modules/opening/'],
        extraFiles: ['preload-helper.js'],
      },
    ],
    scale: null,
    pdf: {
      files: 8,
      pages: 400,
      bytes: 4_000_000,
      cold: { seconds: 40, printed: 8, files: 8 },
      warm: [
        { seconds: 30, printed: 0, files: 8 },
        { seconds: 34, printed: 0, files: 8 },
      ],
      warmSeconds: 32,
      edited: { seconds: 6, printed: 2, files: 8 },
    },
    search: {
      ours: {
        query: 'members',
        bytes: 131_889,
        pagefindBytes: 131_889,
        idleBytes: 26_708,
        idleFiles: [],
        requests: 3,
        results: 5,
        files: [
          { path: '/pagefind/wasm.en.pagefind', bytes: 59_758 },
          { path: '/pagefind/pagefind.js', bytes: 13_385 },
          { path: '/pagefind/index/en_1.pf_index', bytes: 58_746 },
        ],
      },
      bare: {
        query: 'members',
        bytes: 130_000,
        pagefindBytes: 130_000,
        idleBytes: 26_708,
        idleFiles: [],
        requests: 11,
        results: 5,
        files: [],
      },
    },
    lighthouse: null,
    targets: [],
    ...overrides,
  };
}
