/** Size budgets: what a reader on a slow phone connection downloads. Speed lives in `npm run bench`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages } from '../support/site.ts';

/** The module scripts a page loads, with every chunk they import. */
function scriptsOf(path: string): string[] {
  const seen = new Map<string, string>();
  const load = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(join('dist', file), 'utf8');
    seen.set(file, code);
    for (const [, rel] of code.matchAll(/["'](\.\/[\w.-]+\.js)["']/g)) load(join(file, '..', rel!));
  };
  for (const [, src] of builtHtml(path).matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) load(src!);
  return [...seen.values()];
}

const gz = (text: string) => gzipSync(text).length;

describe('size budgets', () => {
  it('keeps every content page under 40 KiB of gzipped HTML', () => {
    const heavy = builtPages()
      .filter((p) => !p.startsWith('/print/'))
      .map((p) => ({ p, size: gz(builtHtml(p)) }))
      .filter((x) => x.size > 40 * 1024)
      .map((x) => `${x.p}: ${Math.round(x.size / 1024)} KiB`);
    expect(heavy).toEqual([]);
  });

  it('loads under 12 KiB of gzipped JavaScript on a module page, and no run-mode code', () => {
    const scripts = scriptsOf('/modules/public-narrative/');
    expect(scripts.reduce((s, js) => s + gz(js), 0)).toBeLessThan(12 * 1024);
    expect(scripts.join('\n')).not.toContain('distributed-organizing:run:');
  });

  it('loads the run-mode code only on run pages, and keeps it small', () => {
    const scripts = scriptsOf('/modules/public-narrative/run/');
    const run = scripts.filter((js) => js.includes('distributed-organizing:run:'));
    expect(run.length).toBe(1);
    expect(gz(run[0]!)).toBeLessThan(8 * 1024);
  });
});
