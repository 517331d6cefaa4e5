import { describe, expect, it } from 'vitest';
import { seriesMedians } from '../../scripts/lib/bench-stats.ts';
import { atMost, checkTargets, explain, signed, TARGETS } from '../../scripts/lib/bench-targets.ts';
import type { Results } from '../../scripts/lib/bench-results.ts';
import { results, run } from './bench-fixture.ts';

const withRuns = (runs: Results['builds']['runs']): Results => results({ builds: { runs, median: seriesMedians(runs) } });

describe('verdicts against the targets', () => {
  it('holds every limit in one table', () => {
    expect(TARGETS).toEqual({
      buildRatio: 1.3,
      contentExtraGzip: 1_024,
      toolExtraGzip: 15_000,
      firstQueryBytes: 150_000,
      htmlGrowth: 1.1,
      lighthouseScore: 100,
    });
    expect(atMost(1.3, TARGETS.buildRatio)).toBe(true);
    expect(atMost(1.31, TARGETS.buildRatio)).toBe(false);
  });

  it('checks only what the run measured and computes each value', () => {
    expect(checkTargets(results())).toEqual([
      {
        id: 'build-ratio',
        name: 'Build time at the real size (154 pages)',
        goal: '≤ 1.3× bare Starlight (same pages, MDX), cold and warm',
        value: 'cold 1.20× (6.0 s vs 5.0 s), warm 1.00× (4.0 s vs 4.0 s)',
        pass: true,
      },
      {
        id: 'content-js',
        name: 'JavaScript on a content page (gzip, up front)',
        goal: "≤ bare Starlight's (5.7 KiB) + 1.0 KiB",
        value: 'at most −4 B (every content page)',
        pass: true,
      },
      {
        id: 'tool-js',
        name: 'Interactive tools: JavaScript beyond bare Starlight, only on their own pages',
        goal: '≤ 15 KB gzip each; none of it on content pages',
        value: 'run mode +6,500 B; no tool code on content pages',
        pass: true,
      },
      {
        id: 'first-query',
        name: 'Bytes the first search downloads',
        goal: '≤ 150 KB',
        value: '128.8 KiB (131,889 B)',
        pass: true,
      },
    ]);
  });

  it('fails the build ratio above 1.3× and says, from the numbers, which stages took longer', () => {
    const r = withRuns([
      run([7, 4], [5, 4], [4, 2], { ours: { bundle: 2, render: 1 }, bare: { bundle: 1, render: 1 } }),
      run([8, 4], [5, 4], [4, 2], { ours: { bundle: 2.5, render: 1.2, sync: 0.5 }, bare: { bundle: 1, render: 1, sync: 0.8 } }),
      run([9, 5], [5, 4], [5, 2], { ours: { bundle: 3, render: 1.1 }, bare: { bundle: 1.2, render: 1 } }),
    ]);
    const [build] = checkTargets(r);
    expect(build).toEqual({
      id: 'build-ratio',
      name: 'Build time at the real size (154 pages)',
      goal: '≤ 1.3× bare Starlight (same pages, MDX), cold and warm',
      value: 'cold 1.60× (8.0 s vs 5.0 s), warm 1.00× (4.0 s vs 4.0 s)',
      pass: false,
      explanation:
        'Cold: stages where this site took longer (medians) are Vite bundles 2.5 s vs 1.0 s, rendering pages 1.1 s vs 1.0 s. ' +
        'Against the same pages as plain `.md`: 4.0 s cold, 2.0 s warm (this site 1.80× / 2.00×).',
    });
  });

  it('fails content pages that load more than 1 KiB beyond bare Starlight and names the scripts', () => {
    const r = results();
    r.pageJs = [
      ...r.pageJs,
      {
        type: 'guide',
        tool: null,
        jsGzip: 6_800,
        extraGzip: 1_024,
        pages: 2,
        examples: ['/guides/y/'],
        extraFiles: ['OfflineStatus.js'],
      },
      {
        type: 'case',
        tool: null,
        jsGzip: 6_825,
        extraGzip: 1_025,
        pages: 13,
        examples: ['/cases/x/'],
        extraFiles: ['preload-helper.js', 'cases.js'],
      },
    ];
    const content = checkTargets(r).find((t) => t.id === 'content-js');
    expect(content).toMatchObject({
      value: '+1,025 B on 13 pages (case)',
      pass: false,
      explanation: 'Scripts content pages load that no bare page loads: `OfflineStatus.js`, `preload-helper.js`, `cases.js`.',
    });
  });

  it("lets a deferred tool's loader (the save control's) sit on content pages", () => {
    const r = results();
    r.pageJs = [
      ...r.pageJs,
      {
        type: 'run',
        tool: 'run mode',
        jsGzip: 12_000,
        extraGzip: 6_200,
        pages: 1,
        examples: ['/modules/m/run/'],
        extraFiles: ['run-mode.js', 'preload-helper.js', 'SaveOffline.astro_astro_type_script_index_0_lang.js'],
      },
      {
        type: 'home',
        tool: null,
        jsGzip: 6_100,
        extraGzip: 300,
        pages: 1,
        examples: ['/'],
        extraFiles: ['preload-helper.js', 'SaveOffline.astro_astro_type_script_index_0_lang.js'],
      },
    ];
    const tool = checkTargets(r).find((t) => t.id === 'tool-js');
    expect(tool?.value).toBe('run mode +6,500 B; no tool code on content pages');
    expect(tool?.pass).toBe(true);
  });

  it('fails a tool whose code reaches a content page', () => {
    const r = results();
    r.pageJs = [
      ...r.pageJs,
      {
        type: 'guide',
        tool: null,
        jsGzip: 5_700,
        extraGzip: -100,
        pages: 1,
        examples: ['/guides/x/'],
        extraFiles: ['preload-helper.js', 'run-mode.js'],
      },
    ];
    expect(checkTargets(r).find((t) => t.id === 'tool-js')).toMatchObject({
      value: 'run mode +6,500 B; tool code on /guides/x/',
      pass: false,
    });
  });

  it('fails a first search over 150 KB and lists its largest downloads', () => {
    const r = results();
    if (!r.search) throw new Error('fixture has a search');
    r.search.ours.bytes = 150_001;
    expect(checkTargets(r).find((t) => t.id === 'first-query')).toEqual({
      id: 'first-query',
      name: 'Bytes the first search downloads',
      goal: '≤ 150 KB',
      value: '146.5 KiB (150,001 B)',
      pass: false,
      explanation:
        'Largest downloads of the first search: `/pagefind/wasm.en.pagefind` 58.4 KiB, `/pagefind/index/en_1.pf_index` 57.4 KiB, `/pagefind/pagefind.js` 13.1 KiB.',
    });
  });

  it('checks the first search on a Spanish page against the same limit, when the run measured it', () => {
    const r = results();
    if (!r.search) throw new Error('fixture has a search');
    r.search.spanish = {
      ...r.search.ours,
      query: 'liderazgo',
      bytes: 160_000,
      files: [{ path: '/pagefind/wasm.es.pagefind', bytes: 60_000 }],
    };
    expect(checkTargets(r).find((t) => t.id === 'first-query-es')).toEqual({
      id: 'first-query-es',
      name: 'Bytes the first Spanish search downloads',
      goal: '≤ 150 KB',
      value: '156.3 KiB (160,000 B)',
      pass: false,
      explanation: 'Largest downloads of the first search: `/pagefind/wasm.es.pagefind` 58.6 KiB.',
    });
    expect(checkTargets(results()).some((t) => t.id === 'first-query-es')).toBe(false);
  });

  it('fails Lighthouse below 100 in any category and lists the audits', () => {
    const r = results({
      lighthouse: [
        {
          label: 'search',
          path: '/search/',
          scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
          failed: [
            { category: 'performance', id: 'cumulative-layout-shift', title: 'Cumulative Layout Shift', score: 0.8, displayValue: '0.12' },
          ],
          nearMisses: [],
          metrics: {},
          warnings: [],
        },
        {
          label: 'bare Starlight page',
          path: '/modules/x/',
          scores: { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 },
          failed: [],
          nearMisses: [],
          metrics: {},
          warnings: [],
        },
      ],
    });
    expect(checkTargets(r).find((t) => t.id === 'lighthouse')).toEqual({
      id: 'lighthouse',
      name: 'Lighthouse (mobile): performance, accessibility, best practices, SEO',
      goal: '100 in all four on 1 page types',
      value: 'search: 97/100/100/100',
      pass: false,
      explanation: 'Audits that cost points: search `cumulative-layout-shift` (0.12).',
    });
  });

  it('checks the scale targets only when the scale ran, and names the page types whose HTML grew', () => {
    const base = results();
    const scaleRuns = [run([20, 18], [30, 15])];
    const r = results({
      scale: {
        extraPages: 1000,
        activities: 400,
        caseStudies: 200,
        builds: { runs: scaleRuns, median: seriesMedians(scaleRuns) },
        ours: {
          pages: 1154,
          words: 900_000,
          html: { ...base.sizes.ours.html, median: { raw: 40_000, gzip: 10_000 } },
          types: [{ ...base.sizes.ours.types[0]!, html: { raw: 48_000, gzip: 12_000 } }],
        },
        bare: { pages: 1146, words: 900_000, html: { ...base.sizes.bare.html, median: { raw: 90_000, gzip: 23_000 } } },
      },
    });
    const scaleTargets = checkTargets(r).filter((t) => t.id === 'build-ratio-scale' || t.id === 'html-flat');
    expect(scaleTargets).toEqual([
      {
        id: 'build-ratio-scale',
        name: 'Build time at synthetic scale (1,154 pages)',
        goal: '≤ 1.3× bare Starlight (same pages, MDX), cold and warm',
        value: 'cold 0.67× (20.0 s vs 30.0 s), warm 1.20× (18.0 s vs 15.0 s)',
        pass: true,
      },
      {
        id: 'html-flat',
        name: 'HTML per page stays flat as content grows (median, gzip)',
        goal: "≤ 1.1× the real site's at 1,154 pages",
        value: '1.11× (8.8 KiB → 9.8 KiB); bare 2.00×',
        pass: false,
        explanation:
          'Page types whose median HTML grew more than 1.10×: module 8.8 KiB → 11.7 KiB; median over all pages 8.8 KiB → 9.8 KiB.',
      },
    ]);
    expect(explain('html-flat', results())).toBe('');
  });

  it('prints signed byte differences with a real minus sign', () => {
    expect(signed(6511)).toBe('+6,511 B');
    expect(signed(-1366)).toBe('−1,366 B');
    expect(signed(0)).toBe('±0 B');
  });
});
