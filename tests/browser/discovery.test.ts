/**
 * Search and discovery in Chromium: faceted search with URL state, the activity finder
 * with and without JavaScript, case filters, and the type filter on every indexed page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCurriculum, builtHtml, builtPages, openSite, type Site } from '../support/site.ts';
import { PAGE_TYPES } from '../../src/lib/facets.ts';
import { splitLocale } from '../../src/lib/urls.ts';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import es from '../../src/content/i18n/es.json' with { type: 'json' };

let site: Site;
const curriculum = builtCurriculum();
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

describe('search page', () => {
  it('returns only matching results for a query with filters', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/search/?q=coaching&type=Activity'));
    await page.locator('[data-results] li').first().waitFor();
    const types = await page.locator('[data-results] li .meta').allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    for (const t of types) expect(t.startsWith('Activity')).toBe(true);
    await page.context().close();
  });

  it('folds the filters away on a phone so results come first, and opens them on request', async () => {
    const page = await site.newPage({ width: 390, height: 844 });
    await page.goto(site.url('/search/?q=meeting'));
    const first = page.locator('[data-results] li').first();
    await first.waitFor();
    await expect(page.locator('[data-facets]').isVisible()).resolves.toBe(false);
    const box = await first.boundingBox();
    expect(box!.y).toBeLessThan(844);
    await page.locator('[data-facets-panel] > summary').click();
    await expect(page.locator('[data-facets]').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('lists every match for an empty query with a filter, and the URL round-trips with the back button', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/search/'));
    await page.locator('[data-facets] input[name="kind"][value="Composite case"]').check();
    await expect
      .poll(() => page.locator('[data-results] li').count())
      .toBe(curriculum.caseStudies.filter((c) => c.kind === 'composite').length);
    expect(page.url()).toContain('kind=Composite+case');
    await page.locator('[data-facets] input[name="type"][value="Activity"]').check();
    await expect.poll(() => page.locator('[data-results] li').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.locator('[data-results] li').count()).toBe(3);
    await expect(page.locator('[data-facets] input[name="type"][value="Activity"]').isChecked()).resolves.toBe(false);
    const again = await site.newPage();
    await again.goto(page.url());
    await expect.poll(() => again.locator('[data-results] li').count()).toBe(3);
    await page.context().close();
    await again.context().close();
  });

  it('labels facilitator pages as facilitator material in results', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/search/?q=watch&type=Facilitator+page'));
    await page.locator('[data-results] li').first().waitFor();
    await expect(page.locator('[data-results] li.facilitator-result').count()).resolves.toBe(
      await page.locator('[data-results] li').count(),
    );
    await page.context().close();
  });

  it('carries a type filter on every indexed page, in the page’s language', () => {
    // Filters are indexed under their readable names (src/lib/facets.ts `facetLabel`), in each language.
    const words = { en, es } as Record<string, Record<string, string>>;
    const typesIn = (locale: string) => Object.keys(PAGE_TYPES).map((type) => words[locale]?.[`search.type.${type}`] ?? '');
    const indexed = builtPages().filter((p) => builtHtml(p).includes('data-pagefind-body'));
    expect(indexed.length).toBeGreaterThan(60);
    for (const path of indexed) {
      const locale = splitLocale(path).locale;
      const filter = words[locale]?.['search.facet.type'] ?? '';
      const match = new RegExp(`<span data-pagefind-filter="${filter}">([^<]+)<\\/span>`).exec(builtHtml(path));
      expect(match?.[1], `${path} has no type filter`).toBeDefined();
      expect(typesIn(locale)).toContain(match?.[1]);
    }
  });
});

describe('activity finder', () => {
  it('narrows the list as the trainer types, and keeps the choice in the address', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/activities/'));
    const visible = () => page.locator('tr[data-activity]:visible').count();
    await expect(visible()).resolves.toBe(curriculum.activities.length);
    await page.fill('input[name="minutes"]', '30');
    await page.fill('input[name="people"]', '20');
    await page.selectOption('select[name="setting"]', 'online');
    const expected = curriculum.activities.filter(
      (a) => a.minutes <= 30 && a.groupSize.min <= 20 && a.groupSize.max >= 20 && a.setting !== 'in-person',
    );
    await expect.poll(visible).toBe(expected.length);
    const titles = await page.locator('tr[data-activity]:visible td:first-child').allInnerTexts();
    expect(titles.sort()).toEqual(expected.map((a) => a.title).sort());
    expect(page.url()).toContain('minutes=30');
    const reopened = await site.newPage();
    await reopened.goto(page.url());
    await expect.poll(() => reopened.locator('tr[data-activity]:visible').count()).toBe(expected.length);
    await page.context().close();
    await reopened.context().close();
  });

  it('is a complete static list without JavaScript', async () => {
    const page = await site.newPage({ javaScript: false });
    await page.goto(site.url('/activities/'));
    await expect(page.locator('tr[data-activity]:visible').count()).resolves.toBe(curriculum.activities.length);
    await expect(page.locator('[data-activity-finder]').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('case index', () => {
  it('filters by sector and kind with JavaScript', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/cases/'));
    await page.selectOption('select[name="sector"]', 'domestic-work');
    const expected = curriculum.caseStudies.filter((c) => c.sector === 'domestic-work');
    await expect.poll(() => page.locator('tr[data-case]:visible').count()).toBe(expected.length);
    await page.selectOption('select[name="kind"]', 'composite');
    await expect.poll(() => page.locator('tr[data-case]:visible').count()).toBe(expected.filter((c) => c.kind === 'composite').length);
    await page.context().close();
  });

  it('offers browse lists by practice, sector, region and kind without JavaScript', async () => {
    const page = await site.newPage({ javaScript: false });
    await page.goto(site.url('/cases/'));
    await expect(page.locator('details.browse summary').allInnerTexts()).resolves.toEqual([
      'By practice',
      'By sector',
      'By region',
      'By kind',
    ]);
    await expect(page.locator('tr[data-case]').count()).resolves.toBe(curriculum.caseStudies.length);
    await page.context().close();
  });
});

describe('glossary', () => {
  it('links every term from at least one page that uses or teaches it', () => {
    const pages = builtPages().filter((p) => p !== '/glossary/');
    const html = pages.map((p) => builtHtml(p));
    const unlinked = curriculum.glossary.filter((t) => !html.some((h) => h.includes(`href="/glossary/#${t.id}"`))).map((t) => t.id);
    expect(curriculum.glossary.length).toBeGreaterThanOrEqual(25);
    expect(unlinked).toEqual([]);
  });
  it('links the first use of a term in module prose to its definition', () => {
    expect(builtHtml('/modules/public-narrative/')).toMatch(/<a href="\/glossary\/#story-of-self" class="term-link">story of self<\/a>/i);
  });
});
