/**
 * On every built page, in both languages: zero axe-core violations in the light theme and no colour
 * contrast violation in the dark one, no request to
 * any host but the site's own, and no Content-Security-Policy violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems, COLOUR_RULES, watchPage } from '../support/gates.ts';
import { builtPages, openSite, type Site } from '../support/site.ts';

let site: Site;
let page: Page;
let watched: { thirdParty: string[]; csp: string[] };

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage();
  watched = await watchPage(page, site.server.url);
});
afterAll(async () => site.close());

describe('every page', () => {
  const pages = builtPages();
  // One scan is quick but there are many pages: allow each a few seconds, so a busy machine
  // slows the run down instead of failing it.
  const scanTimeout = { timeout: 60_000 + pages.length * 5_000 };
  it('has pages to scan', () => expect(pages.length).toBeGreaterThan(100));

  it('has no axe-core violations in the light theme', scanTimeout, async () => {
    const violations: string[] = [];
    for (const path of pages) violations.push(...(await axeProblems(page, site.url(path), 'light')));
    expect(violations).toEqual([]);
  });

  // The dark theme changes colours only, so it runs the colour rules (COLOUR_RULES) on every page.
  it('has no colour contrast violations in the dark theme', scanTimeout, async () => {
    const violations: string[] = [];
    for (const path of pages) violations.push(...(await axeProblems(page, site.url(path), 'dark', COLOUR_RULES)));
    expect(violations).toEqual([]);
  });

  it('requested nothing from another host while loading', () => {
    expect(watched.thirdParty).toEqual([]);
  });

  it('loaded under its Content-Security-Policy without a violation', () => {
    expect(watched.csp).toEqual([]);
  });
});
