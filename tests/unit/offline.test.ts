import { describe, expect, it } from 'vitest';
import { cacheFor, OFFLINE_CACHES } from '../../src/lib/offline.ts';

describe('offline caches', () => {
  it('puts pages, downloads and assets each in their own cache', () => {
    expect(cacheFor('/es/modules/foundations/')).toBe('pages');
    expect(cacheFor('/curriculum-site/schedules/run/?format=weekend')).toBe('pages');
    expect(cacheFor('/404.html')).toBe('pages');
    expect(cacheFor('/pdf/weekend-facilitator-pack-a4.pdf')).toBe('files');
    expect(cacheFor('/es/docx/sign-in.docx')).toBe('files');
    expect(cacheFor('/curriculum.json')).toBe('files');
    expect(cacheFor('/pagefind/pagefind-entry.json')).toBe('assets');
    expect(cacheFor('/_astro/index.abc123.css')).toBe('assets');
    expect(cacheFor('/pagefind/wasm.es.pagefind')).toBe('assets');
  });

  it('names three distinct caches', () => {
    expect(new Set(Object.values(OFFLINE_CACHES)).size).toBe(3);
  });
});
