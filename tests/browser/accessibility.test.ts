/**
 * On every built page, in both languages: zero axe-core violations in the light theme and no colour
 * contrast violation in the dark one, no request to
 * any host but the site's own, and no Content-Security-Policy violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems, COLOUR_RULES, watchPage } from '../support/gates.ts';
import { builtPages, openSite, scanPages, SCAN_WORKERS, type Site } from '../support/site.ts';

let site: Site;
let pages: Page[] = [];
const watchedAll: { thirdParty: string[]; csp: string[] }[] = [];

beforeAll(async () => {
  site = await openSite();
  // One browser page per core: the scans are CPU-bound in the browser.
  pages = await Promise.all(Array.from({ length: SCAN_WORKERS }, () => site.newPage()));
  for (const page of pages) watchedAll.push(await watchPage(page, site.server.url));
});
afterAll(async () => site.close());

describe('every page', () => {
  const paths = builtPages();
  // One scan is quick but there are many pages: allow each a few seconds, so a busy machine
  // slows the run down instead of failing it.
  const scanTimeout = { timeout: 60_000 + paths.length * 5_000 };
  it('has pages to scan', () => expect(paths.length).toBeGreaterThan(100));

  it('has no axe-core violations in the light theme', scanTimeout, async () => {
    const violations = await scanPages(paths, pages, (page, path) => axeProblems(page, site.url(path), 'light'));
    expect(violations.flat()).toEqual([]);
  });

  // The dark theme changes colours only, so it runs the colour rules (COLOUR_RULES) on every page.
  it('has no colour contrast violations in the dark theme', scanTimeout, async () => {
    const violations = await scanPages(paths, pages, (page, path) => axeProblems(page, site.url(path), 'dark', COLOUR_RULES));
    expect(violations.flat()).toEqual([]);
  });

  it('requested nothing from another host while loading', () => {
    expect(watchedAll.flatMap((seen) => seen.thirdParty)).toEqual([]);
  });

  it('loaded under its Content-Security-Policy without a violation', () => {
    expect(watchedAll.flatMap((seen) => seen.csp)).toEqual([]);
  });
});
