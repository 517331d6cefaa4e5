/**
 * The site deployed under a path, as on a GitHub Pages project site: `npm test` builds it a second
 * time with `astro build --base /curriculum-site/ --outDir dist-base` (without the PDFs), and these
 * tests hold that build to the link and asset gate and load its page types, client tools included,
 * served only under the base.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGE_TYPE_SPECS } from '../../src/lib/page-types.ts';
import { isUnderBase, pageUrl, paths, toolPaths, splitLocale } from '../../src/lib/urls.ts';
import { linkProblems, outsideBaseProblems } from '../support/gates.ts';
import { BASE_BUILD, builtHtml, builtPages, openSite, type Site } from '../support/site.ts';

const { root, base } = BASE_BUILD;
if (!existsSync(root))
  throw new Error(`No build under a base in ${root}/. Run "npx astro build --base ${base} --outDir ${root}" first (npm test does).`);

const pages = builtPages(root);
/** The PDFs are printed from dist/ only (scripts/pdf.ts); everything else must be in the base build. */
const isPdf = (path: string) => splitLocale(path).path.startsWith('/pdf/') && path.endsWith('.pdf');

describe(`the site built under ${base}`, () => {
  it('writes every page, and the example page of every page type', () => {
    expect(pages).toEqual(builtPages());
    for (const spec of PAGE_TYPE_SPECS) expect(pages).toContain(spec.example);
  });

  it('has no href, src, srcset, action or CSS url() outside the base', () => {
    expect(outsideBaseProblems(root, pages, base)).toEqual([]);
  });

  it('has no internal link that the build did not write', () => {
    expect(linkProblems(root, pages, { base, skip: isPdf })).toEqual([]);
  });

  it('puts the base in front of glossary links and links written in content bodies', () => {
    const program = builtHtml(paths.program('follow-up-coaching'), root);
    expect(program).toContain(`href="${pageUrl(paths.coachingCall('call-1'), { base })}"`);
    expect(program).toMatch(new RegExp(`<a href="${base}glossary/#[a-z-]+" class="term-link">`));
  });
});

describe(`the site served under ${base} in Chromium`, () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite({ root, base });
  });
  afterAll(async () => site.close());

  /**
   * Every request that failed or answered with an error while `run` drove the page. A request the
   * browser itself cancelled because the test navigated on (`net::ERR_ABORTED`) is no failure; a
   * missing file shows as its 404.
   */
  async function failedRequests(page: Page, run: () => Promise<void>): Promise<string[]> {
    const failed: string[] = [];
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? 'failed';
      if (error !== 'net::ERR_ABORTED') failed.push(`${request.url()} (${error})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
    });
    await run();
    return failed;
  }

  it.each(PAGE_TYPE_SPECS.map((spec) => [spec.name, spec.example] as const))(
    'loads the %s page (%s) with every request inside the base',
    async (_, path) => {
      const page = await site.newPage();
      const failed = await failedRequests(page, async () => {
        await page.goto(site.url(path), { waitUntil: 'networkidle' });
      });
      expect(failed).toEqual([]);
      expect(new URL(page.url()).pathname).toBe(new URL(site.url(path)).pathname);
      await page.context().close();
    },
  );

  it('searches with the Pagefind index of the base build and opens a result under the base', async () => {
    const page = await site.newPage();
    const failed = await failedRequests(page, async () => {
      await page.goto(site.url('/search/?q=coaching'));
      const first = page.locator('[data-results] li a').first();
      await first.waitFor();
      const target = await first.getAttribute('href');
      expect(isUnderBase(target ?? '', base)).toBe(true);
      await first.click();
      // A result opens at its best-matching section: the path is the page, the fragment the section.
      await page.waitForURL((url) => url.pathname === (target ?? '').split('#')[0]);
    });
    expect(failed).toEqual([]);
    await page.context().close();
  });

  it('opens the run mode of a built schedule from the builder, and its notes link, under the base', async () => {
    const page = await site.newPage({ width: 1920, height: 1080 });
    const failed = await failedRequests(page, async () => {
      await page.goto(site.url(`${toolPaths.builder()}?format=two-day`), { waitUntil: 'networkidle' });
      const share = await page.locator('[data-share]').getAttribute('href');
      expect(isUnderBase(share ?? '', base)).toBe(true);
      const run = page.locator('[data-sessions] a[href*="/run/"]').first();
      const runHref = (await run.getAttribute('href')) ?? '';
      expect(isUnderBase(runHref, base)).toBe(true);
      await run.click();
      await page.waitForURL((url) => url.pathname.startsWith(`${base}schedules/run/`));
      // The notes open beside the controls; their link to the facilitator page opens in a new tab.
      await page.locator('[data-action="notes"]').click();
      const notes = page.locator('[data-notes-link]');
      await expect.poll(async () => (await notes.getAttribute('href')) ?? '').not.toBe('');
      const notesHref = (await notes.getAttribute('href')) ?? '';
      expect(isUnderBase(notesHref, base)).toBe(true);
      const tab = await page.context().newPage();
      const response = await tab.goto(new URL(notesHref, page.url()).href);
      expect(response?.status()).toBe(200);
      await tab.close();
    });
    expect(failed).toEqual([]);
    await page.context().close();
  });

  it('asked for nothing outside the base', () => {
    expect(site.outsideBase).toEqual([]);
  });
});
