/** Gates over the whole built site: valid HTML, working links and anchors, content without JavaScript, size budgets. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_TABLE } from '../support/budgets.ts';
import { budgetProblems, htmlProblems, linkProblems, noScriptProblems, watchPage } from '../support/gates.ts';
import { builtCurriculum, builtHtml, builtPages, openSite, scanPages, SCAN_WORKERS, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

const pages = builtPages();
const curriculum = builtCurriculum();

describe('the built site', () => {
  it('is valid HTML on every page (html-validate, standard preset)', async () => {
    await expect(htmlProblems('dist', pages)).resolves.toEqual([]);
  });

  it('has no broken internal link or anchor on any page', () => {
    expect(linkProblems('dist', pages)).toEqual([]);
  });

  it(
    'reads without JavaScript on every page: content, agendas with clock times, and complete lists',
    { timeout: 60_000 + pages.length * 2_000 },
    async () => {
      const browserPages = await Promise.all(Array.from({ length: SCAN_WORKERS }, () => site.newPage({ javaScript: false })));
      const lists: Record<string, string[]> = {
        '/curriculum/': curriculum.modules.map((m) => m.url),
        '/cases/': curriculum.caseStudies.map((c) => c.url),
        '/activities/': curriculum.activities.map((a) => a.url),
        '/practices/': curriculum.practices.map((p) => p.url),
      };
      const problems = await scanPages(pages, browserPages, (page, path) => noScriptProblems(page, site.url(path), lists[path]));
      for (const page of browserPages) await page.context().close();
      expect(problems.flat()).toEqual([]);
    },
  );

  it('keeps every page within its page type’s size budget', () => {
    expect(budgetProblems('dist', pages, BUDGET_TABLE)).toEqual([]);
  });

  it('ships a strict Content-Security-Policy in every page and in _headers, and the server sends it', async () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(headers).not.toContain('unsafe-inline');
    expect(headers).toContain("frame-ancestors 'none'");
    const late = pages.filter((p) => {
      const html = builtHtml(p);
      const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
      return !charset || Buffer.byteLength(html.slice(0, charset.index + charset[0].length)) > 1024;
    });
    expect(late, 'pages whose <meta charset> is not in the first 1024 bytes').toEqual([]);
    const missing = pages.filter(
      (p) =>
        !readFileSync(`dist${p.endsWith('.html') ? p : `${p}index.html`}`, 'utf8').includes('<meta http-equiv="content-security-policy"'),
    );
    expect(missing).toEqual([]);
    const response = await fetch(site.url('/'));
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('runs search, run mode, the builder and the finder under the policy without a violation', async () => {
    const page = await site.newPage();
    const watched = await watchPage(page, site.server.url);
    await page.goto(site.url('/modules/public-narrative/'));
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('#starlight__search input.pagefind-ui__search-input').fill('one-on-one');
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    await page.goto(site.url('/search/?q=meeting'));
    await page.locator('[data-results] li').first().waitFor({ timeout: 15_000 });
    await page.goto(site.url('/modules/public-narrative/run/'));
    await page.keyboard.press('Space');
    await page.goto(site.url('/schedules/builder/'));
    await page.locator('select, input').first().focus();
    await page.goto(site.url('/activities/?q=map'));
    await page.goto(site.url('/programs/evaluation/'));
    // The self-assessment's script ran under the policy: it shows its summary.
    await page.locator('[data-self-assessment] [data-summary-box]').waitFor();
    await expect.poll(() => page.locator('[data-self-assessment] [data-summary]').innerText()).not.toBe('');
    await page.context().close();
    expect(watched.csp).toEqual([]);
    expect(watched.thirdParty).toEqual([]);
  });
});
