/** axe-core on every built page, in light and dark themes: zero violations. */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, openSite, type Site } from '../support/site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let site: Site;
let page: Page;
/** Requests to any host but the local server (fonts, analytics, CDNs): there must be none. */
const thirdParty: string[] = [];

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') thirdParty.push(`${page.url()} → ${request.url()}`);
  });
});
afterAll(async () => site.close());

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

async function scan(path: string): Promise<string[]> {
  await page.goto(site.url(path));
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    }),
  );
  return result.violations.map(
    (v) =>
      `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('accessibility', () => {
  const pages = builtPages();
  it('has pages to scan', () => expect(pages.length).toBeGreaterThan(20));
  it('finds no axe-core violations on any page', async () => {
    const violations: string[] = [];
    for (const path of pages) violations.push(...(await scan(path)));
    expect(violations).toEqual([]);
  });
  it('makes no request to a third-party host on any page', () => {
    expect(thirdParty).toEqual([]);
  });
  it('finds no violations in the dark theme on the busiest pages', async () => {
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const violations: string[] = [];
    for (const path of pages.filter((p) => /facilitator|\/cases\/$|^\/$/.test(p)).slice(0, 4)) violations.push(...(await scan(path)));
    expect(violations).toEqual([]);
  });
});
