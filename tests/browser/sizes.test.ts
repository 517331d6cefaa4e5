/**
 * Interpreted rooms and group sizes in real Chromium: the schedule builder laid out for 25
 * people with consecutive interpretation, its link, tampered links, the format page's room
 * form and the facilitator page's interpreted lengths.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtHtml, openSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

const quantity = (page: Page, key: string) => page.locator(`[data-checklist] [data-material="${key}"] [data-quantity]`).innerText();
const messages = (page: Page) => page.locator('[data-messages]').innerText();
const interpretation = (page: Page) => page.locator('[data-interpretation]').innerText();
const sessionTimes = (page: Page) => page.locator('[data-sessions] [data-schedule-session] h2').allInnerTexts();

/** Sets the builder to a room of 25, half of whom need Spanish, with consecutive interpretation. */
async function interpretedRoom(page: Page) {
  await page.goto(site.url('/schedules/builder/'));
  await page.selectOption('select[name="language"]', 'consecutive');
  await page.fill('input[name="people"]', '25');
  await page.fill('input[name="perGroup"]', '5');
  await page.fill('input[name="secondLanguage"]', '50');
  await page.locator('input[name="secondLanguage"]').dispatchEvent('change');
}

describe('the schedule builder in an interpreted room', () => {
  it('lays out the longer days for 25 people with consecutive interpretation, says what it cut, and counts the materials', async () => {
    const page = await site.newPage({ width: 1920, height: 1080 });
    await page.goto(site.url('/schedules/builder/'));
    const before = await sessionTimes(page);
    const summaryBefore = await page.locator('[data-summary]').innerText();
    await interpretedRoom(page);

    const after = await sessionTimes(page);
    const summaryAfter = await page.locator('[data-summary]').innerText();
    expect(summaryAfter).not.toBe(summaryBefore);
    // Shortening every optional item is not enough: the first day ends later.
    const end = (heading: string | undefined) =>
      /–(\d\d):(\d\d)$/
        .exec(heading ?? '')
        ?.slice(1)
        .join(':') ?? '';
    expect(end(after[0]) > end(before[0])).toBe(true);
    await expect(page.locator('[data-messages]').isHidden()).resolves.toBe(true);
    const said = await interpretation(page);
    expect(said).toContain('Lengths include consecutive interpretation: whole-room talk takes 2 times as long');
    expect(said).toMatch(/At full length, the \d+ h( \d+ min)? of sessions becomes \d+ h( \d+ min)?\./);
    expect(said).toContain('so every optional item is shortened or cut');
    expect(said).toMatch(/Cut: [^\n]+\./);
    expect(said).toMatch(/Shortened: [^\n]+\./);
    expect(said).toMatch(
      /Even then it does not fit sessions of (\d+ h( \d+ min)?), so the sessions below may run up to \d+ h( \d+ min)? each\. To keep sessions of \1, ask for \d sessions instead\./,
    );

    await expect(page.locator('[data-assumption]').innerText()).resolves.toBe(
      'Counted for 25 participants: 5 groups of up to 5, 13 pairs and 2 facilitators; 50% (13 people) read the second language; consecutive interpretation. Items are reused from session to session, so each line shows the most any one session needs.',
    );
    await expect(quantity(page, 'flip-chart paper|sheet')).resolves.toBe(
      '10 sheets for the room + 2 sheets per group × 5 groups = 20 sheets',
    );
    await expect(quantity(page, 'power map worksheet|copy')).resolves.toBe(
      '1 copy per participant × 25 participants = 25 copies (13 of them in the second language)',
    );
    // Single sticky notes and whole pads are two lines, never one sum.
    await expect(quantity(page, 'sticky notes in two colours|piece')).resolves.toBe(
      '4 per participant × 25 participants = 100 → 1 pack of 100',
    );
    await expect(quantity(page, 'sticky notes in two colours|pad')).resolves.toBe('1 pad per group × 5 groups = 5 pads');
    await expect(quantity(page, 'masking tape|roll')).resolves.toBe('2 rolls');
    // Consecutive interpretation needs no equipment; simultaneous does.
    await expect(page.locator('[data-material="equipment:receivers"]').count()).resolves.toBe(0);
    await page.selectOption('select[name="language"]', 'simultaneous');
    await expect(quantity(page, 'equipment:receivers')).resolves.toBe('15');
    await page.selectOption('select[name="language"]', 'consecutive');

    mkdirSync('test-results', { recursive: true });
    await page.evaluate(() => document.getElementById('schedule')?.scrollIntoView());
    await page.screenshot({ path: 'test-results/builder-interpreted.png', timeout: 60_000 });
    await page.context().close();
  });

  it('draws the checklist in the browser with the markup the server writes (one checklist renderer)', async () => {
    const server = /<ul class="ws-checklist" data-checklist>([\s\S]*?)<\/ul>/.exec(builtHtml('/schedules/builder/'))?.[1];
    expect(server).toContain('data-material="flip-chart paper|sheet"');
    const page = await site.newPage();
    await page.goto(site.url('/schedules/builder/'));
    await expect(page.locator('[data-checklist]').innerHTML()).resolves.toBe(server);
    await page.context().close();
  });

  it('keeps the room and the language in its link, and reopens the same schedule and checklist', async () => {
    const page = await site.newPage();
    await interpretedRoom(page);
    const url = page.url();
    expect(url).toContain('language=consecutive');
    expect(url).toContain('people=25');
    expect(url).toContain('perGroup=5');
    expect(url).toContain('secondLanguage=50');
    const sessions = await sessionTimes(page);
    const checklist = await page.locator('[data-checklist]').innerText();
    const said = await interpretation(page);

    const other = await site.newPage();
    await other.goto(url);
    await expect(sessionTimes(other)).resolves.toEqual(sessions);
    await expect(other.locator('[data-checklist]').innerText()).resolves.toBe(checklist);
    await expect(interpretation(other)).resolves.toBe(said);
    await expect(other.locator('select[name="language"]').inputValue()).resolves.toBe('consecutive');
    await expect(other.locator('input[name="secondLanguage"]').inputValue()).resolves.toBe('50');
    // Old links without the new fields read as before: one language, 25 people.
    await other.goto(site.url('/schedules/builder/?format=two-day'));
    await expect(other.locator('[data-messages]').isHidden()).resolves.toBe(true);
    await expect(other.locator('select[name="language"]').inputValue()).resolves.toBe('none');
    await page.context().close();
    await other.context().close();
  });

  it('answers a tampered link with a friendly message and never renders it as HTML', async () => {
    const page = await site.newPage();
    const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
    await page.goto(site.url(`/schedules/builder/?language=${evil}&people=-3&perGroup=abc&facilitators=${evil}`));
    const said = await messages(page);
    expect(said).toContain('The link asked for a way of handling languages this site does not know');
    expect(said).toContain('The number of participants must be a whole number from 1 to 200; the default (25) is used instead.');
    expect(said).toContain('The group size must be a whole number from 1 to 50; the default (5) is used instead.');
    expect(said).toContain('The number of facilitators must be a whole number from 1 to 10; the default (2) is used instead.');
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    await expect(page.locator('select[name="language"]').inputValue()).resolves.toBe('none');

    await page.goto(site.url('/schedules/builder/?people=8&perGroup=30'));
    await expect(messages(page)).resolves.toContain('Groups of 30 are larger than the room of 8, so the checklist counts one group of 8.');
    await expect(quantity(page, 'flip-chart paper|sheet')).resolves.toBe(
      '10 sheets for the room + 2 sheets per group × 1 group = 12 sheets',
    );
    await page.context().close();
  });
});

