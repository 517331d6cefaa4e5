/**
 * Every gate can fail: each runs on tests/fixtures/broken-site/, where each page carries one
 * deliberate mistake, and must report exactly that mistake (and nothing on the correct page).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { BUDGETS } from '../support/budgets.ts';
import {
  auditProblems,
  axeProblems,
  budgetProblems,
  cutRows,
  htmlProblems,
  linkProblems,
  noScriptProblems,
  printedChrome,
  tabTo,
  watchPage,
  COLOUR_RULES,
} from '../support/gates.ts';

const root = 'tests/fixtures/broken-site';
let server: RunningServer;
let browser: Browser;
const url = (path: string) => new URL(path.slice(1), server.url).href;

beforeAll(async () => {
  server = await startServer({ root });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function newPage(javaScript = true) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  return context.newPage();
}

describe('each gate fails on a broken page', () => {
  it('axe-core reports an image without a text alternative', async () => {
    const page = await newPage();
    const problems = await axeProblems(page, url('/axe/'), 'light');
    expect(problems).toEqual(['/axe/ (light): image-alt (critical) Images must have alternative text — img']);
    await expect(axeProblems(page, url('/'), 'light')).resolves.toEqual([]);
    await page.context().close();
  });

  it('axe-core in the dark theme reports text that only the dark theme makes unreadable', async () => {
    const page = await newPage();
    await expect(axeProblems(page, url('/dark/'), 'light')).resolves.toEqual([]);
    await expect(axeProblems(page, url('/dark/'), 'dark')).resolves.toEqual([
      '/dark/ (dark): color-contrast (serious) Elements must meet minimum color contrast ratio thresholds — .faint',
    ]);
    // The site-wide dark scan runs the colour rules only; they catch it too.
    await expect(axeProblems(page, url('/dark/'), 'dark', COLOUR_RULES)).resolves.toEqual([
      '/dark/ (dark): color-contrast (serious) Elements must meet minimum color contrast ratio thresholds — .faint',
    ]);
    await page.context().close();
  });

  it('html-validate reports a duplicate id', async () => {
    await expect(htmlProblems(root, ['/invalid/'])).resolves.toEqual([
      '/invalid/:14:14: no-dup-id: Duplicate ID "twice" (html > body > main > p:nth-child(4))',
    ]);
    await expect(htmlProblems(root, ['/'])).resolves.toEqual([]);
  });

  it('the link check reports a missing page and a missing anchor', () => {
    expect(linkProblems(root, ['/links/'])).toEqual([
      '/links/: href="/missing/" points at /missing/, which the build did not write',
      '/links/: href="/#nowhere" points at #nowhere, which / has no element for',
    ]);
    expect(linkProblems(root, ['/'])).toEqual([]);
  });

  it('the no-JavaScript check reports a page whose content only a script writes', async () => {
    const page = await newPage(false);
    await expect(noScriptProblems(page, url('/needs-js/'))).resolves.toEqual([
      '/needs-js/: expected at least 60 words of main content without JavaScript; found 4',
    ]);
    await expect(noScriptProblems(page, url('/'), ['/axe/', '/not-linked/'])).resolves.toEqual([
      '/: expected a visible link to /not-linked/ without JavaScript; found none',
    ]);
    await page.context().close();
  });

  it('the request watch reports a font from another host', async () => {
    const page = await newPage();
    const found = await watchPage(page, server.url);
    await page.goto(url('/'));
    expect(found.thirdParty).toEqual([]);
    await page.goto(url('/third-party/'));
    expect(found.thirdParty).toEqual(['/third-party/ → https://fonts.example.com/css?family=Some+Font']);
    await page.context().close();
  });

  it('the policy watch reports an inline script the Content-Security-Policy blocks', async () => {
    const page = await newPage();
    const found = await watchPage(page, server.url);
    await page.goto(url('/csp/'));
    await expect(page.evaluate(() => document.body.dataset['ran'])).resolves.toBeUndefined();
    expect(found.csp).toHaveLength(1);
    expect(found.csp[0]).toMatch(
      /^\/csp\/: Executing inline script violates the following Content Security Policy directive 'default-src 'self''/,
    );
    await page.context().close();
  });

  it('the size budget reports a page over its budget', () => {
    expect(budgetProblems(root, ['/heavy/', '/'], BUDGETS)).toEqual([
      expect.stringMatching(/^\/heavy\/ \(index\): html is \d+\.\d KiB gzip; the budget is 17\.0 KiB$/),
    ]);
  });

  it('the print check reports visible site chrome and a table row cut across pages', async () => {
    const page = await newPage();
    await page.goto(url('/print/'));
    await expect(printedChrome(page)).resolves.toEqual(['header.header']);
    const rows = await page.locator('tbody tr').allInnerTexts();
    const doc = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
    const { text } = await extractText(doc, { mergePages: false });
    expect(cutRows(text, rows)).toEqual([rows[1]]);
    expect(cutRows(text, [rows[0]!, rows[2]!])).toEqual([]);
    await page.context().close();
  });

  it('the keyboard check reports a control Tab cannot reach and a link with no focus indicator', async () => {
    const page = await newPage();
    await page.goto(url('/keyboard/'));
    await expect(tabTo(page, '#unreachable', 10)).resolves.toBe('#unreachable: not reached after 10 presses of Tab');
    await page.goto(url('/keyboard/'));
    await expect(tabTo(page, '#no-ring', 10)).resolves.toBe('#no-ring: reached with Tab, but it shows no focus indicator (no outline)');
    await page.context().close();
  });

  it('the audit check reports high and critical advisories', () => {
    const report = JSON.parse(readFileSync('tests/fixtures/npm-audit-high.json', 'utf8')) as Parameters<typeof auditProblems>[0];
    expect(auditProblems(report)).toEqual([
      'left-pad-example: critical — Prototype pollution in left-pad-example. Fix: npm audit fix, or upgrade left-pad-example.',
      'tar-example: high — Arbitrary file write in tar-example. Fix: npm audit fix, or upgrade tar-example.',
    ]);
  });
});
