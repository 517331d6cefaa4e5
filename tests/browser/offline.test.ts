/**
 * The service worker (issue 17) in real Chromium, with the network switched off by the context's
 * offline mode: pages a reader opened reopen, an unsaved page gives the offline page of its
 * language with what is saved, the offline indicator, search offline, the manifests, the base
 * build, and an update that waits for the reader (a second build of the worker over a copy of the
 * site, with one page changed).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { writeServiceWorker } from '../../src/integrations/offline.ts';
import { writeSaveLists } from '../../src/integrations/save-lists.ts';
import { paths, toolPaths, type Locale } from '../../src/lib/urls.ts';
import { startServer } from '../../scripts/lib/static-server.ts';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import es from '../../src/content/i18n/es.json' with { type: 'json' };
import { axeProblems, COLOUR_RULES, htmlProblems, noScriptProblems, watchPage } from '../support/gates.ts';
import { BASE_BUILD, openSite, type Site } from '../support/site.ts';

const words = { en, es };
let site: Site;
beforeAll(async () => {
  site = await openSite({ emulateOffline: true });
});
afterAll(async () => site.close());

/** A context whose pages the worker may control. */
const newContext = (s: Site = site) => s.browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });

/** Opens `url`, waits until the worker is active, and reloads so the worker controls the page. */
async function controlled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const h1 = async (page: Page) => ((await page.locator('main h1, h1#_top').first().textContent()) ?? '').trim();
const pageText = async (page: Page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

describe.each(['en', 'es'] as const)('offline in %s', (locale: Locale) => {
  const t = words[locale];
  const prefix = locale === 'en' ? '' : '/es';
  const visited = [paths.module('opening'), paths.caseStudy('ufw-grape-strike'), paths.glossary(), paths.search()].map(
    (p) => `${prefix}${p}`,
  );
  const unvisited = `${prefix}${paths.activity('snowflake-chart')}`;
  /** A word searched online (its part of the index kept) and one never searched (its part not saved). */
  const saved = locale === 'en' ? 'snowflake' : 'copo';
  const unsaved = 'agenda';
  let context: BrowserContext;
  let page: Page;
  const titles = new Map<string, string>();

  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
    await controlled(page, site.url(`${prefix}/`));
    for (const path of visited) {
      await page.goto(site.url(path));
      titles.set(path, await h1(page));
    }
    // A search online, so its part of the index is kept.
    await page.goto(`${site.url(`${prefix}${paths.search()}`)}?q=${saved}`);
    await page.locator('[data-results] li').first().waitFor();
    await context.setOffline(true);
  });
  afterAll(async () => context.close());

  it('reopens the pages it opened (a module, a case, the glossary, search), and shows the offline indicator', async () => {
    for (const path of visited) {
      await page.goto(site.url(path));
      expect(await h1(page), path).toBe(titles.get(path));
    }
    await page.locator('[data-offline-indicator]').waitFor({ state: 'visible' });
    await expect(page.locator('[data-offline-indicator]').textContent()).resolves.toBe(t['offline.status.offline']);
    await context.setOffline(false);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-offline-indicator]')?.hidden === true);
    await context.setOffline(true);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-offline-indicator]')?.hidden === false);
  });

  it('gives an unsaved page the offline page of its language, listing what is saved', async () => {
    await page.goto(site.url(unvisited));
    expect(await h1(page)).toBe(t['offline.page.title']);
    const text = await pageText(page);
    expect(text).toContain(t['offline.page.lead']);
    await page.locator('[data-saved-list] li').first().waitFor();
    const links = await page.locator('[data-saved-list] a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    for (const path of visited) expect(links, path).toContainEqual([path, titles.get(path)]);
    // Only this language's pages, the home page first.
    expect(links[0]?.[0]).toBe(`${prefix}/`);
    expect(links.every(([href]) => (locale === 'en' ? !href?.startsWith('/es/') : href?.startsWith('/es/')))).toBe(true);
    await page.screenshot({ path: `test-results/offline-page-${locale}.png`, fullPage: true });
  });

  it('searches saved pages offline and says so; a part of the index not saved is said, never "Nothing matches"', async () => {
    await page.goto(`${site.url(`${prefix}${paths.search()}`)}?q=${saved}`);
    await page.locator('[data-results] li').first().waitFor();
    await page.locator('#search-results [data-search-offline]').waitFor({ state: 'visible' });
    expect(await page.locator('#search-results [data-search-offline]').textContent()).toBe(t['search.offline.notice']);
    // A word whose part of the index was never fetched.
    await page.locator('input[type="search"][name="q"]').fill(unsaved);
    await expect
      .poll(async () => page.locator('[data-search-status]').textContent(), { timeout: 10_000 })
      .toBe(t['search.offline.missing']);
    expect(await page.locator('[data-search-status]').textContent()).not.toBe(t['search.page.nothing']);
  });

  it('says the same in the header search dialog', async () => {
    await page.goto(site.url(visited[0]!));
    await page.locator('site-search[data-ready]').waitFor({ state: 'attached' });
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('site-search [data-search-offline]').waitFor({ state: 'visible' });
    const box = page.locator('#starlight__search .pagefind-ui__search-input');
    await box.fill(saved);
    await page.locator('.pagefind-ui__result').first().waitFor();
    expect(await page.locator('site-search [data-search-missing]').isVisible()).toBe(false);
    await box.fill(unsaved);
    await page.locator('site-search [data-search-missing]').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('site-search [data-search-missing]').textContent()).toBe(t['search.offline.missing']);
    expect(await page.locator('.pagefind-ui__message').filter({ visible: true }).count()).toBe(0);
  });
});

