/**
 * "Save for offline" (issue 17) in real Chromium with the real service worker: in each language,
 * the home page's control shows the size before anything is fetched and the progress while it
 * saves; then, with the network switched off (the context's offline mode), one page of every
 * type opens, search on /search/ finds saved pages, a running session's run mode reloads and
 * keeps counting, and a worksheet filled in before keeps its answers. Remove empties the caches;
 * a save cut short by the network shows Continue on the next visit and completes without fetching
 * again what it had; a schedule page saves that schedule's run mode, and offers the update when the
 * build is newer than the saved copy. Saves the non-PDF files only
 * (`astro build` prints none).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PAGE_TYPE_SPECS } from '../../scripts/lib/page-types.ts';
import { OFFLINE_CACHES } from '../../src/lib/offline.ts';
import { totalBytes, totalTransfer, type SaveList } from '../../src/lib/save-list.ts';
import { pageUrl, type Locale } from '../../src/lib/urls.ts';
import { openSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite({ emulateOffline: true });
});
afterAll(async () => {
  await site.close();
});

const saveList = (locale: Locale): SaveList =>
  JSON.parse(readFileSync(`dist${pageUrl('/offline/save.json', { locale })}`, 'utf8')) as SaveList;
const inLocale = (path: string, locale: Locale) => pageUrl(path, { locale });

const WORDS = {
  en: {
    size: (mb: string) => `Save this training for offline use (about ${mb} MB to download)`,
    saved: 'Saved on this device:',
    progress: /^Saved \d+ of \d+ files/,
  },
  es: {
    size: (mb: string) => `Guardar esta capacitación para usarla sin conexión (unos ${mb} MB de descarga)`,
    saved: 'Guardado en este dispositivo:',
    progress: /^Guardados \d+ de \d+ archivos/,
  },
} as const;
const QUERY = { en: 'snowflake', es: 'copo' } as const;

/** A context whose pages the service worker controls (it registers after load; the reload puts the page under it). */
async function controlled(path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url(path));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  return { context, page };
}

/** Polls for up to 15 s (the default is 1 s; a save of 500 files takes a few). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

const control = (page: Page) => page.locator('[data-save-offline]').first();

/** Waits for the save to finish and returns the saved line. */
async function savedLine(page: Page, timeout = 120_000): Promise<string> {
  const line = control(page).locator('[data-saved]');
  await line.waitFor({ state: 'visible', timeout });
  return (await line.textContent()) ?? '';
}

/** How many of `urls` are in the caches the worker serves. */
function cachedCount(page: Page, urls: readonly string[]): Promise<number> {
  return page.evaluate(
    async ({ urls, names }) => {
      let found = 0;
      for (const url of urls) {
        for (const name of names) {
          if (await (await caches.open(name)).match(new URL(url, location.origin).href, { ignoreSearch: true })) {
            found++;
            break;
          }
        }
      }
      return found;
    },
    { urls, names: Object.values(OFFLINE_CACHES) },
  );
}

/** Every page type's example, in `locale` (the 404 of Spanish is its own page). */
const examples = (locale: Locale) =>
  PAGE_TYPE_SPECS.map((spec) => ({
    type: spec.name,
    path: spec.name === 'not-found' && locale === 'es' ? '/es/404/' : inLocale(spec.example, locale),
  }));

