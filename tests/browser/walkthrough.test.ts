/**
 * A trainer's and a participant's walk through the built site in real Chromium:
 * home → module → agenda → facilitator page → activity → case study → search.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatDuration } from '../../src/lib/agenda.ts';
import { englishDuration } from '../../src/lib/labels.ts';
import { builtCurriculum, builtHtml, openSite, type Site } from '../support/site.ts';
import { parseContent, readContent } from '../support/content-harness.ts';

let site: Site;
let page: Page;
const curriculum = builtCurriculum();
const module = curriculum.modules.find((m) => m.kind === 'module' && m.caseStudies.length > 0 && m.agenda.some((i) => i.activity))!;

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage();
});
afterAll(async () => site.close());

describe('a participant and a trainer walk the site', () => {
  it('home says what the training is, its hours, and where each reader starts', async () => {
    await page.goto(site.url('/'));
    await expect(page.title()).resolves.toContain('Distributed organizing');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/\d+(\.\d)?-hour hands-on training/);
    for (const heading of ['If you are a trainer', 'If you are taking part', 'If you lead an organization'])
      expect(text).toContain(heading);
  });

  it('walks from the home page to a module whose agenda shows every item with its minutes', async () => {
    await page.goto(site.url('/'));
    // The home page numbers the sessions as the sidebar does ("6. Structure and teams").
    const title = module.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await page
      .getByRole('link', { name: new RegExp(`^(\\d+\\. )?${title}$`) })
      .first()
      .click();
    await page.waitForURL(`**${module.url}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(module.title);
    const rows = page.locator('[data-agenda] tbody tr');
    await expect(rows.count()).resolves.toBe(module.agenda.length);
    for (const [i, item] of module.agenda.entries()) {
      const row = rows.nth(i);
      await expect(row.innerText()).resolves.toContain(item.title);
      await expect(row.locator('[data-duration]').innerText()).resolves.toBe(formatDuration(item.minutes, englishDuration));
    }
    await expect(page.locator('[data-agenda] tfoot').innerText()).resolves.toContain(formatDuration(module.minutes, englishDuration));
  });

  it('opens the facilitator page with clock times from 09:00 and notes for every item', async () => {
    await page.getByRole('link', { name: 'Open the facilitator page' }).click();
    await page.waitForURL(`**${module.facilitatorUrl}`);
    const starts = await page.locator('[data-run-of-show] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-start')));
    let clock = 9 * 60;
    const expected = module.agenda.map((item) => {
      const start = `${String(Math.floor(clock / 60)).padStart(2, '0')}:${String(clock % 60).padStart(2, '0')}`;
      clock += item.minutes;
      return start;
    });
    expect(starts).toEqual(expected);
    await expect(page.locator('[data-run-of-show] caption').textContent()).resolves.toBe('Run of show with clock times from 09:00');
    await expect(page.locator('[data-facilitator-notes]').count()).resolves.toBe(module.agenda.length);
    await expect(page.locator('[data-facilitator-notes]').first().innerText()).resolves.toContain('What to say:');
  });

  it('keeps every facilitator note off every participant page', () => {
    const { input } = parseContent(readContent(join(process.cwd(), 'content')));
    expect(input.modules.length).toBe(curriculum.modules.length);
    for (const entry of input.modules) {
      const participant = builtHtml(`/modules/${entry.id}/`);
      expect(participant).not.toContain('data-facilitator-notes');
      for (const item of entry.data.agenda) {
        const say = item.facilitator.say.slice(0, 60).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
        expect(participant, `${entry.id}: "${item.title}" notes leaked`).not.toContain(say);
      }
    }
  });

  it('opens an activity with the full template and its worksheet', async () => {
    const activityId = module.agenda.find((i) => i.activity)!.activity!;
    const activity = curriculum.activities.find((a) => a.id === activityId)!;
    await page.goto(site.url(module.url));
    await page.locator('[data-agenda]').getByRole('link', { name: activity.title }).first().click();
    await page.waitForURL(`**${activity.url}`);
    const headings = await page.locator('main h2').allInnerTexts();
    for (const h of [
      'Purpose',
      'What the group keeps',
      'Space and materials',
      'Steps',
      'Debrief questions',
      'Variations',
      'Tips and traps',
    ]) {
      expect(
        headings.some((text) => text.startsWith(h)),
        h,
      ).toBe(true);
    }
    await expect(page.locator('ol.steps > li').count()).resolves.toBe(activity.steps.length);
    await page.getByRole('link', { name: /Print the worksheet/ }).click();
    await page.waitForURL(`**${activity.worksheetUrl}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(`Worksheet: ${activity.artifact.name}`);
  });

  it('opens a case study with its kind badge and sources', async () => {
    const study = curriculum.caseStudies.find((c) => c.id === module.caseStudies[0])!;
    await page.goto(site.url(module.url));
    await page.locator('#case-studies ~ ul').first().getByRole('link', { name: study.title }).click();
    await page.waitForURL(`**${study.url}`);
    await expect(page.locator('[data-case-kind]').innerText()).resolves.toBe(
      study.kind === 'documented' ? 'Documented case' : 'Composite case',
    );
    if (study.kind === 'documented') await expect(page.locator('ol.sources li').count()).resolves.toBe(study.sources.length);
    else await expect(page.locator('.composite-note').innerText()).resolves.toContain('This is a composite case');
    await expect(page.locator('#used-in ~ ul').first().innerText()).resolves.toContain(module.title);
  });

  it('finds a module from the search box', async () => {
    await page.goto(site.url('/'));
    await page.locator('site-search button[data-open-modal]').click();
    const narrative = curriculum.modules.find((m) => m.url.endsWith('/public-narrative/'))!;
    await page.locator('#starlight__search input.pagefind-ui__search-input').fill(narrative.title);
    // Pagefind draws each result's frame before its title has loaded: wait for the module's titled link itself.
    const link = page.locator(`#starlight__search .pagefind-ui__result-link[href$="${narrative.url}"]`).first();
    await link.waitFor({ timeout: 15_000 });
    await expect(link.innerText()).resolves.toBe(narrative.title);
    await link.click();
    await page.waitForURL(`**${narrative.url}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(narrative.title);
  });

  it('serves the facilitator page readably without JavaScript', async () => {
    const noJs = await site.newPage({ javaScript: false });
    await noJs.goto(site.url(module.facilitatorUrl));
    await expect(noJs.locator('[data-facilitator-notes]').count()).resolves.toBe(module.agenda.length);
    await noJs.context().close();
  });
});
