/**
 * What a reader's first search downloads: open a content page, open the search dialog, type a
 * query and wait for the results, counting every response after the page has loaded. Bytes are
 * what a host that gzips text sends: JavaScript, CSS and JSON count gzipped; Pagefind's index,
 * fragments and WebAssembly are already compressed and count as they are.
 */
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer } from './static-server.ts';

export interface FirstQuery {
  query: string;
  /** Every byte downloaded from opening the dialog to the rendered results. */
  bytes: number;
  /**
   * Downloaded after the page's load event but before any search: Starlight fetches the
   * Pagefind UI when the browser is idle, on every page.
   */
  idleBytes: number;
  idleFiles: { path: string; bytes: number }[];
  /** The part of it from /pagefind/ (runtime, WebAssembly, index chunks, result fragments). */
  pagefindBytes: number;
  requests: number;
  results: number;
  files: { path: string; bytes: number }[];
}

const TEXT = /\.(m?js|css|json|html|svg|txt)$/;

/** Runs the first query of a session on `path` of the site built in `dist`. */
export async function firstQuery(dist: string, path: string, query: string): Promise<FirstQuery> {
  const server = await startServer({ root: dist });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let phase: 'loading' | 'idle' | 'query' | 'done' = 'loading';
    const pending: Record<'idle' | 'query', Promise<{ path: string; bytes: number }>[]> = { idle: [], query: [] };
    page.on('response', (response: Response) => {
      if (phase === 'loading' || phase === 'done') return;
      const url = new URL(response.url());
      pending[phase].push(
        response
          .body()
          .catch(() => Buffer.alloc(0))
          .then((body) => ({ path: url.pathname, bytes: TEXT.test(url.pathname) ? gzipSync(body).length : body.length })),
      );
    });
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    phase = 'idle';
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const open = page.locator('site-search button[data-open-modal]');
    await open.waitFor({ state: 'visible' });
    phase = 'query';
    await open.click();
    await page.fill('#starlight__search input.pagefind-ui__search-input', query);
    await page.locator('#starlight__search .pagefind-ui__result').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const results = await page.locator('#starlight__search .pagefind-ui__result').count();
    phase = 'done';
    const files = await Promise.all(pending.query);
    const idleFiles = await Promise.all(pending.idle);
    const pagefind = files.filter((f) => f.path.startsWith('/pagefind/'));
    return {
      query,
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      pagefindBytes: pagefind.reduce((s, f) => s + f.bytes, 0),
      idleBytes: idleFiles.reduce((s, f) => s + f.bytes, 0),
      idleFiles,
      requests: files.length,
      results,
      files,
    };
  } catch (error) {
    throw new Error(
      `The search measurement on ${path} (${dist}) failed: ${(error as Error).message}. Check that the build has /pagefind/ and that the search dialog opens in a browser, or skip with --no-search.`,
      { cause: error },
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
