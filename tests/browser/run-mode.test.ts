/**
 * Run mode with a room view, in real Chromium with a controlled clock: the presenter window
 * on the trainer's laptop and the room view on the projector, two pages of one browser,
 * talking through BroadcastChannel (and local storage where the channel is missing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { builtCurriculum, openSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

const curriculum = builtCurriculum();
const module = curriculum.modules.find((m) => m.id === 'public-narrative')!;
const activityIndex = module.agenda.findIndex((item) => item.activity);
const activityItem = module.agenda[activityIndex]!;
const activity = curriculum.activities.find((a) => a.id === activityItem.activity)!;
const breakIndex = module.agenda.findIndex((item, i) => i > activityIndex && item.kind === 'break');
const runUrl = () => site.url(`/modules/${module.id}/run/`);
const roomUrl = () => site.url('/schedules/room-view/');
const setupMinutes = activityItem.minutes - activity.steps.reduce((sum, s) => sum + s.minutes, 0);
/** The steps run mode times for the activity item: a setup step first when the slot is longer than the steps. */
const runSteps = [
  ...(setupMinutes > 0 ? [{ title: 'Instructions and getting into groups', minutes: setupMinutes }] : []),
  ...activity.steps,
];

/** The text of an element as written (not as CSS capitalises it). */
const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();
const clock = (ms: number) => new Date(ms).toTimeString().slice(0, 5);

/** A presenter window at 1920×1080 with the clock paused at 09:00, and the room view it opened with R. */
async function presenterAndRoom(options: { context?: BrowserContext } = {}): Promise<{ presenter: Page; room: Page }> {
  const context = options.context ?? (await site.newPage({ width: 1920, height: 1080 })).context();
  const presenter = context.pages()[0] ?? (await context.newPage());
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await presenter.clock.install({ time: new Date('2026-11-23T08:59:00') });
  await presenter.goto(runUrl());
  await presenter.clock.pauseAt(new Date('2026-11-23T09:00:00'));
  const opened = context.waitForEvent('page');
  await presenter.keyboard.press('r');
  const room = await opened;
  await room.setViewportSize({ width: 1920, height: 1080 });
  await room.waitForLoadState();
  await room.locator('[data-room-live]').waitFor();
  return { presenter, room };
}

