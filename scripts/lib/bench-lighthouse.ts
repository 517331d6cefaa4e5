/**
 * Lighthouse (mobile defaults: emulated phone, simulated slow 4G and CPU) on built pages served
 * locally. Runs pages one after the other in one Chromium (Debian's, via chrome-launcher, which
 * ships with Lighthouse); reports the four category scores and every audit that cost points.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_PATH } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailedAudit {
  category: Category;
  id: string;
  title: string;
  /** 0–1; null for audits that report an error instead of a score. */
  score: number | null;
  /** Lighthouse's one-line summary (a metric value, or how many elements fail). */
  displayValue?: string;
}

export interface LighthouseResult {
  label: string;
  path: string;
  /** Category scores, 0–100. */
  scores: Record<Category, number>;
  /** Audits that cost points in a category scoring below 100. */
  failed: FailedAudit[];
  /** Audits scoring below 1 in a category that still rounds to 100 (e.g. a metric at 0.99). */
  nearMisses: FailedAudit[];
  /** Core metrics from the performance category, in milliseconds (CLS unitless). */
  metrics: Record<string, number>;
  warnings: string[];
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

function imperfectAudits(lhr: Result): FailedAudit[] {
  const failed: FailedAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0) continue;
      if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual')
        continue;
      if (audit.score !== null && audit.score >= 1) continue;
      failed.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  return failed;
}

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
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<
        Category,
        number
      >;
      const metrics = Object.fromEntries(
        METRICS.flatMap((id) => {
          const value = lhr.audits[id]?.numericValue;
          return value === undefined ? [] : [[id, Math.round(value * 1000) / 1000]];
        }),
      );
      const imperfect = imperfectAudits(lhr);
      const result: LighthouseResult = {
        label: page.label,
        path: page.path,
        scores,
        failed: imperfect.filter((a) => scores[a.category] < 100),
        nearMisses: imperfect.filter((a) => scores[a.category] >= 100),
        metrics,
        warnings: lhr.runWarnings,
      };
      results.push(result);
      onResult(result);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