describe('the offline page and the notes pass the gates', () => {
  const offlinePages = [toolPaths.offline(), `/es${toolPaths.offline()}`];

  it('html-validate, and readable without JavaScript', async () => {
    expect(await htmlProblems('dist', offlinePages)).toEqual([]);
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    // It says how to save, with the way to the home page where the save is.
    for (const path of offlinePages)
      problems.push(...(await noScriptProblems(page, site.url(path), [path.startsWith('/es/') ? '/es/' : '/'])));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('axe in both themes, offline, with the indicator showing and the list filled; no CSP violation, no other host', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'allow', bypassCSP: true });
    const page = await context.newPage();
    await controlled(page, site.url(paths.glossary()));
    await context.setOffline(true);
    const problems: string[] = [];
    for (const path of [paths.activity('snowflake-chart'), `/es${paths.activity('snowflake-chart')}`, paths.glossary()]) {
      problems.push(...(await axeProblems(page, site.url(path), 'light')));
      await page.locator('[data-offline-indicator]').waitFor({ state: 'visible' });
      problems.push(...(await axeProblems(page, site.url(path), 'dark', COLOUR_RULES)));
    }
    expect(problems).toEqual([]);
    await context.close();
    // The site's own policy, in a context that keeps it: the worker, the manifest and the offline page load under it.
    const strict = await newContext();
    const watched = await strict.newPage();
    const found = await watchPage(watched, site.url('/'));
    await controlled(watched, site.url(paths.glossary()));
    await strict.setOffline(true);
    await watched.goto(site.url(paths.activity('snowflake-chart')));
    await watched.locator('[data-saved-list] li').first().waitFor();
    expect(found).toEqual({ thirdParty: [], csp: [] });
    await strict.close();
  });
});

