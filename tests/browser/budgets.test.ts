/**
 * Interactive tools load their code only on their own pages, and add at most 15 KB gzip there.
 * Budgets per page type (HTML, JS, CSS) are in quality-gates.test.ts; speed lives in `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageType } from '../../scripts/lib/page-types.ts';
import { loadedCode } from '../../src/lib/html.ts';
import { splitLocale } from '../../src/lib/urls.ts';
import { builtHtml, builtPages } from '../support/site.ts';

/** The script files a page loads: its module scripts and every chunk they import, as dist paths. */
const scriptFiles = (path: string): string[] => loadedCode('dist', builtHtml(path)).scriptFiles.map((f) => f.file.slice('dist'.length));

const gz = (file: string) => gzipSync(readFileSync(join('dist', file))).length;

/** Each tool's entry script and the pages it belongs on. */
const TOOLS: { name: string; script: RegExp; pages: (path: string) => boolean }[] = [
  { name: 'run mode', script: /\/(RunMode|run)\.astro_astro_type_script/, pages: (p) => pageType(p) === 'run' },
  { name: 'schedule builder', script: /\/builder\.astro_astro_type_script/, pages: (p) => pageType(p) === 'schedule-builder' },
  { name: 'faceted search', script: /\/search\.astro_astro_type_script/, pages: (p) => splitLocale(p).path === '/search/' },
  {
    name: 'activity finder and case filters',
    script: /\/index\.astro_astro_type_script/,
    pages: (p) => ['/activities/', '/cases/'].includes(splitLocale(p).path),
  },
];

const pages = builtPages().filter((p) => p.endsWith('/'));
const loads = new Map(pages.map((p) => [p, scriptFiles(p)]));
/** What every page loads (Starlight's own scripts): the baseline the tools add to. */
const common = new Set([...loads.values()].reduce((a, b) => a.filter((f) => b.includes(f))));

describe('interactive tools', () => {
  it('has a common baseline of scripts', () => expect(common.size).toBeGreaterThan(0));

  for (const tool of TOOLS) {
    it(`loads the ${tool.name} only on its own pages`, () => {
      const using = pages.filter((p) => loads.get(p)!.some((f) => tool.script.test(f)));
      expect(using.length).toBeGreaterThan(0);
      expect(using.filter((p) => !tool.pages(p))).toEqual([]);
    });
  }

  it('adds at most 15 KB of gzipped JavaScript to any page beyond what every page loads', () => {
    const heavy = pages
      .map((p) => ({
        p,
        extra: loads
          .get(p)!
          .filter((f) => !common.has(f))
          .reduce((s, f) => s + gz(f), 0),
      }))
      .filter(({ extra }) => extra > 15_000)
      .map(({ p, extra }) => `${p}: ${extra} bytes`);
    expect(heavy).toEqual([]);
  });

  it('loads nothing beyond the baseline on plain content pages', () => {
    const content = pages.filter((p) => ['module', 'facilitator', 'activity', 'case', 'practice', 'guide'].includes(pageType(p)));
    const extra = content.flatMap((p) =>
      loads
        .get(p)!
        .filter((f) => !common.has(f) && !/TableOfContents|starlight-toc/.test(f))
        .map((f) => `${p}: ${f}`),
    );
    expect(extra).toEqual([]);
  });
});
