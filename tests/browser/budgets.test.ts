/**
 * Interactive tools load their code only on their own pages, and add at most 15 KB gzip there beyond a content page.
 * Budgets per page type (HTML, JS, CSS) are in quality-gates.test.ts; speed lives in `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageType } from '../../scripts/lib/page-types.ts';
import { loadedCode } from '../../src/lib/html.ts';
import { INTERACTIVE_TOOLS as TOOLS } from '../../scripts/lib/tools.ts';
import { builtHtml, builtPages } from '../support/site.ts';

/** The script files a page loads: its module scripts and every chunk they import, as dist paths. */
const scriptFiles = (path: string): string[] => loadedCode('dist', builtHtml(path)).scriptFiles.map((f) => f.file.slice('dist'.length));

const gz = (file: string) => gzipSync(readFileSync(join('dist', file))).length;

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

  // The benchmark's measure (README "Performance"): a tool's page against a plain content page, which
  // carries Starlight's scripts and its table of contents (a tool page may have no contents list).
  const bytes = (p: string) => loads.get(p)!.reduce((s, f) => s + gz(f), 0);
  const contentPage = pages.find((p) => pageType(p) === 'module')!;

  it('adds at most 15 KB of gzipped JavaScript to any page beyond what a plain content page loads', () => {
    const baseline = bytes(contentPage);
    expect(baseline).toBeGreaterThan(1_000);
    const heavy = pages
      .map((p) => ({ p, extra: bytes(p) - baseline }))
      .filter(({ extra }) => extra > 15_000)
      .map(({ p, extra }) => `${p}: ${extra} bytes beyond ${contentPage}`);
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
