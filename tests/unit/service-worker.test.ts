import { describe, expect, it } from 'vitest';
import type { RuntimeCaching } from 'workbox-build';
import { cacheFor, OFFLINE_CACHES } from '../../src/lib/offline.ts';
import { savedPages, titleFromHtml } from '../../src/lib/saved-pages.ts';
import {
  directoryUrls,
  indexMissing,
  pageAssets,
  routeTest,
  serviceWorkerOptions,
  stampVersion,
  withoutQuery,
} from '../../src/lib/service-worker.ts';
import { webManifest } from '../../src/lib/web-manifest.ts';

const at = (href: string, sameOrigin = true) => ({ url: new URL(href), sameOrigin });
type Options = NonNullable<RuntimeCaching['options']>;
const optionsOf = (route: RuntimeCaching | undefined) => route?.options as Options & { precacheFallback?: { fallbackURL: string } };

describe('the service worker routes', () => {
  const paths = [
    '/',
    '/es/',
    '/modules/foundations/',
    '/es/glossary/',
    '/schedules/run/',
    '/404.html',
    '/pdf/weekend-facilitator-pack-a4.pdf',
    '/es/docx/sign-in.docx',
    '/curriculum.json',
    '/offline/save.json',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.es.pagefind',
    '/_astro/index.abc123.css',
    '/favicon.svg',
  ];

  it('route tests agree with cacheFor, built from its own source', () => {
    for (const cache of ['pages', 'files', 'assets'] as const) {
      const test = routeTest(cache, '/');
      for (const path of paths) expect(test(at(`https://site.test${path}?q=1`)), `${cache} ${path}`).toBe(cacheFor(path) === cache);
    }
  });

  it('never match another origin or outside their prefix', () => {
    expect(routeTest('assets', '/')(at('https://cdn.test/x.js', false))).toBe(false);
    expect(routeTest('pages', '/es/')(at('https://site.test/modules/x/'))).toBe(false);
    expect(routeTest('pages', '/curriculum-site/')(at('https://site.test/other/'))).toBe(false);
  });

  it('keys what they cache by the URL without its query', async () => {
    const key = await withoutQuery.cacheKeyWillBeUsed({ request: new Request('https://site.test/schedules/run/?format=x#now') });
    expect(key).toBe('https://site.test/schedules/run/');
  });

  for (const base of ['/', '/curriculum-site/']) {
    it(`under base ${base}: the contract's routes in order, the offline page of each language, a waiting worker`, () => {
      const options = serviceWorkerOptions({ dir: 'dist', base, shellAssets: ['_astro/a.css'], version: 'v1' });
      expect(options.swDest).toBe('dist/sw.js');
      expect(options.skipWaiting).toBe(false);
      expect(options.clientsClaim).toBe(false);
      expect(options.cleanupOutdatedCaches).toBe(true);
      expect(options.globPatterns).toEqual([
        'offline/index.html',
        'es/offline/index.html',
        'manifest.webmanifest',
        'es/manifest.webmanifest',
        'favicon.svg',
        'icons/*.png',
        '_astro/a.css',
      ]);
      const routes = options.runtimeCaching ?? [];
      expect(routes.map((r) => [r.handler, optionsOf(r).cacheName])).toEqual([
        ['NetworkFirst', OFFLINE_CACHES.pages],
        ['NetworkFirst', OFFLINE_CACHES.pages],
        ['NetworkFirst', OFFLINE_CACHES.files],
        ['StaleWhileRevalidate', OFFLINE_CACHES.assets],
      ]);
      for (const route of routes) expect(optionsOf(route).matchOptions).toEqual({ ignoreSearch: true });
      expect(optionsOf(routes[0]).precacheFallback?.fallbackURL).toBe(`${base}es/offline/`);
      expect(optionsOf(routes[1]).precacheFallback?.fallbackURL).toBe(`${base}offline/`);
      expect(optionsOf(routes[0]).networkTimeoutSeconds).toBe(4);
      const spanish = routes[0]?.urlPattern as (c: ReturnType<typeof at>) => boolean;
      const english = routes[1]?.urlPattern as (c: ReturnType<typeof at>) => boolean;
      expect(spanish(at(`https://site.test${base}es/modules/x/`))).toBe(true);
      expect(spanish(at(`https://site.test${base}modules/x/`))).toBe(false);
      expect(english(at(`https://site.test${base}modules/x/`))).toBe(true);
    });
  }

  it('precaches directories by the URL pages link to', () => {
    const { manifest } = directoryUrls([
      { url: 'offline/index.html', revision: 'a', size: 1 },
      { url: 'index.html', revision: 'b', size: 1 },
      { url: '_astro/x.js', revision: null, size: 1 },
    ]);
    expect(manifest.map((e) => e.url)).toEqual(['offline/', '', '_astro/x.js']);
  });

  it('gives the precached pages the site version, so a changed page anywhere makes a new worker', () => {
    const { manifest } = stampVersion('v2')([
      { url: 'offline/', revision: 'a', size: 1 },
      { url: '_astro/x.js', revision: null, size: 1 },
      { url: 'favicon.svg', revision: 'b', size: 1 },
    ]);
    expect(manifest.map((e) => e.revision)).toEqual(['a.v2', null, 'b']);
  });

  it('tells the pages when a search-index file is neither online nor saved', async () => {
    const posted: unknown[] = [];
    const original = globalThis.BroadcastChannel;
    globalThis.BroadcastChannel = class {
      name: string;
      constructor(name: string) {
        this.name = name;
      }
      postMessage(message: unknown) {
        posted.push([this.name, message]);
      }
    } as unknown as typeof BroadcastChannel;
    try {
      const plugin = indexMissing('/b/pagefind/');
      await expect(
        plugin.handlerDidError({ request: new Request('https://site.test/b/pagefind/index/en_1.pf_index') }),
      ).resolves.toBeUndefined();
      await plugin.handlerDidError({ request: new Request('https://site.test/b/_astro/x.js') });
      expect(posted).toEqual([['do-search-index-missing', 'https://site.test/b/pagefind/index/en_1.pf_index']]);
    } finally {
      globalThis.BroadcastChannel = original;
    }
  });

  it('finds the styles and scripts an offline page loads, and the chunks they import', () => {
    const html =
      '<link rel="stylesheet" href="/b/_astro/p.css"><script type="module" src="/b/_astro/page.js"></script><a href="/b/x/">x</a>';
    const files: Record<string, string> = {
      '_astro/page.js': 'import{a}from"./chunk.js";import("./lazy.js")',
      '_astro/chunk.js': 'm.f=["_astro/later.js","_astro/later.css"];const u="/b/_astro/styles.css"',
    };
    expect(pageAssets(html, '/b/', (file) => files[file])).toEqual([
      '_astro/chunk.js',
      '_astro/later.css',
      '_astro/later.js',
      '_astro/lazy.js',
      '_astro/p.css',
      '_astro/page.js',
      '_astro/styles.css',
    ]);
  });
});

