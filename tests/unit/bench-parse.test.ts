import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  astroSeconds,
  medianLighthouseRuns,
  parsePdfLog,
  parseResults,
  pdfSummaryLine,
  peakMiB,
  stagesOf,
  summarizeLighthouse,
  type LhrLike,
  type LighthouseResult,
} from '../../scripts/lib/bench-parse.ts';
import { RESULTS_VERSION, type Results } from '../../scripts/lib/bench-results.ts';
import { results } from './bench-fixture.ts';

/** The output of a real `astro build` of the benchmark's bare site (Astro 7.3, colours off), shortened. */
const ASTRO_LOG = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'bench', 'astro-build-log.txt'), 'utf8');
/** The lines the stages come from: "[types] Generated 5.39s", "Collecting build info… ✓ Completed in 6.63s", two "[vite] ✓ built in", the render's "✓ Completed in 2.93s", Pagefind's "2.99s". */
const STAGES_OF_THE_LOG = { sync: 5.39, collect: 6.63, bundle: 2.44 + 0.221, render: 2.93, pagefind: 2.99 };
const ASTRO_SECONDS_OF_THE_LOG = 15.53;

describe("Astro's build log", () => {
  it('gives each stage its seconds; Vite bundles add up over the environments', () => {
    expect(stagesOf(ASTRO_LOG)).toEqual(STAGES_OF_THE_LOG);
  });

  it('reads milliseconds and strips terminal colours', () => {
    const esc = String.fromCharCode(27);
    const log = `${esc}[2m09:00:01${esc}[22m ${esc}[34m[types]${esc}[39m Generated 812ms\n09:00:02 [vite] ✓ built in 450ms\n09:00:03 [vite] ✓ built in 1.20s`;
    expect(stagesOf(log)).toEqual({ sync: 0.812, bundle: 1.65 });
  });

  it('has no stage whose line is missing', () => {
    expect(stagesOf('nothing here')).toEqual({});
  });

  it("reads Astro's own total and the peak memory /usr/bin/time adds", () => {
    expect(astroSeconds(ASTRO_LOG)).toBe(ASTRO_SECONDS_OF_THE_LOG);
    expect(astroSeconds('12 page(s) built in 850ms')).toBe(0.85);
    expect(astroSeconds('')).toBeUndefined();
    expect(peakMiB('...\nBENCH_PEAK_KIB=774144\n')).toBe(756);
    expect(peakMiB(ASTRO_LOG)).toBeUndefined();
  });
});

describe('what scripts/pdf.ts prints', () => {
  const log = [
    '[1/3] bench/real/ours-dist/pdf/two-day-facilitator-pack-a4.pdf (412 KiB, from cache)',
    '[2/3] bench/real/ours-dist/pdf/two-day-facilitator-pack-letter.pdf (410 KiB, 2315 ms)',
    '[3/3] bench/real/ours-dist/pdf/two-day-participant-pack-a4.pdf (120 KiB, 801 ms)',
    pdfSummaryLine(3, 2, 3.46),
  ].join('\n');

  it('ends with one summary line', () => {
    expect(pdfSummaryLine(3, 2, 3.46)).toBe('PDF step: 3 files (2 printed, 1 from cache) in 3.5 s');
    expect(pdfSummaryLine(1, 1, 1)).toBe('PDF step: 1 file (1 printed, 0 from cache) in 1.0 s');
  });

  it('reads a line per file, which were printed, and the total', () => {
    expect(parsePdfLog(log)).toEqual({
      packs: [
        { file: 'bench/real/ours-dist/pdf/two-day-facilitator-pack-a4.pdf', kib: 412, ms: undefined },
        { file: 'bench/real/ours-dist/pdf/two-day-facilitator-pack-letter.pdf', kib: 410, ms: 2315 },
        { file: 'bench/real/ours-dist/pdf/two-day-participant-pack-a4.pdf', kib: 120, ms: 801 },
      ],
      printed: 2,
      seconds: 3.5,
    });
  });

  it('finds no files in the message pdf.ts prints without Chromium', () => {
    expect(
      parsePdfLog(
        'PDF files skipped: Chromium is not at /usr/bin/chromium. Install it ("apt-get install -y chromium") and run "npm run build" again to get the PDF files.',
      ),
    ).toEqual({ packs: [], printed: 0, seconds: undefined });
  });
});