describe.each(['en', 'es'] as const)('Save for offline (%s)', (locale) => {
  const list = saveList(locale);
  const titleOf = new Map(list.files.map((f) => [f.url, f.title]));

  it('saves the language from the home page, and every page type, search, run mode and a worksheet work offline; Remove empties it', async () => {
    const { context, page } = await controlled(inLocale('/', locale));
    try {
      // Before going offline: a session under way and a worksheet half filled.
      await page.goto(site.url(inLocale('/schedules/two-day/run/1/', locale)));
      await page.locator('[data-action="toggle"]').click();
      const worksheet = inLocale('/worksheets/snowflake-chart/', locale);
      await page.goto(site.url(worksheet));
      await page.locator('.worksheet.is-live').waitFor();
      const field = page.locator('.worksheet.is-live .ws-fill input[type="text"], .worksheet.is-live .ws-fill textarea').first();
      await field.fill('Marta, Jo');
      await page.waitForTimeout(600);

      // The size shows before anything is fetched; the progress while it saves.
      await page.goto(site.url(inLocale('/', locale)));
      const button = control(page).locator('[data-save]');
      // The size the button promises is what the save downloads (text gzipped, as a host sends it), not the bytes on disk.
      const mb = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.round(totalTransfer(list.files) / 1e5) / 10);
      expect(totalTransfer(list.files)).toBeLessThan(totalBytes(list.files) * 0.8);
      await poll(() => button.textContent()).toBe(WORDS[locale].size(mb));
      const progress = control(page).locator('progress');
      await button.click();
      await progress.waitFor({ state: 'visible' });
      await poll(() => control(page).locator('[data-status]').textContent()).toMatch(WORDS[locale].progress);
      const line = await savedLine(page);
      expect(line).toContain(WORDS[locale].saved);
      expect(line).toContain(`${list.files.length}`);
      await expect(
        cachedCount(
          page,
          list.files.map((f) => f.url),
        ),
      ).resolves.toBe(list.files.length);

      await context.setOffline(true);
      // One page of every type opens, as itself (not the offline page).
      for (const { type, path } of examples(locale)) {
        const response = await page.goto(site.url(path));
        expect(response?.status(), `${type} ${path}`).toBe(200);
        const title = titleOf.get(path);
        if (title !== undefined) expect(await page.title(), `${type} ${path}`).toContain(title);
      }
      // Search finds saved pages.
      await page.goto(site.url(`${inLocale('/search/', locale)}?q=${QUERY[locale]}`));
      await page.locator('[data-results] li').first().waitFor({ timeout: 20_000 });
      // Run mode reloads and keeps counting.
      await page.goto(site.url(inLocale('/schedules/two-day/run/1/', locale)));
      const countdown = page.locator('[data-countdown]');
      await countdown.waitFor({ state: 'visible' });
      const before = await countdown.textContent();
      await page.waitForTimeout(2100);
      await expect(countdown.textContent()).resolves.not.toBe(before);
      // The worksheet keeps its answers through an offline reload.
      await page.goto(site.url(worksheet));
      await page.reload();
      await page.locator('.worksheet.is-live').waitFor();
      await expect(
        page.locator('.worksheet.is-live .ws-fill input[type="text"], .worksheet.is-live .ws-fill textarea').first().inputValue(),
      ).resolves.toBe('Marta, Jo');

      // Remove empties the saved copy (it works offline too).
      await page.goto(site.url(inLocale('/', locale)));
      await control(page).locator('[data-remove]').click();
      await poll(() =>
        cachedCount(
          page,
          list.files.map((f) => f.url),
        ),
      ).toBe(0);
      await expect(page.evaluate((key) => localStorage.getItem(key), `do-offline-save-${locale}`)).resolves.toBeNull();
    } finally {
      await context.close();
    }
  });
});

describe('a save cut short, and a schedule', () => {
  it('shows Continue after the network went away mid-save, and continuing skips what is cached', async () => {
    const list = saveList('en');
    const { context, page } = await controlled('/');
    try {
      await control(page).locator('[data-save]').click();
      await poll(() =>
        control(page)
          .locator('progress')
          .evaluate((p) => (p as HTMLProgressElement).value),
      ).toBeGreaterThan(40);
      await context.setOffline(true);
      await poll(() => control(page).locator('[role="alert"]').textContent()).toBe('You are offline — connect and press Continue.');
      await context.setOffline(false);
      await page.reload();
      const status = control(page).locator('[data-status]');
      await poll(() => status.textContent()).toMatch(/^The last save stopped at \d+ of \d+ files$/);
      const stoppedAt = Number(/at (\d+) of/.exec((await status.textContent()) ?? '')?.[1]);
      expect(stoppedAt).toBeGreaterThan(40);
      let fetched = 0;
      page.on('request', () => fetched++);
      await control(page).locator('[data-continue]').click();
      expect(await savedLine(page)).toContain(`${list.files.length} files`);
      expect(fetched).toBeLessThan(list.files.length - stoppedAt + 20);
    } finally {
      await context.close();
    }
  });

  it("saves a schedule's day from its page, run mode included, and the run page opens offline", async () => {
    const list = saveList('es');
    const day = list.schedules['two-day'] ?? [];
    expect(day).toContain('/es/schedules/two-day/run/1/');
    expect(day).toContain('/es/schedules/room-view/');
    const { context, page } = await controlled('/es/schedules/two-day/');
    try {
      await poll(() => control(page).locator('[data-save]').textContent()).toMatch(
        /^Guardar este horario para usarlo sin conexión \(unos \d+(,\d)? [KM]B de descarga\)$/,
      );
      await control(page).locator('[data-save]').click();
      expect(await savedLine(page)).toContain(`${day.length} archivos`);
      await expect(cachedCount(page, day)).resolves.toBe(day.length);
      // A newer build than the saved copy: the control offers the update, and the update saves again.
      await page.evaluate(() => {
        const state = JSON.parse(localStorage.getItem('do-offline-save-es') ?? '{}') as Record<string, unknown>;
        localStorage.setItem('do-offline-save-es', JSON.stringify({ ...state, version: 'an-older-build' }));
      });
      await page.reload();
      const update = control(page).locator('[data-update]');
      await update.waitFor({ state: 'visible' });
      await update.click();
      await poll(() =>
        page.evaluate(() => (JSON.parse(localStorage.getItem('do-offline-save-es') ?? '{}') as { version?: string }).version),
      ).toBe(list.version);
      expect(await savedLine(page)).toContain(`${day.length} archivos`);
      await context.setOffline(true);
      const response = await page.goto(site.url('/es/schedules/two-day/run/2/'));
      expect(response?.status()).toBe(200);
      await page.locator('[data-countdown]').waitFor({ state: 'attached' });
    } finally {
      await context.close();
    }
  });
});
