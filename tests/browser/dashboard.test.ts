/**
 * The leadership dashboard tool in Chromium: typed counts draw a chart with a text alternative,
 * survive a reload, save to a file and open again in a fresh browser; a tampered file gives a
 * clear message and renders nothing as HTML; without JavaScript the page is the blank table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../support/site.ts';
import { toolPaths } from '../../src/lib/urls.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

describe('the leadership dashboard', () => {
  it('draws typed numbers, keeps them on reload, saves a file and opens it in a fresh browser', async () => {
    const page = await site.newPage();
    await page.goto(site.url(toolPaths.dashboard()));
    await page.locator('[data-actions]:not([hidden])').waitFor();
    const months = [2, 3, 3, 4, 5, 6, 7];
    for (const [m, v] of months.entries()) await page.locator(`input[name="1.0@${m}"]`).fill(String(v));
    await page.locator('input[name="organization"]').fill('A worker center');
    const chart = page.locator('[data-chart="1"] svg');
    await expect.poll(() => chart.locator('.marker').count()).toBeGreaterThanOrEqual(7);
    const desc = await chart.locator('desc').textContent();
    expect(desc).toContain('2 at the start, 7 in month 6');

    await page.reload();
    await expect.poll(() => page.locator('input[name="1.0@6"]').inputValue()).toBe('7');
    await expect.poll(() => page.locator('[data-status]').innerText()).toContain('Your numbers from last time are back.');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-save]').click()]);
    const file = join(tmpdir(), `dashboard-${Date.now()}.json`);
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).organization).toBe('A worker center');
    await page.context().close();

    const fresh = await site.newPage();
    await fresh.goto(site.url(toolPaths.dashboard()));
    await fresh.locator('[data-actions]:not([hidden])').waitFor();
    expect(await fresh.locator('input[name="1.0@6"]').inputValue()).toBe('');
    await fresh.locator('[data-open]').setInputFiles(file);
    await expect.poll(() => fresh.locator('input[name="1.0@6"]').inputValue()).toBe('7');
    expect(await fresh.locator('input[name="organization"]').inputValue()).toBe('A worker center');
    await fresh.context().close();
  });

  it('opens what it can of a tampered file, says what it dropped, and renders no HTML', async () => {
    const page = await site.newPage();
    await page.goto(site.url(toolPaths.dashboard()));
    await page.locator('[data-actions]:not([hidden])').waitFor();
    const file = join(tmpdir(), `tampered-${Date.now()}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        kind: 'distributed-organizing/leadership-dashboard',
        version: 1,
        organization: '<img src=x onerror="window.hacked=1">',
        values: { '0.0': [1, '<b>2</b>', 3] },
      }),
    );
    await page.locator('[data-open]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-status]').innerText()).toContain('1 numbers in it could not be used');
    expect(await page.locator('input[name="organization"]').inputValue()).toBe('<img src=x onerror="window.hacked=1">');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);

    writeFileSync(file, 'this is not json');
    await page.locator('[data-open]').setInputFiles(file);
    await expect
      .poll(() => page.locator('[data-status]').innerText())
      .toBe('This file is not a saved dashboard: it could not be read. Nothing was changed.');
    expect(await page.locator('input[name="0.0@0"]').inputValue()).toBe('1');
    await page.context().close();
  });

  it('is the blank table to print without JavaScript, and says the charts need it', async () => {
    const page = await site.newPage({ javaScript: false });
    await page.goto(site.url(toolPaths.dashboard()));
    expect(await page.locator('table.dashboard-table').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-needs-js]').isVisible()).toBe(true);
    expect(await page.locator('[data-actions]').isVisible()).toBe(false);
    await page.context().close();
  });
});
