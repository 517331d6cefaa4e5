/**
 * On a 360 × 740 phone: no page scrolls sideways, tables stack into rows, the header, menu, filter
 * and link-list targets are at least 44 × 44 px, the theme switch is within reach on every page,
 * and the glossary's A–Z index and filter work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtCurriculum, builtPages, openSite, type Site } from '../support/site.ts';
import { PAGE_TYPE_SPECS, pageType } from '../../src/lib/page-types.ts';

const PHONE = { width: 360, height: 740 };
const TARGET = 44;

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.newPage(PHONE);
});
afterAll(async () => site.close());

/** Elements matching `selector` (visible ones) smaller than 44 × 44 px, described for the failure message. */
async function smallTargets(selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll(
    (elements, min) =>
      elements.flatMap((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return [];
        return box.width + 0.5 < min || box.height + 0.5 < min
          ? [
              `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
            ]
          : [];
      }),
    TARGET,
  );
}

describe('every page at 360 px', () => {
  const pages = builtPages();
  it('covers every page type', () => {
    const types = new Set(pages.map((p) => pageType(p)));
    for (const spec of PAGE_TYPE_SPECS) expect(types.has(spec.name), spec.name).toBe(true);
  });

  it(
    'scrolls no page sideways, clips no site title, and lets no stacked table overflow its box',
    { timeout: 60_000 + pages.length * 3_000 },
    async () => {
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(site.url(path));
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) out.push(`page is ${root.scrollWidth} px wide`);
          const title = document.querySelector<HTMLElement>('.site-title');
          if (title && title.scrollWidth > title.clientWidth + 1) out.push('site title clipped');
          for (const table of document.querySelectorAll<HTMLElement>('table.stack, table.schedule')) {
            const box = table.closest<HTMLElement>('.table-scroll') ?? table;
            if (box.scrollWidth > box.clientWidth + 1)
              out.push(`table "${table.className}" is ${box.scrollWidth} px in ${box.clientWidth} px`);
          }
          return out;
        });
        problems.push(...found.map((f) => `${path}: ${f}`));
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('tables become rows', () => {
  it('stacks the case index: each case is one block with its kind, region and practices labelled', async () => {
    await page.goto(site.url('/cases/'));
    const row = page.locator('table.cases tbody tr').first();
    const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()));
    // Every cell starts at the row's left edge (one under the other) and fits the screen.
    for (const cell of cells) {
      expect(cell.right).toBeLessThanOrEqual(PHONE.width);
      expect(Math.abs(cell.left - cells[0]!.left)).toBeLessThan(2);
    }
    const label = await row
      .locator('td[data-label]')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toContain('Years');
    // Still a table for screen readers: the header row is there, only visually hidden.
    await expect(page.locator('table.cases thead th').count()).resolves.toBe(6);
  });

  it('gives a module agenda item the width of the screen, with its format and length on one line', async () => {
    await page.goto(site.url('/modules/relationships/'));
    const row = page.locator('[data-agenda] tbody tr').nth(1);
    const title = await row.locator('td.stack-title').boundingBox();
    const duration = await row.locator('td[data-duration]').boundingBox();
    expect(title!.width).toBeGreaterThan(250);
    expect(duration!.x + duration!.width).toBeLessThanOrEqual(PHONE.width);
  });
});

describe('tap targets of at least 44 × 44 px', () => {
  it('in the header and the phone menu, with the theme switch at the top of the menu', async () => {
    await page.goto(site.url('/modules/relationships/'));
    await expect(smallTargets('site-search button[data-open-modal], button.sl-menu-button')).resolves.toEqual([]);
    await page.locator('button.sl-menu-button').click();
    await expect(smallTargets('#starlight__sidebar .sidebar-content a')).resolves.toEqual([]);
    const theme = page.locator('#starlight__sidebar starlight-theme-select select');
    await expect(theme.isVisible()).resolves.toBe(true);
    const box = await theme.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(PHONE.height / 2);
    expect(box!.height).toBeGreaterThanOrEqual(TARGET - 0.5);
  });

  it('puts the theme switch in the header of the home page, which has no menu', async () => {
    await page.goto(site.url('/'));
    await expect(page.locator('button.sl-menu-button').count()).resolves.toBe(0);
    const theme = page.locator('header starlight-theme-select select');
    await expect(theme.evaluateAll((all) => all.filter((s) => s.getBoundingClientRect().width > 0).length)).resolves.toBe(1);
    await expect(smallTargets('header starlight-theme-select select, site-search button[data-open-modal]')).resolves.toEqual([]);
    // It works: choosing "Dark" switches the theme.
    const visible = page.locator('header .phone-theme select');
    await visible.selectOption('dark');
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
  });

  it('for the case filters, the glossary letters and link lists', async () => {
    await page.goto(site.url('/cases/'));
    await expect(smallTargets('[data-case-filter] select')).resolves.toEqual([]);
    await page.goto(site.url('/glossary/'));
    await expect(smallTargets('.glossary-az a')).resolves.toEqual([]);
    const curriculum = builtCurriculum();
    await page.goto(site.url(curriculum.caseStudies[0]!.url));
    await expect(page.locator('.link-list a').count()).resolves.toBeGreaterThan(0);
    const short = await page
      .locator('.link-list > li > a')
      .evaluateAll((links) => links.filter((a) => a.getBoundingClientRect().height < 44).map((a) => a.textContent));
    expect(short).toEqual([]);
  });

  it('for the search page filters: one line with the number chosen, and a jump to the results after them', async () => {
    await page.goto(site.url('/search/?q=meeting'));
    await page.locator('[data-results] li').first().waitFor();
    await expect(smallTargets('[data-facets-panel] > summary')).resolves.toEqual([]);
    const firstNumber = async (selector: string) => Number(/\d+/.exec(await page.locator(selector).innerText())?.[0]);
    const unfiltered = await firstNumber('[data-search-status]');
    await page.locator('[data-facets-panel] > summary').click();
    await page.locator('[data-facets] input[name="type"][value="Activity"]').check();
    await expect.poll(() => page.locator('[data-facets-panel] > summary').innerText()).toBe('Filters (1 chosen)');
    await expect(smallTargets('[data-facets] label.inline')).resolves.toEqual([]);
    const jump = page.locator('[data-show-results]');
    await expect.poll(() => jump.innerText()).toMatch(/^Show \d+ results?$/);
    // The jump names the number of matches the status line reports for the chosen filter (fewer than without it).
    await expect
      .poll(async () => {
        const shown = await firstNumber('[data-show-results]');
        return shown < unfiltered && shown === (await firstNumber('[data-search-status]'));
      })
      .toBe(true);
    await jump.click();
    await expect(page.locator('[data-facets]').isVisible()).resolves.toBe(false);
    await expect
      .poll(async () => {
        const y = (await page.locator('[data-results] li').first().boundingBox())?.y;
        return y !== undefined && y >= 0 && y < PHONE.height;
      })
      .toBe(true);
  });
});

describe('glossary', () => {
  const curriculum = builtCurriculum();

  it('has an A–Z index whose letters jump to their terms, without JavaScript', async () => {
    const noScript = await site.newPage({ ...PHONE, javaScript: false });
    await noScript.goto(site.url('/glossary/'));
    await expect(noScript.locator('[data-glossary-filter]').isVisible()).resolves.toBe(false);
    const letters = await noScript.locator('.glossary-az a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const firstLetters = new Set(curriculum.glossary.map((term) => term.term.charAt(0).toUpperCase()));
    expect(letters.length).toBe(firstLetters.size);
    for (const href of letters) await expect(noScript.locator(href).count(), href).resolves.toBe(1);
    await noScript.locator('.glossary-az a', { hasText: /^S$/ }).click();
    await expect(noScript.evaluate(() => location.hash)).resolves.toBe('#letter-s');
    const heading = await noScript.locator('#letter-s').boundingBox();
    expect(heading!.y).toBeLessThan(PHONE.height / 2);
    // Every term is a heading with its own id: the address glossary links point to.
    await expect(noScript.locator('.glossary-letter h3[id]').count()).resolves.toBe(curriculum.glossary.length);
    await noScript.context().close();
  });

  it('filters the terms as the reader types, and says how many are shown', async () => {
    await page.goto(site.url('/glossary/'));
    const box = page.locator('[data-glossary-filter] input');
    await box.fill('lead');
    const shown = await page.locator('[data-term]:not([hidden]) h3').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    for (const term of shown) expect(term.toLowerCase()).toContain('lead');
    await expect(page.locator('[data-glossary-count]').innerText()).resolves.toBe(
      `${shown.length} of ${curriculum.glossary.length} terms shown.`,
    );
    await box.fill('zzzz');
    await expect(page.locator('[data-glossary-count]').innerText()).resolves.toMatch(/^No term matches/);
    await expect(page.locator('[data-letter-group]:not([hidden])').count()).resolves.toBe(0);
    await box.fill('');
    await expect(page.locator('[data-term]:not([hidden])').count()).resolves.toBe(curriculum.glossary.length);
  });
});