describe('the offline page list', () => {
  const cached = [
    'https://site.test/b/modules/x/',
    'https://site.test/b/es/modules/x/',
    'https://site.test/b/',
    'https://site.test/b/offline/',
    'https://site.test/b/glossary/',
    'https://site.test/elsewhere/',
  ];
  it('lists the pages of its language, home first, named from the save list or the page', () => {
    const pages = savedPages(cached, {
      locale: 'en',
      base: '/b/',
      saveList: { files: [{ url: '/b/modules/x/', title: 'Opening' }] },
      titleOf: (url) => (url === '/b/glossary/' ? 'Glossary' : undefined),
    });
    expect(pages).toEqual([
      { url: '/b/', title: '/b/' },
      { url: '/b/glossary/', title: 'Glossary' },
      { url: '/b/modules/x/', title: 'Opening' },
    ]);
    expect(savedPages(cached, { locale: 'es', base: '/b/' }).map((p) => p.url)).toEqual(['/b/es/modules/x/']);
    expect(savedPages([], { locale: 'en', base: '/' })).toEqual([]);
  });

  it("lists the home page, then a trainer's day in order, then the section pages, then the rest, and tells apart two pages with one title", () => {
    const cached = [
      '/modules/x/',
      '/schedules/two-day/run/10/',
      '/glossary/',
      '/schedules/two-day/run/2/',
      '/pictures/map/',
      '/print/posters/map/',
      '/schedules/two-day/',
      '/',
      '/activities/',
      '/schedules/room-view/',
    ];
    const list = {
      files: [
        { url: '/pictures/map/', title: 'Map' },
        { url: '/print/posters/map/', title: 'Map' },
        { url: '/modules/x/', title: 'Alpha' },
      ],
    };
    const pages = savedPages(cached, {
      locale: 'en',
      base: '/',
      saveList: list,
      titleOf: (url) =>
        ({
          '/glossary/': 'Glossary',
          '/activities/': 'Activities',
          '/': 'Home',
          '/schedules/two-day/': 'Two days',
          '/schedules/two-day/run/2/': 'Run mode: day 2',
          '/schedules/two-day/run/10/': 'Run mode: day 10',
          '/schedules/room-view/': 'Room view',
        })[url],
    });
    expect(pages.map((p) => p.title)).toEqual([
      'Home',
      'Room view',
      'Two days',
      'Run mode: day 2',
      'Run mode: day 10',
      'Activities',
      'Glossary',
      'Alpha',
      'Map (pictures/map/)',
      'Map (print/posters/map/)',
    ]);
  });

  it('names a cached page by its first heading', () => {
    expect(titleFromHtml('<title>x | Site</title><h1 id="_top" data-page-title>Caf&eacute; &amp; <em>tea</em>&#39;s &#x41;</h1>')).toBe(
      "Caf&eacute; & tea's A",
    );
    expect(titleFromHtml('<h1> </h1>')).toBeUndefined();
    expect(titleFromHtml('<p>none</p>')).toBeUndefined();
  });
});

describe('the web app manifest', () => {
  it('starts and stays in its language, under the base', () => {
    const m = webManifest('es', '/b/', { name: 'N', shortName: 'S', description: 'D' });
    expect(m.start_url).toBe('/b/es/');
    expect(m.scope).toBe('/b/es/');
    expect(m.lang).toBe('es');
    expect(m.display).toBe('standalone');
    expect(m.icons.map((i) => i.src)).toEqual(['/b/icons/icon-192.png', '/b/icons/icon-512.png', '/b/icons/icon-maskable-512.png']);
    expect(m.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });
});
