/** Helpers for browser tests: the built site served on 127.0.0.1, Chromium, and page lists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import type { CurriculumExport } from '../../src/lib/export.ts';
import { pagesIn } from './gates.ts';

export interface Site {
  server: RunningServer;
  browser: Browser;
  url: (path: string) => string;
  newPage: (options?: { width?: number; height?: number; javaScript?: boolean }) => Promise<Page>;
  close: () => Promise<void>;
}

export async function openSite(): Promise<Site> {
  const server = await startServer();
  const browser = await launchBrowser();
  return {
    server,
    browser,
    url: (path) => new URL(path.replace(/^\//, ''), server.url).href,
    newPage: async ({ width = 1280, height = 900, javaScript = true } = {}) => {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript });
      return context.newPage();
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The export the build wrote. */
export function builtCurriculum(): CurriculumExport {
  return JSON.parse(readFileSync('dist/curriculum.json', 'utf8')) as CurriculumExport;
}

/** Every HTML page in dist/, as a site path ("/modules/x/"). */
export function builtPages(): string[] {
  return pagesIn('dist');
}

/** The built HTML of one page. */
export function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  return readFileSync(join('dist', file), 'utf8');
}
