/**
 * Tools for trainers in the room, in real Chromium: the schedule builder and its links,
 * run mode driven by a controlled clock, and the print packs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { builtCurriculum, builtHtml, openSite, type Site } from '../support/site.ts';
import { WORKSHOP_FORMATS } from '../../src/lib/formats.ts';
import { toolPaths } from '../../src/lib/urls.ts';
import { parseContent, readContent } from '../support/content-harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

describe('schedule builder', () => {
  it('builds a custom schedule, shares it as a link, and reopens the same schedule', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/schedules/builder/'));
    await page.selectOption('select[name="format"]', 'weekly-evenings');
    await page.fill('input[name="start"]', '18:30');
    await page.fill('input[name="length"]', '165');
    await page.locator('input[name="length"]').dispatchEvent('change');
    await page.check('input[name="keep"][value="none"]');
    await expect(page.locator('select[name="format"]').inputValue()).resolves.toBe('custom');
    const url = page.url();
    expect(url).toContain('start=18%3A30');
    expect(url).toContain('length=165');
    expect(url).toContain('keep=none');
    const sessions = await page.locator('[data-sessions] [data-schedule-session] h2').allInnerTexts();
    const firstRows = await page.locator('[data-sessions] tbody').first().innerText();
    expect(sessions[0]).toContain('18:30');
    const other = await site.newPage();
    await other.goto(url);
    await expect(other.locator('[data-sessions] [data-schedule-session] h2').allInnerTexts()).resolves.toEqual(sessions);
    await expect(other.locator('[data-sessions] tbody').first().innerText()).resolves.toBe(firstRows);
    await expect(other.locator('input[name="start"]').inputValue()).resolves.toBe('18:30');
    await expect(other.locator('[data-messages]').isHidden()).resolves.toBe(true);
    await page.context().close();
    await other.context().close();
  });

  it('lays out a built-in format the same on its printable page and in the builder', async () => {
    const read = async (path: string) => {
      const page = await site.newPage();
      await page.goto(site.url(path));
      const tables = page.locator('table.schedule');
      const result = {
        captions: await tables.locator('caption').allTextContents(),
        rows: await tables.locator('tbody').allInnerTexts(),
      };
      await page.context().close();
      return result;
    };
    const printable = await read('/schedules/two-day/');
    expect(printable.captions).toEqual(['Day 1 schedule', 'Day 2 schedule']);
    await expect(read('/schedules/builder/?format=two-day')).resolves.toEqual(printable);
  });

  it('draws the schedule in the browser with the markup the server writes (one schedule renderer)', async () => {
    const sessions = async (path: string, javaScript: boolean) => {
      const page = await site.newPage({ javaScript });
      await page.goto(site.url(path));
      const html = await page.locator('[data-schedule-session]').evaluateAll((els) => els.map((el) => el.outerHTML).join(''));
      await page.context().close();
      return html;
    };
    const written = await sessions('/schedules/builder/', false);
    expect(written).toMatch(/^<section class="schedule-session" aria-labelledby="day-1" data-schedule-session="">/);
    await expect(sessions('/schedules/builder/', true)).resolves.toBe(written);
    // The printable page links its own run pages; everything else is the same markup.
    const runLinks = (html: string) => html.replace(/href="[^"]*\/run\/[^"]*"/g, 'href="run"');
    const printable = await sessions('/schedules/three-day/', false);
    expect(runLinks(printable)).toBe(runLinks(written));
    expect(runLinks(await sessions('/schedules/builder/?format=two-day', true))).toBe(
      runLinks(await sessions('/schedules/two-day/', false)),
    );
  });

  it('shows a friendly message for a tampered link, renders nothing from it as HTML, and falls back to defaults', async () => {
    const page = await site.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(
      site.url('/schedules/builder/?format=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&start=99:99&sessions=-1&keep=%3Cscript%3E'),
    );
    const message = await page.locator('[data-messages]').innerText();
    expect(message).toContain('The link named a format this site does not have, so the 3-day training format is shown.');
    expect(message).toContain('The start time must look like 09:00');
    expect(message).toContain('The number of sessions must be a whole number from 1 to 30');
    await expect(page.locator('img[src="x"], [data-messages] script').count()).resolves.toBe(0);
    await expect(page.locator('[data-sessions] [data-schedule-session]').count()).resolves.toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says what to change when a format cannot hold the training', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/schedules/builder/?format=custom&sessions=2&length=120&start=09:00&lunch=0&breakMinutes=0&keep=all'));
    await expect(page.locator('[data-messages]').innerText()).resolves.toMatch(
      /does not fit in 2 sessions of 2 h: it needs \d+\. Add sessions/,
    );
    await page.context().close();
  });
});

describe('run mode', () => {
  const module = builtCurriculum().modules.find((m) => m.id === 'public-narrative')!;

  it('counts down, skips, extends, survives a reload and proposes cuts when behind', async () => {
    const page = await site.newPage({ width: 1920, height: 1080 });
    await page.clock.install({ time: new Date('2026-11-23T08:59:00') });
    await page.goto(site.url(`/modules/${module.id}/run/`));
    await page.clock.pauseAt(new Date('2026-11-23T09:00:00'));
    const countdown = page.locator('[data-countdown]');
    await expect(page.locator('[data-current]').innerText()).resolves.toBe(module.agenda[0]!.title);
    await page.keyboard.press('Space');
    await page.clock.runFor('03:00');
    await expect(countdown.innerText()).resolves.toBe(`${module.agenda[0]!.minutes - 3}:00`);

    await page.keyboard.press('e');
    await expect(countdown.innerText()).resolves.toBe(`${module.agenda[0]!.minutes + 2}:00`);

    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-current]').innerText()).resolves.toBe(module.agenda[1]!.title);

    await page.reload();
    await expect(page.locator('[data-current]').innerText()).resolves.toBe(module.agenda[1]!.title);
    await expect(page.locator('[data-action="toggle"] [data-label]').innerText()).resolves.toBe('Pause');

    // The laptop sleeps for 40 minutes: the wall clock, not a tick count, decides.
    await page.clock.fastForward('40:00');
    await page.clock.runFor(1000);
    await expect(countdown.innerText()).resolves.toMatch(/^\+\d+:\d\d$/);
    await expect(page.locator('[data-drift]').innerText()).resolves.toMatch(/min behind$/);
    const proposal = page.locator('[data-proposal]');
    await expect(proposal.isVisible()).resolves.toBe(true);
    await expect(proposal.locator('li').count()).resolves.toBeGreaterThan(0);
    const last = module.agenda.at(-1)!;
    expect(last.optional).toBe(true);
    await page.keyboard.press('a');
    await expect(page.locator('.run-list li').last().locator('[data-minutes]').innerText()).resolves.toBe(
      last.shrinkTo === 0 ? 'cut' : `${last.shrinkTo} min`,
    );

    await page.keyboard.press('p');
    await expect(page.evaluate(() => document.documentElement.classList.contains('run-projector'))).resolves.toBe(true);
    await page.screenshot({ path: 'test-results/run-mode-projector.png' });
    await page.context().close();
  });

  it('runs a day of a built-in schedule, breaks and lunch included', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/schedules/three-day/run/1/'));
    const items = await page.locator('.run-list li').allInnerTexts();
    expect(items.some((t) => t.includes('Lunch'))).toBe(true);
    await page.context().close();
  });
});

describe('print packs', () => {
  for (const format of WORKSHOP_FORMATS) {
    it(`writes facilitator and participant PDFs for ${format.id} on Letter and A4; the participant PDF has no facilitator notes`, async () => {
      for (const paper of ['letter', 'a4'])
        for (const role of ['facilitator', 'participant'] as const) {
          const file = `dist${toolPaths.pdf(role, format.id, paper)}`;
          expect(existsSync(file), `${file} missing: run npm run build with Chromium installed`).toBe(true);
        }
      const read = async (role: 'facilitator' | 'participant') => {
        const file = `dist${toolPaths.pdf(role, format.id)}`;
        expect(existsSync(file), `${file} missing: run npm run build with Chromium installed`).toBe(true);
        const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
        const { text } = await extractText(pdf, { mergePages: true });
        return text.replace(/\s+/g, ' ');
      };
      const facilitator = await read('facilitator');
      const participant = await read('participant');
      expect(facilitator).toContain('What to say:');
      expect(facilitator).toContain('Materials and room checklist');
      expect(participant).not.toContain('What to say');
      expect(participant).not.toContain('Watch for');
      expect(participant).toContain('Case studies to read');
    });
  }

  it('keeps every facilitator note out of the participant pack pages', () => {
    const { input } = parseContent(readContent('content'));
    const html = builtHtml('/print/participant/three-day/');
    for (const module of input.modules) {
      for (const item of module.data.agenda) {
        const say = item.facilitator.say.slice(0, 50).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
        expect(html).not.toContain(say);
      }
    }
  });
});
