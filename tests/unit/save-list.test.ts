import { describe, expect, it } from 'vitest';
import {
  buildSaveList,
  cssRefs,
  htmlRefs,
  isCompressible,
  isDownloadOf,
  isPagefindOf,
  listVersion,
  pageTitle,
  resolveRef,
  saveListPath,
  schedulePages,
  scriptRefs,
  totalBytes,
  totalTransfer,
  transferBytes,
  withAssets,
  type Inventory,
} from '../../src/lib/save-list.ts';

describe('references in built files', () => {
  it('resolves relative and root-relative references under the base, and drops the rest', () => {
    expect(resolveRef('/_astro/a.css', '/modules/x/', '/')).toBe('/_astro/a.css');
    expect(resolveRef('../b.js?v=1#x', '/_astro/sub/a.js', '/')).toBe('/_astro/b.js');
    expect(resolveRef('/site/_astro/a.css', '/', '/site/')).toBe('/_astro/a.css');
    expect(resolveRef('/elsewhere/a.css', '/', '/site/')).toBeUndefined();
    for (const ref of ['https://x.org/a.css', '//cdn/a.js', 'mailto:a@b', '#top', 'data:image/png;base64,xx', ''])
      expect(resolveRef(ref, '/', '/')).toBeUndefined();
  });

  it('reads a page: src, href, srcset candidates and inline url()', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/p.js"></script>' +
      '<img srcset="/i/a.png 1x, /i/b.png 2x"><a href="https://x.org/">x</a><div style="background:url(\'/i/c.svg\')"></div>' +
      '<a href="/docx/x.docx">Word</a>';
    expect(htmlRefs(html, '/', '/').sort()).toEqual(['/_astro/a.css', '/_astro/p.js', '/docx/x.docx', '/i/a.png', '/i/b.png', '/i/c.svg']);
  });

  it('reads a stylesheet (fonts, pictures) and a Vite bundle (imports, dynamic imports, preload lists)', () => {
    expect(cssRefs('@font-face{src:url(./f.woff2) format("woff2")}@import "./x.css";', '/_astro/a.css', '/').sort()).toEqual([
      '/_astro/f.woff2',
      '/_astro/x.css',
    ]);
    const js = 'import{a}from"./urls.B0.js";const m=()=>import("./draw.D2.js");const d=["_astro/draw.D2.js","_astro/x.css"];';
    expect(scriptRefs(js, '/_astro/page.js', '/site/')).toEqual(
      expect.arrayContaining(['/_astro/urls.B0.js', '/_astro/draw.D2.js', '/_astro/x.css']),
    );
  });

  it('reads the title without the site name', () => {
    expect(pageTitle('<title>Power map &amp; allies | Distributed Organizing</title>')).toBe('Power map & allies');
    expect(pageTitle('<p>no title</p>')).toBeUndefined();
  });
});

describe('what belongs to a language', () => {
  it('keeps the Pagefind files its search loads and leaves the other language and the unused UIs out', () => {
    const keep = ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.es.pagefind'];
    keep.push(
      '/pagefind/pagefind.es_5e57.pf_meta',
      '/pagefind/index/es_1a.pf_index',
      '/pagefind/fragment/es_2b.pf_fragment',
      '/pagefind/filter/es_3c.pf_filter',
    );
    for (const path of keep) expect(isPagefindOf(path, 'es'), path).toBe(true);
    const drop = [
      '/pagefind/wasm.en.pagefind',
      '/pagefind/index/en_1a.pf_index',
      '/pagefind/pagefind.en_1.pf_meta',
      '/pagefind/pagefind-ui.js',
      '/pagefind/wasm.unknown.pagefind',
    ];
    for (const path of drop) expect(isPagefindOf(path, 'es'), path).toBe(false);
  });

  it('offers the PDFs and Word files of its own folder', () => {
    expect(isDownloadOf('/pdf/two-day-facilitator-pack-a4.pdf', 'en')).toBe(true);
    expect(isDownloadOf('/docx/case-x.docx', 'en')).toBe(true);
    expect(isDownloadOf('/es/docx/case-x.docx', 'en')).toBe(false);
    expect(isDownloadOf('/es/pdf/x-a4.pdf', 'es')).toBe(true);
    expect(isDownloadOf('/modules/x/', 'en')).toBe(false);
  });

  it('names each language its own list', () => {
    expect(saveListPath('en')).toBe('/offline/save.json');
    expect(saveListPath('es')).toBe('/es/offline/save.json');
  });
});

