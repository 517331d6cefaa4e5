/**
 * Quality gates. Each gate looks at a built site (ours in dist/, or the deliberately broken pages
 * in tests/fixtures/broken-site/) and returns its problems as readable lines: an empty list
 * passes. The gate tests run them on dist/; tests/browser/gates-fail.test.ts proves each can fail.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { pageType, type PageType } from '../../scripts/lib/page-types.ts';
import { files, htmlFiles, loadedCode, sitePath } from '../../src/lib/html.ts';
import { isRootRelative, isUnderBase, normalizeBase, pageUrl, stripBase, ROOT_LOCALE, splitLocale } from '../../src/lib/urls.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every HTML page under `root`, as a site path ("/modules/x/", "/404.html"). */
export function pagesIn(root: string): string[] {
  return htmlFiles(root)
    .map((file) => sitePath(root, file))
    .sort();
}

/** The file behind a site path. */
export function fileOf(root: string, path: string): string {
  return join(root, path.endsWith('.html') ? path : `${path}index.html`);
}

// ─── axe-core ────────────────────────────────────────────────────────────────────────────────

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * axe-core (WCAG 2.0–2.2 A/AA and best practices) on the page at `url`, in a theme. Axe is injected
 * through the DevTools protocol, so the page's Content-Security-Policy stays in force.
 */
/**
 * The axe rules that depend on the colours alone: what a second theme can break. The light theme
 * runs every rule; the dark one, these (the markup, names and structure are the same).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

export async function axeProblems(page: Page, url: string, theme: 'light' | 'dark', rules?: readonly string[]): Promise<string[]> {
  await page.goto(url);
  await page.evaluate((t) => {
    localStorage.setItem('starlight-theme', t);
    document.documentElement.dataset['theme'] = t;
  }, theme);
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (only) =>
      (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe.run(document, {
        runOnly: only,
      }),
    rules === undefined ? ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] : { type: 'rule', values: [...rules] },
  );
  const path = new URL(url).pathname;
  return result.violations.map(
    (v) =>
      `${path} (${theme}): ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

// ─── html-validate ───────────────────────────────────────────────────────────────────────────

/**
 * html-validate's `standard` preset (the HTML standard: content models, duplicate ids, ARIA use,
 * attribute values) plus duplicate classes. Style rules of its `recommended` preset that only
 * restate Astro's output style (self-closing void elements, `type` on Starlight's buttons) are
 * left out.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: { 'no-dup-class': 'error' },
});

export async function htmlProblems(root: string, pages: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of pages) {
    const report = await validator.validateFile(fileOf(root, path));
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column}: ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
  }
  return problems;
}

// ─── links and anchors ───────────────────────────────────────────────────────────────────────

const ids = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    const html = readFileSync(file, 'utf8');
    set = new Set([...html.matchAll(/\sid="([^"]+)"/g), ...html.matchAll(/<a\s[^>]*name="([^"]+)"/g)].map(([, id]) => id!));
    ids.set(file, set);
  }
  return set;
}

export interface LinkCheckOptions {
  /** The base the site was built under ("/curriculum-site/"); the files in `root` sit below it. */
  base?: string;
  /** Targets (site paths, base removed) the build leaves to a later step, such as the PDFs. */
  skip?: (path: string) => boolean;
}

const EXTERNAL = /^(https?:|mailto:|tel:|data:|javascript:)/;

/**
 * Internal links (href and src) that point at no built file, outside the base, or at `#anchors`
 * that no element carries. Pages are site paths without the base, as `pagesIn` lists them.
 */
export function linkProblems(root: string, pages: string[], { base = '/', skip = () => false }: LinkCheckOptions = {}): string[] {
  ids.clear();
  const problems: string[] = [];
  for (const path of pages) {
    const file = fileOf(root, path);
    const html = readFileSync(file, 'utf8');
    for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const target = (raw ?? '').replace(/&amp;/g, '&');
      if (EXTERNAL.test(target) || target === '') continue;
      const url = new URL(target, new URL(pageUrl(path, { base }), 'http://site.invalid/'));
      if (url.host !== 'site.invalid') continue;
      if (!isUnderBase(url.pathname, base)) {
        problems.push(`${path}: ${attr}="${target}" points at ${url.pathname}, outside the base ${normalizeBase(base)}`);
        continue;
      }
      const sitePathname = stripBase(url.pathname, base);
      if (skip(sitePathname)) continue;
      let targetFile = join(root, decodeURIComponent(sitePathname));
      if (existsSync(targetFile) && statSync(targetFile).isDirectory()) targetFile = join(targetFile, 'index.html');
      if (!existsSync(targetFile)) {
        problems.push(`${path}: ${attr}="${target}" points at ${url.pathname}, which the build did not write`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && anchor !== '_top' && targetFile.endsWith('.html') && !idsOf(targetFile).has(anchor)) {
        problems.push(`${path}: ${attr}="${target}" points at #${anchor}, which ${url.pathname} has no element for`);
      }
    }
  }
  return problems;
}