describe('run mode and its room view', () => {
  it('follows start, pause, skip, extend and step changes in the presenter window, and shows the room nothing else', async () => {
    const { presenter, room } = await presenterAndRoom();
    const errors: string[] = [];
    for (const page of [presenter, room]) page.on('pageerror', (error) => errors.push(error.message));
    const first = module.agenda[0]!;
    await expect(text(room, '[data-room-title]')).resolves.toBe(first.title);
    await expect(text(room, '[data-room-status]')).resolves.toBe('Starting soon');
    await expect(text(room, '[data-room-countdown]')).resolves.toBe(`${first.minutes}:00`);

    // Start.
    await presenter.keyboard.press('Space');
    await presenter.clock.runFor('02:00');
    await expect(text(room, '[data-room-countdown]')).resolves.toBe(`${first.minutes - 2}:00`);
    await expect(text(room, '[data-room-status]')).resolves.toBe('');

    // "+5 min" with the mouse, then Space pauses (it does not press "+5 min" again).
    await presenter.locator('[data-action="extend"]').click();
    await presenter.keyboard.press('Space');
    await expect(text(presenter, '[data-action="toggle"] [data-label]')).resolves.toBe('Resume');
    await expect(text(presenter, '[data-countdown]')).resolves.toBe(`${first.minutes + 3}:00`);
    await presenter.clock.runFor('01:00');
    await expect(text(room, '[data-room-status]')).resolves.toBe('Paused');
    await expect(text(room, '[data-room-countdown]')).resolves.toBe(`${first.minutes + 3}:00`);
    await presenter.keyboard.press('Space');
    await expect(text(presenter, '[data-action="toggle"] [data-label]')).resolves.toBe('Pause');

    // Skip to the activity.
    for (let i = 0; i < activityIndex; i++) await presenter.keyboard.press('ArrowRight');
    await expect(text(room, '[data-room-title]')).resolves.toBe(activityItem.title);
    await expect(text(room, '[data-room-step-label]')).resolves.toBe(`Step 1 of ${runSteps.length}`);
    await expect(text(room, '[data-room-step-title]')).resolves.toBe(runSteps[0]!.title);
    await expect(text(room, '[data-room-next]')).resolves.toContain(module.agenda[activityIndex + 1]!.title);

    // The next step on the key, in both windows.
    await presenter.keyboard.press('s');
    await expect(text(presenter, '[data-step-title]')).resolves.toBe(runSteps[1]!.title);
    await expect(text(room, '[data-room-step-title]')).resolves.toBe(runSteps[1]!.title);
    await expect(text(room, '[data-room-step-countdown]')).resolves.toBe(`${runSteps[1]!.minutes}:00`);

    // Steps advance by themselves at zero, with a cue on both screens.
    await presenter.clock.runFor(runSteps[1]!.minutes * 60_000);
    await expect(text(room, '[data-room-step-title]')).resolves.toBe(runSteps[2]!.title);
    await expect(text(presenter, '[data-step-title]')).resolves.toBe(runSteps[2]!.title);
    await expect(text(presenter, '[data-cue]')).resolves.toBe(`Time for the next step: ${runSteps[2]!.title}.`);
    await expect(text(room, '[data-room-cue]')).resolves.toBe(`Time for the next step: ${runSteps[2]!.title}.`);
    await expect(room.locator('[data-room-view]').evaluate((el) => el.classList.contains('at-zero'))).resolves.toBe(true);
    await presenter.screenshot({ path: 'test-results/run-mode-presenter-1920.png' });
    await room.screenshot({ path: 'test-results/run-mode-room-1920.png' });

    // The room shows no control, no proposed cut and no ahead/behind figure, even when the run is late.
    await presenter.clock.fastForward('01:30:00');
    await presenter.clock.runFor(500);
    await expect(text(presenter, '[data-drift]')).resolves.toMatch(/min behind$/);
    await expect(presenter.locator('[data-proposal]').isVisible()).resolves.toBe(true);
    const roomText = await room.locator('main').innerText();
    expect(roomText).not.toMatch(/behind|ahead|shorten|cut|ends at|planned/i);
    await expect(room.locator('main').locator('button, input, select, a, [role="button"]').filter({ visible: true }).count()).resolves.toBe(
      0,
    );
    await expect(room.locator('header.header').isVisible()).resolves.toBe(false);

    // A break says when to be back.
    while ((await text(presenter, '[data-current]')) !== module.agenda[breakIndex]!.title) await presenter.keyboard.press('ArrowRight');
    const startedAt = await presenter.evaluate(() => Date.now());
    await presenter.clock.runFor(500);
    const backAt = `Back at ${clock(Math.round((startedAt + module.agenda[breakIndex]!.minutes * 60_000) / 60_000) * 60_000)}`;
    await expect(text(room, '[data-room-back]')).resolves.toBe(backAt);
    await expect(text(presenter, '[data-back-at]')).resolves.toBe(backAt);
    await room.screenshot({ path: 'test-results/run-mode-room-break-1920.png' });
    expect(errors).toEqual([]);
    await presenter.context().close();
  });

  it('keeps the keys working whatever has the focus; Enter still presses the focused button', async () => {
    const page = await site.newPage({ width: 1280, height: 900 });
    await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
    await page.goto(runUrl());
    await page.clock.pauseAt(new Date('2026-11-23T09:00:01'));
    const first = module.agenda[0]!;
    await page.keyboard.press('Space');
    // Two clicks on "+5 min", then Space twice: paused then running, never +5 again.
    await page.locator('[data-action="extend"]').click();
    await page.locator('[data-action="extend"]').click();
    await page.keyboard.press('Space');
    await expect(text(page, '[data-action="toggle"] [data-label]')).resolves.toBe('Resume');
    await page.keyboard.press('Space');
    await expect(text(page, '[data-action="toggle"] [data-label]')).resolves.toBe('Pause');
    await expect(text(page, '[data-countdown]')).resolves.toBe(`${first.minutes + 10}:00`);
    // The notes open beside the controls, without leaving the page; the keys still work there.
    const before = page.url();
    await page.locator('[data-action="notes"]').click();
    await expect(page.locator('[data-notes-panel]').isVisible()).resolves.toBe(true);
    await expect(text(page, '[data-notes-item]')).resolves.toBe(first.title);
    await expect(page.locator('[data-notes-body]').innerText()).resolves.toContain('Say:');
    expect(page.url()).toBe(before);
    await page.keyboard.press('ArrowRight');
    await expect(text(page, '[data-notes-item]')).resolves.toBe(module.agenda[1]!.title);
    // Enter on a focused button presses that button.
    await page.locator('[data-action="previous"]').focus();
    await page.keyboard.press('Enter');
    await expect(text(page, '[data-current]')).resolves.toBe(first.title);
    // The key list is on screen.
    const keys = await page.locator('.run-keys').innerText();
    for (const action of ['Start, pause or resume', 'Next item', 'Back one item', 'Next step', 'Add 5 minutes', 'Open the room view'])
      expect(keys).toContain(action);
    await page.context().close();
  });

  it('in Spanish too, the room sees the timer alone: no page title, no translation notice, no link', async () => {
    const context = (await site.newPage({ width: 1920, height: 1080 })).context();
    const presenter = context.pages()[0]!;
    await presenter.goto(site.url(`/es/modules/${module.id}/run/`));
    const opened = context.waitForEvent('page');
    await presenter.keyboard.press('r');
    const room = await opened;
    await room.setViewportSize({ width: 1920, height: 1080 });
    await room.locator('[data-room-live]').waitFor();
    await expect(room.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(room.locator('h1').isVisible()).resolves.toBe(false);
    await expect(room.locator('.sl-banner').isVisible()).resolves.toBe(false);
    await expect(room.locator('main').locator('button, input, select, a, [role="button"]').filter({ visible: true }).count()).resolves.toBe(
      0,
    );
    const current = await text(presenter, '[data-current]');
    await expect.poll(() => text(room, '[data-room-title]')).toBe(current);
    await context.close();
  });

  it('says how to open it when no run mode window is open', async () => {
    const page = await site.newPage({ width: 1920, height: 1080 });
    await page.goto(roomUrl());
    await page.locator('[data-room-alone]').waitFor();
    await expect(text(page, '[data-room-alone]')).resolves.toContain('Open run mode first');
    await expect(page.locator('[data-room-live]').isHidden()).resolves.toBe(true);
    await expect(page.locator('main').innerText()).resolves.toContain('Open room view');
    await page.context().close();
  });

  it('follows through local storage in a browser without BroadcastChannel', async () => {
    const context = (await site.newPage({ width: 1920, height: 1080 })).context();
    await context.addInitScript(() => {
      Reflect.deleteProperty(window, 'BroadcastChannel');
    });
    const { presenter, room } = await presenterAndRoom({ context });
    await presenter.keyboard.press('Space');
    await presenter.keyboard.press('ArrowRight');
    await presenter.clock.runFor(500);
    await expect(text(room, '[data-room-title]')).resolves.toBe(module.agenda[1]!.title);
    await expect(text(room, '[data-room-status]')).resolves.toBe('');
    await context.close();
  });

  it('restores its state after a reload, keeps counting offline, and the room view follows the reloaded window', async () => {
    const { presenter, room } = await presenterAndRoom();
    await presenter.keyboard.press('Space');
    await presenter.keyboard.press('ArrowRight');
    await presenter.clock.runFor('01:00');
    await presenter.reload();
    await expect(text(presenter, '[data-current]')).resolves.toBe(module.agenda[1]!.title);
    await expect(text(presenter, '[data-countdown]')).resolves.toBe(`${module.agenda[1]!.minutes - 1}:00`);
    await presenter.keyboard.press('ArrowRight');
    await expect(text(room, '[data-room-title]')).resolves.toBe(module.agenda[2]!.title);
    // The Wi-Fi goes: both open windows keep counting, and the presenter says not to reload.
    await presenter.context().setOffline(true);
    await presenter.clock.runFor('02:00');
    await expect(text(presenter, '[data-notice]')).resolves.toContain('You are offline');
    await expect(text(room, '[data-room-countdown]')).resolves.toBe(`${module.agenda[2]!.minutes - 2}:00`);
    await expect(text(presenter, '[data-countdown]')).resolves.toBe(`${module.agenda[2]!.minutes - 2}:00`);
    await presenter.context().close();
  });

  it('starts fresh with a friendly message when the saved timer was tampered with', async () => {
    const page = await site.newPage();
    await page.goto(runUrl());
    await page.evaluate((id) => {
      localStorage.setItem(
        `distributed-organizing:run:module:${id}`,
        '{"version":2,"agendaId":"module:' + id + '","items":[{"title":"<img src=x onerror=alert(1)>"}],"index":0}',
      );
    }, module.id);
    await page.reload();
    await expect(text(page, '[data-notice]')).resolves.toContain('could not be read');
    await expect(text(page, '[data-current]')).resolves.toBe(module.agenda[0]!.title);
    await expect(page.locator('main img[src="x"]').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('turns the chime on and off without an error, even where the browser has no Web Audio', async () => {
    for (const audio of [true, false]) {
      const page = await site.newPage();
      if (!audio)
        await page.context().addInitScript(() => {
          Reflect.deleteProperty(window, 'AudioContext');
          Reflect.deleteProperty(window, 'webkitAudioContext');
        });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
      await page.goto(runUrl());
      const box = page.locator('[data-setting="chime"]');
      await expect(box.isChecked()).resolves.toBe(false);
      await box.check();
      await page.keyboard.press('Space');
      // Run past the end of the first item: the chime plays (or stays silent) at zero.
      await page.clock.runFor(module.agenda[0]!.minutes * 60_000 + 1000);
      await expect(text(page, '[data-cue]')).resolves.toBe(`Time is up: ${module.agenda[0]!.title}.`);
      await expect(text(page, '[data-chime-status]')).resolves.toBe(
        audio ? '' : 'This browser cannot play the chime; the screen still shows when time is up.',
      );
      await page.reload();
      await expect(page.locator('[data-setting="chime"]').isChecked()).resolves.toBe(true);
      await page.locator('[data-setting="chime"]').uncheck();
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('runs a session of a builder schedule with the steps and notes of its activities', async () => {
    const page = await site.newPage({ width: 1920, height: 1080 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url('/schedules/run/?format=two-day&session=1'));
    await page.locator('[data-live]').waitFor();
    const count = await page.locator('.run-list li').count();
    expect(count).toBeGreaterThan(3);
    await page.locator('[data-action="notes"]').click();
    await expect(page.locator('[data-notes-body]').innerText()).resolves.toContain('Say:');
    let steps = false;
    for (let i = 0; i < count && !steps; i++) {
      steps = await page.locator('[data-step]').isVisible();
      if (!steps) await page.keyboard.press('ArrowRight');
    }
    expect(steps, 'an activity item of the session shows its steps').toBe(true);
    await expect(text(page, '[data-step-label]')).resolves.toMatch(/^Step 1 of \d+$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
