/**
 * Search on a 360 × 740 phone, in the header and on /search/: results before filters, ranking
 * (participant pages above facilitator pages, a glossary entry first for its own term), snippets
 * with spaces between table cells, the box shown at once while the index loads, and the same
 * filter names in both searches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type Site } from '../support/site.ts';

const PHONE = { width: 360, height: 740 };

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

async function headerSearch(page: Page, query: string) {
  await page.goto(site.url('/modules/opening/'));
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('site-search[data-ready]').waitFor({ state: 'attached' });
  await page.locator('#starlight__search input.pagefind-ui__search-input').fill(query);
  await page.locator('.pagefind-ui__result').first().waitFor();
}

describe('header search on a phone', () => {
  it('shows a result above the fold for "one-on-one", and it is not a facilitator page', async () => {
    const page = await site.newPage(PHONE);
    await headerSearch(page, 'one-on-one');
    const first = page.locator('.pagefind-ui__result').first();
    const box = await first.boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y + 100).toBeLessThan(PHONE.height);
    const href = await first.locator('.pagefind-ui__result-link').first().getAttribute('href');
    expect(href).not.toMatch(/\/facilitator\//);
    // The glossary's ranking-only list of terms is never shown as a tag.
    await expect(page.locator('[data-pagefind-ui-meta="terms"]').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('folds the filters behind one button that counts the chosen values, with a jump to the results after them', async () => {
    const page = await site.newPage(PHONE);
    await headerSearch(page, 'meeting');
    const toggle = page.locator('.search-filters-toggle');
    await expect(page.locator('.pagefind-ui__filter-panel').isVisible()).resolves.toBe(false);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    const size = await toggle.boundingBox();
    expect(size!.height).toBeGreaterThanOrEqual(43.5);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.locator('.pagefind-ui__filter-name', { hasText: 'Type of page' }).click();
    await page.locator('.pagefind-ui__filter-label', { hasText: /^Activity/ }).click();
    await expect.poll(() => toggle.innerText()).toBe('Filters (1 chosen)');
    const done = page.locator('.search-filters-done');
    await expect.poll(() => done.innerText()).toMatch(/^Show \d+ results?$/);
    // The jump comes after the filters.
    const order = await page.evaluate(() => {
      const panel = document.querySelector('.pagefind-ui__filter-panel');
      const jump = document.querySelector('.search-filters-done');
      return panel && jump ? panel.compareDocumentPosition(jump) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeGreaterThan(0);
    await done.click();
    await expect(page.locator('.pagefind-ui__filter-panel').isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__result-link'))).resolves.toBe(true);
    await page.context().close();
  });

  it('names its filters as the search page does', async () => {
    const page = await site.newPage(PHONE);
    await headerSearch(page, 'team');
    await page.locator('.search-filters-toggle').click();
    await expect.poll(() => page.locator('.pagefind-ui__filter-name').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    const header = (await page.locator('.pagefind-ui__filter-name').allInnerTexts()).map((h) => h.trim());
    const searchPage = await site.newPage(PHONE);
    await searchPage.goto(site.url('/search/?q=team'));
    await searchPage.locator('[data-results] li').first().waitFor();
    const legends = (await searchPage.locator('[data-facets] legend').allTextContents()).map((l) => l.trim());
    // The header shows the filters its results have; every one is named as on the search page.
    expect(header.length).toBeGreaterThanOrEqual(5);
    for (const name of header) expect(legends, name).toContain(name);
    expect(header).toContain('Type of page');
    expect(header).toContain('Case kind');
    await page.context().close();
    await searchPage.context().close();
  });
});

describe('search page on a phone', () => {
  it('lists the glossary entry first for "snowflake", opening at the term', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(site.url('/search/?q=snowflake'));
    const first = page.locator('[data-results] li > a').first();
    await first.waitFor();
    await expect(first.getAttribute('href')).resolves.toBe('/glossary/#snowflake-model');
    await expect(first.innerText()).resolves.toBe('Glossary: Snowflake model');
    await page.context().close();
  });

  it('ranks the participant page above its facilitator page for the same words', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(site.url('/search/?q=one-on-one'));
    await page.locator('[data-results] li').first().waitFor();
    const hrefs = await page.locator('[data-results] li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const participant = hrefs.findIndex((h) => h.startsWith('/modules/relationships/') && !h.includes('/facilitator/'));
    const facilitator = hrefs.findIndex((h) => h.startsWith('/modules/relationships/facilitator/'));
    expect(participant).toBeGreaterThanOrEqual(0);
    expect(facilitator).toBeGreaterThan(participant);
    await page.context().close();
  });

  it('keeps spaces between table cells in snippets', async () => {
    const page = await site.newPage(PHONE);
    for (const query of ['trios', 'one-on-one']) {
      await page.goto(site.url(`/search/?q=${query}`));
      await page.locator('[data-results] li').first().waitFor();
      const excerpts = await page.locator('[data-results] li p').allInnerTexts();
      for (const text of excerpts) {
        expect(text, text).not.toMatch(/triosActivity|\d\d:\d\d\d\.|[a-z](Activity|Pairs|Small groups|Whole group):/);
      }
    }
    await page.context().close();
  });

  it('shows its box at once, with a loading note while the index loads', async () => {
    const page = await site.newPage(PHONE);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.url('/search/'));
    const input = page.locator('[data-search] input[type="search"]');
    await input.waitFor({ state: 'visible', timeout: 2_000 });
    await expect(page.locator('[data-search-status]').innerText()).resolves.toMatch(/^Loading the search index/);
    // What the reader types while the index loads is searched when it arrives.
    await input.fill('snowflake');
    release();
    await expect
      .poll(() => page.locator('[data-results] li > a').first().getAttribute('href'), { timeout: 20_000 })
      .toBe('/glossary/#snowflake-model');
    expect(page.url()).toContain('?q=snowflake');
    await page.context().close();
  });
});
