import { launchBrowser } from './lib/browser.ts';
import { startServer } from './lib/static-server.ts';
const server = await startServer({ root: 'dist' });
const browser = await launchBrowser();
try {
  for (const [lang, path] of [['es', '/es/'], ['en', '/schedules/two-day/']] as const) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload({ waitUntil: 'load' });
    const control = page.locator('[data-save-offline]').first();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-save-offline] [data-save]')!.disabled);
    await control.scrollIntoViewIfNeeded();
    await control.screenshot({ path: `test-results/screenshots/save-before-${lang}.png` });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 90000 });
    await control.locator('[data-save]').click();
    await page.waitForTimeout(4000);
    await control.screenshot({ path: `test-results/screenshots/save-progress-${lang}.png` });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await control.locator('[data-saved]').waitFor({ state: 'visible', timeout: 300000 });
    await control.screenshot({ path: `test-results/screenshots/save-after-${lang}.png` });
    await context.setOffline(true);
    await page.goto(new URL(lang === 'es' ? '/es/no-guardada-xyz/' : '/cases/', server.url).href).catch(() => {});
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `test-results/screenshots/offline-page-${lang}.png` }); await page.evaluate(() => window.scrollTo(0, 700)); await page.screenshot({ path: `test-results/screenshots/offline-page2-${lang}.png` });
    await context.close();
  }
} finally { await browser.close(); await server.close(); }
