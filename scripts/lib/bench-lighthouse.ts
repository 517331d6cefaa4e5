/**
 * Lighthouse (mobile defaults: emulated phone, simulated slow 4G and CPU) on built pages served
 * locally. Runs pages one after the other in one Chromium (Debian's, via chrome-launcher, which
 * ships with Lighthouse); bench-parse.ts reads each result.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CATEGORIES, summarizeLighthouse, type LighthouseResult } from './bench-parse.ts';
import { CHROMIUM_PATH } from './browser.ts';

/**
 * Runs Lighthouse on each page (`origin` + path) in turn. `onResult` is called after each page,
 * so progress shows as it goes.
 */
export async function runLighthouse(
  pages: { label: string; origin: string; path: string }[],
  onResult: (result: LighthouseResult) => void = () => {},
): Promise<LighthouseResult[]> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" (or set CHROMIUM_PATH), or skip this step with --no-lighthouse.`,
    );
  }
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      const url = new URL(page.path, page.origin).href;
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run)
        throw new Error(
          `Lighthouse returned nothing for ${url}. Run it by hand to see why (npx lighthouse ${url}), or skip it with --no-lighthouse.`,
        );
      const lhr = run.lhr;
      if (lhr.runtimeError)
        throw new Error(
          `Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}. Check that the page exists in the build, or skip Lighthouse with --no-lighthouse.`,
        );
      const result = summarizeLighthouse(lhr, page.label, page.path);
      results.push(result);
      onResult(result);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