// ─── everything under the base ───────────────────────────────────────────────────────────────

/** Every URL a page or stylesheet makes the browser follow or fetch, as written. */
function urlsIn(text: string): { kind: string; value: string }[] {
  const found: { kind: string; value: string }[] = [];
  const attr = (value: string) =>
    value
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"');
  for (const [, name, raw] of text.matchAll(/\s(href|src|action|poster|data|formaction)="([^"]*)"/g))
    found.push({ kind: name!, value: attr(raw ?? '') });
  for (const [, raw] of text.matchAll(/\s(?:srcset|imagesrcset)="([^"]*)"/g))
    for (const candidate of attr(raw ?? '').split(','))
      if (candidate.trim()) found.push({ kind: 'srcset', value: candidate.trim().split(/\s+/)[0]! });
  for (const [, , raw] of text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) found.push({ kind: 'url()', value: attr(raw ?? '') });
  return found;
}

/**
 * Root-relative `href`, `src`, `srcset`, `action` and CSS `url()` values, in the pages and in every
 * stylesheet of `root`, that point outside `base`. On a site built with `--base /x/` every one of
 * them would be a broken link or a missing asset on the host.
 */
export function outsideBaseProblems(root: string, pages: string[], base: string): string[] {
  const problems: string[] = [];
  const check = (where: string, text: string) => {
    for (const { kind, value } of urlsIn(text))
      if (isRootRelative(value) && !isUnderBase(value, base))
        problems.push(`${where}: ${kind} "${value}" is outside the base ${normalizeBase(base)}`);
  };
  for (const path of pages) check(path, readFileSync(fileOf(root, path), 'utf8'));
  for (const file of files(root).filter((f) => f.endsWith('.css'))) check(`/${relative(root, file)}`, readFileSync(file, 'utf8'));
  return problems;
}

// ─── requests and Content-Security-Policy ────────────────────────────────────────────────────

/**
 * Records every request to a host other than the site's own, and every Content-Security-Policy
 * violation, from the moment it is attached. Requests elsewhere are aborted (tests never touch
 * the network). Read the lists at the end.
 */
export async function watchPage(page: Page, siteUrl: string): Promise<{ thirdParty: string[]; csp: string[] }> {
  const own = new URL(siteUrl).host;
  const found = { thirdParty: [] as string[], csp: [] as string[] };
  await page.route(
    (url) => /^https?:$/.test(url.protocol) && url.host !== own,
    async (route) => {
      found.thirdParty.push(`${new URL(page.url()).pathname} → ${route.request().url()}`);
      await route.abort();
    },
  );
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) found.csp.push(`${new URL(page.url()).pathname}: ${text}`);
  });
  return found;
}

// ─── readable without JavaScript ─────────────────────────────────────────────────────────────

/** What a page must show with JavaScript off, by page type, beyond a title and real text. */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/;
const NEEDS_CLOCK_TIMES: PageType[] = ['facilitator', 'schedule', 'run', 'print-pack'];

/**
 * Loads the page with JavaScript disabled (the `page` must come from such a context) and checks
 * that its main content is there: a heading, at least 60 words of visible text, clock times on
 * agendas and schedules, and every link that `expectLinks` lists (case lists, activity lists).
 */