/** A tiny built site: two languages, a schedule, shared styles and a script with a lazy chunk. */
function site(extra: Record<string, number> = {}): Inventory {
  const sizes: Record<string, number> = {
    '/': 100,
    '/modules/m/': 200,
    '/modules/m/facilitator/': 300,
    '/activities/a/': 150,
    '/worksheets/a/': 120,
    '/schedules/two-day/': 90,
    '/schedules/two-day/run/1/': 80,
    '/schedules/two-day/run/2/': 80,
    '/schedules/three-day/run/1/': 80,
    '/schedules/room-view/': 60,
    '/schedules/run-details.json': 500,
    '/search/': 70,
    '/es/': 110,
    '/es/modules/m/': 210,
    '/_astro/a.css': 1000,
    '/_astro/run.js': 2000,
    '/_astro/lazy.js': 400,
    '/_astro/unused.js': 999,
    '/pagefind/pagefind.js': 50,
    '/pagefind/wasm.en.pagefind': 60,
    '/pagefind/wasm.es.pagefind': 61,
    '/docx/case.docx': 700,
    '/es/docx/case.docx': 710,
    '/pdf/two-day-a4.pdf': 9000,
    ...extra,
  };
  // Text a host compresses carries its gzipped size (a tenth here); pictures, PDFs and Word files do not.
  const files = new Map(
    Object.entries(sizes).map(([path, bytes]) => [
      path,
      { bytes, digest: `d${bytes}`, ...(isCompressible(path) ? { gzip: bytes / 10 } : {}) },
    ]),
  );
  const refs = new Map<string, string[]>([
    ['/', ['/_astro/a.css', '/modules/m/', '/docx/case.docx']],
    ['/schedules/two-day/run/1/', ['/_astro/a.css', '/_astro/run.js', '/pdf/two-day-a4.pdf', '/_astro/missing.js']],
    ['/_astro/run.js', ['/_astro/lazy.js']],
    ['/es/', ['/_astro/a.css']],
  ]);
  const titles = new Map([
    ['/', 'Home'],
    ['/modules/m/', 'Module'],
    ['/schedules/two-day/run/1/', 'Day 1'],
  ]);
  return { files, refs, titles };
}

const curriculum = {
  modules: [{ url: '/modules/m/', facilitatorUrl: '/modules/m/facilitator/', agenda: [{ activity: 'a' }, { activity: null }] }],
  activities: [
    { id: 'a', url: '/activities/a/', worksheetUrl: '/worksheets/a/' },
    { id: 'b', url: '/activities/b/', worksheetUrl: '/worksheets/b/' },
  ],
};

