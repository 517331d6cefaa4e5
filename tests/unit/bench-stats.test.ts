import { describe, expect, it } from 'vitest';
import {
  groupPageJs,
  gz,
  maxBy,
  median,
  medianBytes,
  pdfPerPage,
  range,
  scriptName,
  seriesMedians,
  stageGaps,
  sumBytes,
  toolScripts,
  typeSizes,
} from '../../scripts/lib/bench-stats.ts';
import { TOOLS } from '../../scripts/lib/bench-targets.ts';
import { page, results, run } from './bench-fixture.ts';

describe('medians and ranges', () => {
  it('takes the middle value, the mean of the two middle ones, and 0 for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBe(0);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('gives the smallest and largest value', () => {
    expect(range([5.2, 4.9, 6.1])).toEqual({ min: 4.9, max: 6.1 });
    expect(range([])).toEqual({ min: 0, max: 0 });
  });

  it('takes medians and sums of raw and gzip bytes separately', () => {
    const list = [
      { raw: 10, gzip: 3 },
      { raw: 30, gzip: 1 },
      { raw: 20, gzip: 2 },
    ];
    expect(medianBytes(list)).toEqual({ raw: 20, gzip: 2 });
    expect(sumBytes(list)).toEqual({ raw: 60, gzip: 6 });
  });

  it('picks the first of the largest and refuses an empty list', () => {
    expect(maxBy(['a', 'bbb', 'ccc'], (s) => s.length)).toBe('bbb');
    expect(() => maxBy([], () => 0)).toThrow('maxBy of an empty list');
  });
});

describe('build series', () => {
  it('takes the median of the per-run ratios, not the ratio of the medians', () => {
    const m = results().builds.median;
    expect(m.oursCold).toBe(6);
    expect(m.bareCold).toBe(5);
    expect(m.ratioCold).toBeCloseTo(1.2, 10);
    // Warm: ratios 1.0, 1.0 and 2.5 → 1.0, though the medians 4 s / 4 s would also give 1.0 and 5/2 would not.
    expect(m.oursWarm).toBe(4);
    expect(m.bareWarm).toBe(4);
    expect(m.ratioWarm).toBe(1);
  });

  it('reports the .md bare site as its own ratio', () => {
    const m = results().builds.median;
    expect(m.bareMdCold).toBe(4);
    expect(m.bareMdWarm).toBe(2);
    expect(m.ratioMdCold).toBeCloseTo(1.4, 10); // 5/4, 6/4, 7/5 → 1.25, 1.5, 1.4
    expect(m.ratioMdWarm).toBe(2); // 4/2, 4/2, 5/2
  });

  it('leaves the .md figures out when a run has no .md build', () => {
    const m = seriesMedians([run([5, 4], [5, 4], [4, 2]), run([6, 4], [5, 4])]);
    expect(m.ratioMdCold).toBeUndefined();
    expect(m.bareMdCold).toBeUndefined();
    expect(m.ratioCold).toBeCloseTo(1.1, 10);
  });

  it('gives each stage the median over the runs, 0 where the log had no line', () => {
    const gaps = stageGaps(results().builds.runs, 'cold');
    expect(gaps.find((g) => g.stage === 'bundle')).toEqual({ stage: 'bundle', ours: 2.5, bare: 1 });
    expect(gaps.find((g) => g.stage === 'render')).toEqual({ stage: 'render', ours: 1.1, bare: 1 });
    expect(gaps.find((g) => g.stage === 'sync')).toEqual({ stage: 'sync', ours: 0, bare: 0 });
  });
});

describe('sizes', () => {
  it('measures gzip as a host sends it', () => {
    const text = 'the same words '.repeat(200);
    expect(gz(text)).toBeLessThan(Buffer.byteLength(text) / 10);
    // The same bytes as a string or a Buffer; an empty file still costs gzip's header and trailer.
    expect(gz(Buffer.from(text))).toBe(gz(text));
    expect(gz('')).toBe(20);
  });

  it('sums up page types: medians, the largest HTML and the page with the most JavaScript', () => {
    const types = typeSizes([
      page('/modules/a/', 'module', 5000, [], 8000),
      page('/modules/b/', 'module', 7000, [], 9000),
      page('/modules/c/', 'module', 6000, [], 12_000),
      page('/cases/x/', 'case', 5000),
    ]);
    const module = types.find((t) => t.type === 'module');
    expect(module).toMatchObject({
      pages: 3,
      heaviest: '/modules/b/',
      html: { gzip: 9000 },
      htmlMax: { gzip: 12_000 },
      js: { gzip: 6000 },
      jsMax: { gzip: 7000 },
    });
    expect(types.find((t) => t.type === 'case')?.pages).toBe(1);
  });
});

describe('JavaScript per page group', () => {
  const bare = [page('/modules/a/', 'module', 5800, ['/_astro/page.cNngjUgL.js'])];
  const ours = [
    page('/modules/a/', 'module', 5796, ['/_astro/page.cNngjUgL.js']),
    page('/modules/b/', 'module', 5796, ['/_astro/page.cNngjUgL.js']),
    page('/schedules/run/', 'run', 12_300, ['/_astro/page.cNngjUgL.js', '/_astro/run-mode.Ab12Cd34.js']),
    page('/activities/', 'index', 6785, ['/_astro/page.cNngjUgL.js', '/_astro/finder.Zz99Yy88.js']),
    page('/404.html', 'not-found', 4000),
  ];

  it('strips Vite hashes from script names', () => {
    expect(scriptName('/_astro/page.cNngjUgL.js')).toBe('page.js');
    expect(scriptName('/_astro/run-mode.Ab1-_d34.js')).toBe('run-mode.js');
    expect(scriptName('/pagefind/pagefind.js')).toBe('pagefind.js');
  });

  it('groups pages by type, tool and bytes against the bare content page, heaviest first, without the 404', () => {
    const groups = groupPageJs(ours, bare, 5800, TOOLS);
    expect(groups).toEqual([
      {
        type: 'run',
        tool: 'run mode',
        jsGzip: 12_300,
        extraGzip: 6500,
        pages: 1,
        examples: ['/schedules/run/'],
        extraFiles: ['run-mode.js'],
      },
      {
        type: 'index',
        tool: 'activity finder and case filters',
        jsGzip: 6785,
        extraGzip: 985,
        pages: 1,
        examples: ['/activities/'],
        extraFiles: ['finder.js'],
      },
      { type: 'module', tool: null, jsGzip: 5796, extraGzip: -4, pages: 2, examples: ['/modules/a/', '/modules/b/'], extraFiles: [] },
    ]);
  });

  it('gives each tool its largest extra and only the scripts that are not on every page', () => {
    const byTool = toolScripts(results().pageJs);
    expect([...byTool.keys()]).toEqual(['run mode']);
    expect(byTool.get('run mode')?.extra).toBe(6500);
    expect([...(byTool.get('run mode')?.files ?? [])]).toEqual(['run-mode.js']);
  });
});

describe('PDF seconds per printed page', () => {
  it('divides cold and the warm median by the pages', () => {
    expect(pdfPerPage({ pages: 400, cold: { seconds: 40, printed: 8, files: 8 }, warmSeconds: 32 })).toEqual({ cold: 0.1, warm: 0.08 });
  });

  it('gives 0 when nothing was printed', () => {
    expect(pdfPerPage({ pages: 0, cold: { seconds: 3, printed: 0, files: 0 }, warmSeconds: 3 })).toEqual({ cold: 0, warm: 0 });
  });
});