describe('a Lighthouse result', () => {
  const audit = (id: string, score: number | null, mode = 'numeric', extra: { displayValue?: string; numericValue?: number } = {}) => ({
    id,
    title: id.replace(/-/g, ' '),
    score,
    scoreDisplayMode: mode,
    ...extra,
  });
  const lhr: LhrLike = {
    categories: {
      performance: {
        score: 0.97,
        auditRefs: [
          { id: 'cumulative-layout-shift', weight: 25 },
          { id: 'first-contentful-paint', weight: 10 },
          { id: 'diagnostics', weight: 0 },
        ],
      },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: {
        score: 0.999,
        auditRefs: [
          { id: 'meta-description', weight: 1 },
          { id: 'hreflang', weight: 1 },
        ],
      },
    },
    audits: {
      'cumulative-layout-shift': audit('cumulative-layout-shift', 0.8, 'numeric', { displayValue: '0.12', numericValue: 0.1234567 }),
      'first-contentful-paint': audit('first-contentful-paint', 1, 'numeric', { numericValue: 984.5634 }),
      diagnostics: audit('diagnostics', 0, 'informative'),
      'color-contrast': audit('color-contrast', 1, 'binary'),
      'errors-in-console': audit('errors-in-console', 1, 'binary'),
      'meta-description': audit('meta-description', 0.99, 'binary'),
      hreflang: audit('hreflang', null, 'notApplicable'),
    },
    runWarnings: ['The page loaded too slowly'],
  };

  it('rounds the scores, lists the audits that cost points and the near misses, and keeps the core metrics', () => {
    expect(summarizeLighthouse(lhr, 'search', '/search/')).toEqual({
      label: 'search',
      path: '/search/',
      scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
      failed: [
        { category: 'performance', id: 'cumulative-layout-shift', title: 'cumulative layout shift', score: 0.8, displayValue: '0.12' },
      ],
      nearMisses: [{ category: 'seo', id: 'meta-description', title: 'meta description', score: 0.99 }],
      metrics: { 'cumulative-layout-shift': 0.123, 'first-contentful-paint': 984.563 },
      warnings: ['The page loaded too slowly'],
    });
  });

  it('keeps, per page, the run with the median performance score', () => {
    const at = (label: string, performance: number): LighthouseResult => ({
      ...summarizeLighthouse(lhr, label, '/'),
      scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    });
    const picked = medianLighthouseRuns([
      at('home', 99),
      at('search', 90),
      at('home', 97),
      at('search', 96),
      at('home', 100),
      at('search', 93),
    ]);
    expect(picked.map((r) => [r.label, r.scores.performance])).toEqual([
      ['home', 99],
      ['search', 93],
    ]);
    expect(medianLighthouseRuns([at('home', 98), at('home', 100)]).map((r) => r.scores.performance)).toEqual([98]);
  });
});

describe('scripts/bench-results.json', () => {
  it('reads back what the benchmark wrote', () => {
    const r = results();
    expect(parseResults<Results>(JSON.stringify(r), 'scripts/bench-results.json', RESULTS_VERSION)).toEqual(r);
  });

  it('reads the committed file', () => {
    const text = readFileSync(join(import.meta.dirname, '../../scripts/bench-results.json'), 'utf8');
    const saved = parseResults<Results>(text, 'scripts/bench-results.json', RESULTS_VERSION);
    expect(saved.builds.runs.length).toBe(saved.options.runs);
    expect(saved.targets.length).toBeGreaterThan(0);
  });

  it('names the file, the field, expected and found for a broken file', () => {
    const { pageJs, ...rest } = results();
    void pageJs;
    expect(() => parseResults(JSON.stringify(rest), 'scripts/bench-results.json', RESULTS_VERSION)).toThrow(
      'scripts/bench-results.json → pageJs: expected array; found undefined. Fix: run "npm run bench" to write the file again.',
    );
    expect(() => parseResults(JSON.stringify({ ...results(), version: 1 }), 'r.json', RESULTS_VERSION)).toThrow(
      `r.json → version: expected ${RESULTS_VERSION}; found 1. Fix: run "npm run bench" (this file was written by another version of the benchmark).`,
    );
    expect(() => parseResults('{', 'r.json', RESULTS_VERSION)).toThrow(
      /^r\.json: not valid JSON \(.*\)\. Fix: run "npm run bench" to write it again\.$/,
    );
  });
});