describe('the save list', () => {
  const inventory = site();
  const schedules = { 'two-day': schedulePages('two-day', 'en', inventory.files.keys(), curriculum.modules, curriculum.activities) };

  it("lays out a schedule's day: its page, run mode, room view, run details, modules, facilitator pages, activities and worksheets", () => {
    expect(schedules['two-day']).toEqual([
      '/schedules/two-day/',
      '/schedules/two-day/run/1/',
      '/schedules/two-day/run/2/',
      '/schedules/room-view/',
      '/schedules/run-details.json',
      '/modules/m/',
      '/modules/m/facilitator/',
      '/activities/a/',
      '/worksheets/a/',
    ]);
  });

  it('follows styles and scripts, not links between pages, and drops what was not built', () => {
    expect(withAssets(['/schedules/two-day/run/1/'], inventory).sort()).toEqual([
      '/_astro/a.css',
      '/_astro/lazy.js',
      '/_astro/run.js',
      '/schedules/two-day/run/1/',
    ]);
    expect(withAssets(['/'], inventory).sort()).toEqual(['/', '/_astro/a.css']);
  });

  it('lists every page of the language with the base, real sizes and titles, its search files, and the files its pages load', () => {
    const list = buildSaveList({ locale: 'en', base: '/site/', inventory, schedules });
    const urls = list.files.map((f) => f.url);
    expect(list.locale).toBe('en');
    expect(urls).toContain('/site/');
    expect(urls).toContain('/site/schedules/run-details.json');
    expect(urls).toContain('/site/pagefind/wasm.en.pagefind');
    expect(urls).toContain('/site/_astro/lazy.js');
    for (const left of ['/site/es/', '/site/pagefind/wasm.es.pagefind', '/site/_astro/unused.js', '/site/docx/case.docx'])
      expect(urls).not.toContain(left);
    expect(list.files.find((f) => f.url === '/site/modules/m/')).toEqual({
      url: '/site/modules/m/',
      bytes: 200,
      transfer: 20,
      title: 'Module',
    });
    expect(list.files.find((f) => f.url === '/site/pagefind/wasm.en.pagefind')).toMatchObject({ bytes: 60, transfer: 60 });
    expect(list.downloads).toEqual([
      { url: '/site/docx/case.docx', bytes: 700, transfer: 700, title: 'Home' },
      { url: '/site/pdf/two-day-a4.pdf', bytes: 9000, transfer: 9000, title: 'Day 1' },
    ]);
    expect(list.schedules['two-day']).toContain('/site/schedules/two-day/run/2/');
    expect(list.schedules['two-day']).toContain('/site/_astro/run.js');
    expect(list.schedules['two-day']).not.toContain('/site/schedules/three-day/run/1/');
    for (const url of list.schedules['two-day'] ?? []) expect(urls).toContain(url);
  });

  it('gives Spanish its own pages and search files, sharing the styles', () => {
    const list = buildSaveList({ locale: 'es', base: '/', inventory, schedules: {} });
    expect(list.files.map((f) => f.url).sort()).toEqual([
      '/_astro/a.css',
      '/es/',
      '/es/modules/m/',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.es.pagefind',
    ]);
    expect(list.downloads.map((d) => d.url)).toEqual(['/es/docx/case.docx']);
    expect(totalBytes(list.files)).toBe(1000 + 110 + 210 + 50 + 61);
    expect(totalTransfer(list.files)).toBe(100 + 11 + 21 + 5 + 61);
  });

  it('says nothing of PDFs that were not printed, and changes its version when any listed file changes', () => {
    const without = site();
    (without.files as Map<string, unknown>).delete('/pdf/two-day-a4.pdf');
    const before = buildSaveList({ locale: 'en', base: '/', inventory: without, schedules: {} });
    expect(before.downloads.map((d) => d.url)).toEqual(['/docx/case.docx']);
    const after = buildSaveList({ locale: 'en', base: '/', inventory, schedules: {} });
    expect(after.version).not.toBe(before.version);
    const changed = site({ '/_astro/a.css': 1001 });
    expect(buildSaveList({ locale: 'en', base: '/', inventory: changed, schedules: {} }).version).not.toBe(after.version);
    expect(buildSaveList({ locale: 'en', base: '/', inventory: site(), schedules: {} }).version).toBe(after.version);
  });

  it('hashes to 16 hex digits', () => {
    expect(listVersion([{ url: '/', digest: 'a' }])).toMatch(/^[0-9a-f]{16}$/);
    expect(listVersion([{ url: '/', digest: 'a' }])).not.toBe(listVersion([{ url: '/', digest: 'b' }]));
  });
});

describe('download sizes', () => {
  it('counts text a host compresses by its gzipped size and the rest by its own', () => {
    for (const path of [
      '/',
      '/modules/x/',
      '/404.html',
      '/_astro/a.css',
      '/_astro/a.js',
      '/curriculum.json',
      '/favicon.svg',
      '/manifest.webmanifest',
    ])
      expect(isCompressible(path)).toBe(true);
    for (const path of [
      '/pdf/a.pdf',
      '/docx/a.docx',
      '/icons/192.png',
      '/pagefind/wasm.en.pagefind',
      '/pagefind/fragment/en_1.pf_fragment',
    ])
      expect(isCompressible(path)).toBe(false);
    expect(transferBytes({ bytes: 1000, gzip: 120 })).toBe(120);
    expect(transferBytes({ bytes: 1000 })).toBe(1000);
    expect(transferBytes(undefined)).toBe(0);
  });
});