describe('installable', () => {
  it('has a manifest per language, linked from every page in its language', async () => {
    for (const [locale, prefix] of [
      ['en', ''],
      ['es', '/es'],
    ] as const) {
      const response = await fetch(site.url(`${prefix}${toolPaths.manifest()}`));
      expect(response.ok).toBe(true);
      const manifest = (await response.json()) as { start_url: string; scope: string; lang: string; icons: { src: string }[] };
      expect(manifest.start_url).toBe(`${prefix}/`);
      expect(manifest.lang).toBe(locale);
      for (const icon of manifest.icons) expect((await fetch(site.url(icon.src))).headers.get('content-type')).toBe('image/png');
      const html = await (await fetch(site.url(`${prefix}${paths.glossary()}`))).text();
      expect(html).toContain(`<link rel="manifest" href="${prefix}${toolPaths.manifest()}"`);
      expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"/);
    }
  });
});

describe(`the base build (${BASE_BUILD.root})`, () => {
  it(`registers ${BASE_BUILD.base}sw.js with scope ${BASE_BUILD.base} and serves the offline page under the base`, async () => {
    const based = await openSite({ ...BASE_BUILD, emulateOffline: true });
    try {
      const context = await newContext(based);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await controlled(page, based.url(paths.module('opening')));
      const registration = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.ready;
        return { scope: r.scope, script: r.active?.scriptURL };
      });
      const origin = new URL(page.url()).origin;
      expect(registration).toEqual({ scope: `${origin}${BASE_BUILD.base}`, script: `${origin}${BASE_BUILD.base}sw.js` });
      const manifest = (await page.evaluate(async (url) => (await fetch(url)).json(), `${BASE_BUILD.base}es/manifest.webmanifest`)) as {
        start_url: string;
      };
      expect(manifest.start_url).toBe(`${BASE_BUILD.base}es/`);
      await context.setOffline(true);
      await page.goto(based.url(paths.module('opening')));
      expect(await h1(page)).not.toBe(en['offline.page.title']);
      await page.goto(based.url(`/es${paths.caseStudy('ufw-grape-strike')}`));
      expect(await h1(page)).toBe(es['offline.page.title']);
      await page.locator('[data-saved-status]').filter({ hasText: es['offline.page.none'] }).waitFor();
      expect(based.outsideBase).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await based.close();
    }
  });
});

describe('an update', () => {
  it('waits for the reader: the prompt shows, a running run-mode session goes on, and the button activates the new worker', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'offline-update-'));
    cpSync('dist', copy, { recursive: true });
    const server = await startServer({ root: copy });
    try {
      const context = await site.browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const run = new URL(toolPaths.runModule('public-narrative'), server.url).href;
      await controlled(page, run);
      await page.keyboard.press('Space');
      await expect.poll(async () => page.locator('[data-action="toggle"] [data-label]').textContent()).toBe(en['runMode.pause']);
      const current = await page.locator('[data-current]').textContent();
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

      // The second build: one page changed in the copy, then the build's last two steps over it.
      const changed = join(copy, 'modules/opening/index.html');
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('</main>', '<p>Changed in the second build.</p></main>'));
      writeSaveLists(copy, '/');
      await writeServiceWorker(copy, '/');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

      await page.locator('[data-update-prompt]').waitFor({ state: 'visible', timeout: 15_000 });
      expect(await page.locator('[data-update-prompt]').innerText()).toContain(en['offline.update.ready']);
      // Nothing changed under the session: same page, same item, and its clock still counts.
      const before = await page.locator('[data-countdown]').textContent();
      await page.waitForTimeout(1_500);
      expect(await page.locator('[data-countdown]').textContent()).not.toBe(before);
      expect(await page.locator('[data-current]').textContent()).toBe(current);
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.scriptURL);
      expect(waiting).toBe(new URL('/sw.js', server.url).href);

      // The reader presses the button: the new worker takes over and the page reloads once.
      const reloaded = page.waitForEvent('load');
      await page.locator('[data-update-reload]').click();
      await reloaded;
      const state = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return {
          waiting: r?.waiting ?? null,
          active: r?.active?.state,
          notReloaded: (window as unknown as { notReloaded?: boolean }).notReloaded,
        };
      });
      expect(state).toEqual({ waiting: null, active: 'activated', notReloaded: undefined });
      await context.close();
    } finally {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
