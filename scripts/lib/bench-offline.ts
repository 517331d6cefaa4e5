/**
 * What "Save for offline" costs a trainer (issue 17): the bytes of a full save per language, read
 * from its save list (`offline/save.json`: the files, and the downloads one may tick, apart), and
 * the time the real save control takes in Chromium on a phone-like connection — 1.6 Mbps down,
 * 150 ms round trip (CDP `Network.emulateNetworkConditions`) — served with gzip as a host would
 * (bench-gzip.ts). The service worker is blocked in the measured context: requests a worker makes
 * are not throttled by the page's emulation, and the control writes the caches itself anyway.
 * The downloads are not ticked, so the time is that of the files alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { totalBytes, totalTransfer, type SaveList } from '../../src/lib/save-list.ts';
import { pageUrl, toolPaths, type Locale } from '../../src/lib/urls.ts';
import { launchBrowser } from './browser.ts';
import { startGzipServer } from './bench-gzip.ts';

/** The connection the time is measured on. */
export const SAVE_NETWORK = { downloadMbps: 1.6, uploadMbps: 0.75, latencyMs: 150 } as const;

export interface OfflineSave {
  locale: Locale;
  files: number;
  fileBytes: number;
  /** What the files cost to download with the text gzipped, as a host sends it (missing in older results). */
  fileTransferBytes?: number;
  downloads: number;
  downloadBytes: number;
  /** Seconds from pressing Save to "Saved on this device" on SAVE_NETWORK; null when not measured. */
  seconds: number | null;
}

/** The sizes of a full save, from a language's save list. */
export function saveSizes(list: Pick<SaveList, 'locale' | 'files' | 'downloads'>): Omit<OfflineSave, 'seconds'> {
  return {
    locale: list.locale,
    files: list.files.length,
    fileBytes: totalBytes(list.files),
    fileTransferBytes: totalTransfer(list.files),
    downloads: list.downloads.length,
    downloadBytes: totalBytes(list.downloads),
  };
}

/** CDP's `Network.emulateNetworkConditions` parameters for SAVE_NETWORK (throughputs in bytes per second). */
export function networkConditions(network: typeof SAVE_NETWORK = SAVE_NETWORK) {
  return {
    offline: false,
    latency: network.latencyMs,
    downloadThroughput: (network.downloadMbps * 1e6) / 8,
    uploadThroughput: (network.uploadMbps * 1e6) / 8,
  };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** "0.3 MB to download, 2.2 MB on the device" (without the first part in results written before it was measured). */
const fileSizes = (s: OfflineSave): string =>
  `${s.fileTransferBytes === undefined ? '' : `${mb(s.fileTransferBytes)} to download, `}${mb(s.fileBytes)} on the device`;

/** The report's table: its headings and one row per language. */
export const OFFLINE_HEADINGS = [
  'language',
  'files (pages, search, styles, scripts)',
  'downloads to tick (PDF, Word)',
  `time on ${SAVE_NETWORK.downloadMbps} Mbps / ${SAVE_NETWORK.latencyMs} ms`,
];

export function offlineRows(saves: readonly OfflineSave[]): string[][] {
  return saves.map((s) => [
    s.locale,
    `${fileSizes(s)}, in ${s.files} files`,
    `${mb(s.downloadBytes)} in ${s.downloads} files`,
    s.seconds === null ? '—' : `${s.seconds.toFixed(0)} s`,
  ]);
}

/** The progress line bench.ts prints. */
export function offlineLine(s: OfflineSave): string {
  return `  ${s.locale}: ${s.files} files, ${fileSizes(s)} (+ ${s.downloads} downloads, ${mb(s.downloadBytes)})${s.seconds === null ? '' : `, saved in ${s.seconds.toFixed(0)} s`}`;
}

/** Reads a language's save list from a built site. */
export function readSaveList(dist: string, locale: Locale): SaveList {
  return JSON.parse(readFileSync(join(dist, pageUrl(toolPaths.saveList(), { locale }).slice(1)), 'utf8')) as SaveList;
}

/** Presses Save on the home page of `locale` on a throttled connection and times it to "Saved". */
export async function timeSave(dist: string, locale: Locale, timeoutMs = 15 * 60_000): Promise<number> {
  const server = await startGzipServer(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(new URL(pageUrl('/', { locale }), server.url).href, { waitUntil: 'load' });
    const button = page.locator('[data-save-offline] [data-save]');
    await page.waitForFunction(() => {
      const b = document.querySelector<HTMLButtonElement>('[data-save-offline] [data-save]');
      return b !== null && !b.disabled && !b.hidden;
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', networkConditions());
    const started = performance.now();
    await button.click();
    await page.locator('[data-save-offline] [data-saved]').waitFor({ state: 'visible', timeout: timeoutMs });
    return (performance.now() - started) / 1000;
  } catch (error) {
    throw new Error(
      `The save-for-offline measurement on ${dist} (${locale}) failed: ${(error as Error).message}. Check that the home page shows "Save for offline" and that offline/save.json was built.`,
      { cause: error },
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Both languages: sizes from the save lists, and the measured time of each. */
export async function measureOfflineSaves(dist: string, locales: readonly Locale[] = ['en', 'es']): Promise<OfflineSave[]> {
  const saves: OfflineSave[] = [];
  for (const locale of locales) saves.push({ ...saveSizes(readSaveList(dist, locale)), seconds: await timeSave(dist, locale) });
  return saves;
}
