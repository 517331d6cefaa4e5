/** Helpers for browser tests: the built site served on 127.0.0.1, Chromium, and page lists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveUnderBase } from '../../scripts/lib/base-server.ts';
import { startServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import type { CurriculumExport } from '../../src/lib/export.ts';
import { pageUrl } from '../../src/lib/urls.ts';
import { pagesIn } from './gates.ts';

/** The second build `npm test` makes, under a base path as on a GitHub Pages project site. */
export const BASE_BUILD = { root: 'dist-base', base: '/curriculum-site/' } as const;

export interface Site {
  server: RunningServer;
  browser: Browser;
  /** The address of a site-relative path (`/modules/x/`), base included. */
  url: (path: string) => string;
  newPage: (options?: { width?: number; height?: number; javaScript?: boolean }) => Promise<Page>;
  /** Requests the browser made outside the base (always empty for a site built at the root). */
  outsideBase: string[];
  close: () => Promise<void>;
}

/** `emulateOffline`: the tests switch the network off with `context.setOffline` (see scripts/lib/browser.ts). */
export async function openSite({
  root = 'dist',
  base = '/',
  emulateOffline = false,
}: { root?: string; base?: string; emulateOffline?: boolean } = {}): Promise<Site> {
  const server = await serveUnderBase(await startServer({ root }), base);
  const origin = new URL(server.url).origin;
  const browser = await launchBrowser({ emulateOffline });
  return {
    server,
    browser,
    url: (path) => `${origin}${pageUrl(path, { base })}`,
    newPage: async ({ width = 1280, height = 900, javaScript = true } = {}) => {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript });
      return context.newPage();
    },
    outsideBase: server.outsideBase,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The export the build wrote. */
export function builtCurriculum(root = 'dist'): CurriculumExport {
  return JSON.parse(readFileSync(join(root, 'curriculum.json'), 'utf8')) as CurriculumExport;
}

/** Every HTML page in a build (dist/ unless told), as a site path without the base ("/modules/x/"). */
export function builtPages(root = 'dist'): string[] {
  return pagesIn(root);
}

/** The built HTML of one page. */
export function builtHtml(path: string, root = 'dist'): string {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  return readFileSync(join(root, file), 'utf8');
}

/** How many pages the site-wide scans run at once: one per core, at most 4 (the machine has 2). */
export const SCAN_WORKERS = Math.max(1, Math.min(4, availableParallelism()));

/**
 * Runs `scan` over `paths` on `workers` browser pages at once, and returns the results in the
 * order of `paths`. A site-wide scan of 500 pages is CPU-bound in the browser, so two renderers
 * on two cores take about half the time of one.
 */
export async function scanPages<T>(
  paths: readonly string[],
  pages: readonly Page[],
  scan: (page: Page, path: string) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array<T>(paths.length);
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      for (let index = next++; index < paths.length; index = next++) results[index] = await scan(page, paths[index] as string);
    }),
  );
  return results;
}
