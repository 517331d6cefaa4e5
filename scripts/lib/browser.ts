/** Launches the machine's Chromium (Debian's `chromium` package) for tests and scripts. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Chromium 150 gives each navigation a new document host ("RenderDocument"), and that new
 * document does not take over the offline state Playwright's `context.setOffline(true)` emulates:
 * the page loads from the service worker with no network, yet `navigator.onLine` says true and
 * no `offline` event fires. Tests that switch the network off launch with RenderDocument off, so
 * the emulated browser behaves as a real one does when its network is gone.
 */
const OFFLINE_EMULATION = ['--disable-features=RenderDocument'];

export async function launchBrowser({ emulateOffline = false }: { emulateOffline?: boolean } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" (or set CHROMIUM_PATH), then run again.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(emulateOffline ? OFFLINE_EMULATION : []),
    ],
  });
}