describe('room settings on the other schedule pages', () => {
  it('opens a built-in format in the builder for your room', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/schedules/two-day/'));
    await expect(page.locator('[data-assumption]').innerText()).resolves.toContain('Counted for 25 participants');
    const form = page.locator('form[action$="/schedules/builder/"]');
    await form.locator('select[name="language"]').selectOption('simultaneous');
    await form.locator('input[name="people"]').fill('12');
    await form.locator('button[type="submit"]').click();
    await page.waitForURL(/\/schedules\/builder\/\?/);
    await expect(page.locator('select[name="format"]').inputValue()).resolves.toBe('two-day');
    await expect(page.locator('select[name="language"]').inputValue()).resolves.toBe('simultaneous');
    await expect(page.locator('[data-assumption]').innerText()).resolves.toContain('Counted for 12 participants: 3 groups of up to 5');
    await expect(interpretation(page)).resolves.toContain('Lengths include simultaneous interpretation');
    await page.context().close();
  });

  it('shows each module interpreted on its facilitator page, with what to cut', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/modules/strategy/facilitator/'));
    const block = page.locator('.interpreted-length');
    await expect(block.locator('tfoot').innerText()).resolves.toMatch(/Total \(minutes\)\s+126\s+\d+\s+181\s+\d+/);
    await expect(block.locator('li').nth(1).innerText()).resolves.toMatch(/^Consecutive interpretation: 3 h 1 min\. Shorten .+ over\./);
    await expect(block.locator('a[href$="/guides/language-access/"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('runs the interpreted day the builder laid out: run mode reads the language from the link', async () => {
    const page = await site.newPage({ width: 1280, height: 900 });
    await interpretedRoom(page);
    const runLink = page.locator('[data-sessions] a[href*="/schedules/run/"]').first();
    const interpretedUrl = new URL((await runLink.getAttribute('href')) ?? '', site.url('/'));
    expect(interpretedUrl.searchParams.get('language')).toBe('consecutive');
    const plainUrl = new URL(interpretedUrl.href);
    plainUrl.searchParams.set('language', 'none');
    const firstMinutes = async (url: string) => {
      await page.goto(url);
      const first = page.locator('.run-list li [data-minutes]').first();
      await first.waitFor();
      return Number(/\d+/.exec(await first.innerText())?.[0]);
    };
    const interpreted = await firstMinutes(interpretedUrl.href);
    const plain = await firstMinutes(plainUrl.href);
    // The opening's first item is whole-room talk: consecutive interpretation makes it longer.
    expect(interpreted).toBeGreaterThan(plain);
    await page.context().close();
  });
});