export async function noScriptProblems(page: Page, url: string, expectLinks: string[] = []): Promise<string[]> {
  const path = new URL(url).pathname;
  await page.goto(url);
  const main = page.locator('main').first();
  if ((await main.count()) === 0) return [`${path}: expected a <main> element without JavaScript; found none`];
  const text = (await main.innerText()).replace(/\s+/g, ' ').trim();
  const problems: string[] = [];
  const heading = (
    await page
      .locator('h1')
      .first()
      .innerText()
      .catch(() => '')
  ).trim();
  if (!heading) problems.push(`${path}: expected a visible <h1> without JavaScript; found none`);
  const words = text.split(' ').filter(Boolean).length;
  if (words < 60) problems.push(`${path}: expected at least 60 words of main content without JavaScript; found ${words}`);
  if (NEEDS_CLOCK_TIMES.includes(pageType(path)) && !CLOCK_TIME.test(text))
    problems.push(`${path}: expected an agenda with clock times (e.g. 09:00) without JavaScript; found none`);
  const links = new Set(await main.locator('a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
  for (const link of expectLinks)
    if (!links.has(link)) problems.push(`${path}: expected a visible link to ${link} without JavaScript; found none`);
  return problems;
}

// ─── size budgets ────────────────────────────────────────────────────────────────────────────

export interface Budget {
  /** Gzipped HTML of one page. */
  html: number;
  /** Gzipped JavaScript the page loads up front: module scripts, their imports, inline scripts. */
  js: number;
  /** Gzipped CSS the page links or carries inline. */
  css: number;
}

const gz = (data: string | Buffer) => gzipSync(data).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** What one page weighs, gzipped, as `npm run bench` measures it (src/lib/html.ts `loadedCode`). */
export function pageWeight(root: string, path: string): Budget {
  const html = readFileSync(fileOf(root, path), 'utf8');
  const code = loadedCode(root, html);
  const inline = (texts: string[]) => (texts.length > 0 ? gz(texts.join('\n')) : 0);
  return {
    html: gz(html),
    js: code.scriptFiles.reduce((s, f) => s + gz(f.bytes), 0) + inline(code.inlineScripts),
    css: code.styleFiles.reduce((s, f) => s + gz(f.bytes), 0) + inline(code.inlineStyles),
  };
}

/** What a page may weigh, per page type, with the exceptions a few pages need. */
export interface BudgetTable {
  byType: Record<PageType, Budget>;
  /** Pages with a budget of their own, by English path (`/glossary/`): the parts they change. */
  byPage?: Readonly<Record<string, Partial<Budget>>>;
  /** The HTML of a translated page (`/es/…`) may be this many times its English budget: the same content in longer words. */
  translatedHtml?: number;
}

/** The budget of one page: its type's, its own where it has one, and the translation's allowance. */
export function budgetOf(path: string, table: BudgetTable): Budget {
  const { locale, path: english } = splitLocale(path);
  const budget = { ...table.byType[pageType(path)], ...table.byPage?.[english] };
  return locale === ROOT_LOCALE ? budget : { ...budget, html: budget.html * (table.translatedHtml ?? 1) };
}

/** Pages over their budget (gzip bytes). */
export function budgetProblems(root: string, pages: string[], budgets: Record<PageType, Budget> | BudgetTable): string[] {
  const table: BudgetTable = 'byType' in budgets ? budgets : { byType: budgets as Record<PageType, Budget> };
  const problems: string[] = [];
  for (const path of pages) {
    const type = pageType(path);
    const weight = pageWeight(root, path);
    const budget = budgetOf(path, table);
    for (const part of ['html', 'js', 'css'] as const) {
      if (weight[part] > budget[part])
        problems.push(`${path} (${type}): ${part} is ${kib(weight[part])} gzip; the budget is ${kib(budget[part])}`);
    }
  }
  return problems;
}

// ─── printing ────────────────────────────────────────────────────────────────────────────────

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Table rows that a printed document cuts in two: a row is whole when one printed page holds all
 * of its text. `pages` is the text of each printed page, `rows` the text of each agenda row.
 */
export function cutRows(pages: string[], rows: string[]): string[] {
  const printed = pages.map(squash);
  return rows.filter((row) => squash(row) !== '' && !printed.some((p) => p.includes(squash(row))));
}

/** Site chrome that must not print: the header, both sidebars, the table of contents and search. */
export async function printedChrome(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const visible = await page.evaluate(() =>
    [
      'header.header',
      '#starlight__sidebar',
      'nav.sidebar',
      '.right-sidebar',
      'mobile-starlight-toc',
      'site-search',
      'starlight-menu-button',
    ]
      .flatMap((selector) => [...document.querySelectorAll<HTMLElement>(selector)].map((el) => ({ selector, el })))
      .filter(({ el }) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map(({ selector }) => selector),
  );
  await page.emulateMedia({ media: null });
  return [...new Set(visible)];
}

// ─── keyboard ────────────────────────────────────────────────────────────────────────────────

/**
 * Presses Tab until the element matching `selector` has focus. Returns null when it got there with
 * a visible focus indicator, or what went wrong.
 */
export async function tabTo(page: Page, selector: string, maxPresses = 40): Promise<string | null> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      const indicator = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as HTMLElement);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      });
      return indicator ? null : `${selector}: reached with Tab, but it shows no focus indicator (no outline)`;
    }
  }
  return `${selector}: not reached after ${maxPresses} presses of Tab`;
}

// ─── npm audit ───────────────────────────────────────────────────────────────────────────────

interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable?: unknown }>;
}

/** High and critical advisories in `npm audit --json` output. */
export function auditProblems(report: AuditReport): string[] {
  return Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => {
      const titles = v.via.flatMap((via) => (typeof via === 'object' && via && 'title' in via ? [String(via.title)] : []));
      return `${name}: ${v.severity}${titles.length ? ` — ${titles.join('; ')}` : ''}. Fix: npm audit fix, or upgrade ${name}.`;
    });
}
