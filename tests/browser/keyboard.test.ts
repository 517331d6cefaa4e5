/** Keyboard only: the skip link, the menu, search and run mode, each with a visible focus indicator. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabTo } from '../support/gates.ts';
import { builtCurriculum, openSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

const module = builtCurriculum().modules.find((m) => m.id === 'public-narrative')!;
const focusedIn = (selector: string) => `document.activeElement?.closest(${JSON.stringify(selector)}) !== null`;

describe('keyboard only', () => {
  it('skips from the first Tab straight to the page content', async () => {
    const page = await site.newPage();
    await page.goto(site.url(module.url));
    await expect(tabTo(page, '.sl-skip-link', 1)).resolves.toBeNull();
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#_top');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(focusedIn('main'))).resolves.toBe(true);
    await page.context().close();
  });

  it('opens the menu on a phone, reaches its links, and closes it with Escape', async () => {
    const page = await site.newPage({ width: 390, height: 844 });
    await page.goto(site.url(module.url));
    await expect(tabTo(page, 'button[popovertarget="starlight__sidebar"]')).resolves.toBeNull();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.querySelector('#starlight__sidebar')?.matches(':popover-open'))).resolves.toBe(true);
    await expect(tabTo(page, '#starlight__sidebar a')).resolves.toBeNull();
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.querySelector('#starlight__sidebar')?.matches(':popover-open'))).resolves.toBe(false);
    await page.context().close();
  });

  it('searches and opens a result, even when Enter comes before the search UI has loaded', async () => {
    const page = await site.newPage();
    // Hold Pagefind's UI code until Enter has opened the dialog: a slow phone, made certain.
    let release = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    let requested = 0;
    // Pagefind's UI comes in one chunk with the dialog's set-up (src/components/search-dialog-ui.ts).
    await page.route(/\/_astro\/search-dialog-ui\.[^/]+\.js$/, async (route) => {
      requested++;
      await held;
      await route.continue();
    });
    await page.goto(site.url('/'));
    await expect(tabTo(page, 'site-search button[data-open-modal]')).resolves.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLDialogElement>('site-search dialog')?.open)).toBe(true);
    // The search UI has been asked for (on idle or on opening, whichever came first) and is held.
    await expect.poll(() => requested).toBe(1);
    await expect(page.locator('site-search[data-ready]').count()).resolves.toBe(0);
    release();
    await page.locator('site-search[data-ready]').waitFor({ state: 'attached' });
    await expect.poll(() => page.evaluate(focusedIn('.pagefind-ui__search-input'))).toBe(true);
    await page.keyboard.type('story of self');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await expect(tabTo(page, '.pagefind-ui__result-link')).resolves.toBeNull();
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    expect(new URL(page.url()).pathname).not.toBe('/');
    await page.context().close();
  });

  it('runs a module: start, next item, extend, all from Tab and Enter', async () => {
    const page = await site.newPage({ width: 1280, height: 900 });
    await page.goto(site.url(`/modules/${module.id}/run/`));
    await expect(tabTo(page, '[data-action="toggle"]')).resolves.toBeNull();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-action="toggle"] [data-label]').innerText()).resolves.toBe('Pause');
    await expect(tabTo(page, '[data-action="next"]')).resolves.toBeNull();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-current]').innerText()).resolves.toBe(module.agenda[1]!.title);
    await expect(tabTo(page, '[data-action="extend"]')).resolves.toBeNull();
    const before = await page.locator('[data-countdown]').innerText();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-countdown]').innerText()).resolves.not.toBe(before);
    await page.context().close();
  });
});
