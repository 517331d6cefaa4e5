/**
 * Fillable worksheets on a phone (360×740): answers survive a reload, print filled or blank,
 * save to a file and open again in another browser, tampered files and storage load only what
 * is valid and render no markup, "Erase my answers" empties the device, and without JavaScript
 * the page is a blank worksheet to print.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, storageKey } from '../../src/lib/worksheet-answers.ts';
import { paths } from '../../src/lib/urls.ts';
import { openSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

const snowflake = paths.worksheet('snowflake-chart');
const phone = { width: 360, height: 740 };
const teams = '[data-key="the-teams-we-have-today"]';

async function openWorksheet(path = snowflake): Promise<Page> {
  const page = await site.newPage(phone);
  await page.goto(site.url(path));
  await page.locator('.worksheet.is-live').waitFor();
  return page;
}

/** Types one row of the teams table (a card on a phone). */
async function typeRow(page: Page, row: number, values: readonly string[]): Promise<void> {
  const inputs = page.locator(`${teams} .ws-fill tbody tr`).nth(row).locator('input');
  for (const [i, value] of values.entries()) await inputs.nth(i).fill(value);
}

async function fillSnowflake(page: Page): Promise<void> {
  await page.getByLabel('Our central team', { exact: true }).fill('Marta (member leader), Jo (staff)');
  await typeRow(page, 0, ['Kitchen team', 'Breaks and heat', 'Rosa', 'Marta', 'May']);
  await typeRow(page, 1, ['Night shift', 'Safety', 'Luis', 'Marta', 'June']);
  await page.getByLabel('One person leading more than one team').check();
}

async function pdfText(page: Page): Promise<string> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('a worksheet filled in on a phone', () => {
  it('gives every field a label, 44 px targets, and each table row as a card with its column names', async () => {
    const page = await openWorksheet();
    const row = page.locator(`${teams} .ws-fill tbody tr`).first();
    await expect(row.locator('label').first().isVisible()).resolves.toBe(true);
    await expect(row.locator('label').first().textContent()).resolves.toBe('Team');
    await expect(page.getByLabel('Leader, row 2', { exact: true }).count()).resolves.toBe(1);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.worksheet button, .worksheet label.ws-button, .worksheet input[type=text], .worksheet textarea, .ws-checklist.ws-both li',
        ),
      ]
        .filter((el) => el.offsetParent !== null)
        .map(
          (el) =>
            ({ el: el.outerHTML.slice(0, 60), ...el.getBoundingClientRect().toJSON() }) as { el: string; width: number; height: number },
        )
        .filter((box) => box.height < 44 || box.width < 44)
        .map((box) => `${box.el} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await expect(page.getByText('Your answers stay on this device.', { exact: false }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('keeps the answers through a reload, adds and removes rows, and draws the snowflake from them', async () => {
    const page = await openWorksheet();
    await fillSnowflake(page);
    await page.getByRole('button', { name: 'Add a row' }).first().click();
    await expect(page.locator(`${teams} .ws-fill tbody tr`).count()).resolves.toBe(4);
    await typeRow(page, 3, ['Bus riders', 'Rides', '', '', '']);
    await page.locator(teams).getByRole('button', { name: 'Remove row 3' }).click();
    await page.reload();
    await page.locator('.worksheet.is-live').waitFor();
    await expect(page.getByLabel('Our central team', { exact: true }).inputValue()).resolves.toBe('Marta (member leader), Jo (staff)');
    await expect(page.getByLabel('Team, row 1', { exact: true }).inputValue()).resolves.toBe('Kitchen team');
    await expect(page.getByLabel('Team, row 3', { exact: true }).inputValue()).resolves.toBe('Bus riders');
    await expect(page.getByLabel('One person leading more than one team').isChecked()).resolves.toBe(true);
    await expect(page.locator('.ws-message').textContent()).resolves.toContain('Your answers from this device are back.');
    const drawing = page.locator('[data-key^="our-snowflake-today"] svg[role="img"]');
    await expect(drawing.getAttribute('aria-label')).resolves.toBe('Snowflake chart drawn from your teams');
    await expect(drawing.locator('text').allTextContents()).resolves.toEqual(expect.arrayContaining(['Kitchen team', 'Rosa', 'Marta']));
    await expect(page.locator('[data-key^="our-snowflake-today"] .ws-diagram-text').textContent()).resolves.toContain(
      'Team “Bus riders”, led by —, coached by —. Gap (dot): no leader; nobody coaches the leader.',
    );
    await page.context().close();
  });

  it('prints with the answers in place of the lines, or blank, and never prints its buttons', async () => {
    const page = await openWorksheet();
    await fillSnowflake(page);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Print with my answers' }).click();
    const filled = await pdfText(page);
    expect(filled).toContain('Kitchen team Breaks and heat Rosa Marta May');
    expect(filled).toContain('Marta (member leader), Jo (staff)');
    expect(filled).toContain('Team “Night shift”, led by Luis, coached by Marta.');
    expect(filled).not.toContain('Save my answers');
    expect(filled).not.toContain('never sent anywhere');
    await page.getByRole('button', { name: 'Print blank' }).click();
    const blank = await pdfText(page);
    expect(blank).not.toContain('Kitchen team');
    expect(blank).toContain('Who coaches the leader');
    expect(blank).not.toContain('Print blank');
    await page.context().close();
  });

  it('saves the answers to a file and opens them in another browser', async () => {
    const page = await openWorksheet();
    await fillSnowflake(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save my answers' }).click()]);
    expect(download.suggestedFilename()).toBe('worksheet-snowflake-chart-answers.json');
    const file = readFileSync(await download.path());
    const saved = JSON.parse(file.toString('utf8')) as { format: string; worksheet: string; version: number };
    expect([saved.format, saved.worksheet, saved.version]).toEqual([ANSWERS_FORMAT, 'snowflake-chart', 1]);
    await page.context().close();

    const fresh = await openWorksheet();
    await fresh.locator('input[type=file]').setInputFiles({ name: 'from-my-phone.json', mimeType: 'application/json', buffer: file });
    await expect.poll(() => fresh.locator('.ws-message').textContent()).toContain('Opened the answers saved in from-my-phone.json.');
    await expect(fresh.getByLabel('Leader, row 2', { exact: true }).inputValue()).resolves.toBe('Luis');
    await expect(fresh.getByLabel('One person leading more than one team').isChecked()).resolves.toBe(true);
    // Opened answers are kept on the new device too.
    await expect(fresh.evaluate((key) => localStorage.getItem(key)?.includes('Night shift'), storageKey('snowflake-chart'))).resolves.toBe(
      true,
    );
    await fresh.context().close();
  });

  it('loads what is valid from a tampered file, as text, and says what was left out', async () => {
    const page = await openWorksheet();
    const tampered = {
      format: ANSWERS_FORMAT,
      worksheet: 'snowflake-chart',
      version: 0,
      sender: 'someone',
      answers: {
        'our-central-team': '<img src=x id=injected><b>Marta</b>',
        'the-teams-we-have-today': [['<script>alert(1)</script>', '', 'Rosa']],
        gaps: 'all of them',
        'a-box-that-is-gone': 'x',
      },
    };
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await page.locator('.ws-message ul').waitFor();
    const message = (await page.locator('.ws-message').textContent()) ?? '';
    expect(message).toContain('Some parts could not be used and were left out:');
    expect(message).toContain('another version of this worksheet (version 0)');
    expect(message).toContain('a field that saved answers do not have (sender)');
    expect(message).toContain('“Gaps”: answers that are not the right kind');
    expect(message).toContain('answers for a part this worksheet does not have (a-box-that-is-gone)');
    await expect(page.getByLabel('Our central team', { exact: true }).inputValue()).resolves.toBe('<img src=x id=injected><b>Marta</b>');
    await expect(page.getByLabel('Team, row 1', { exact: true }).inputValue()).resolves.toBe('<script>alert(1)</script>');
    await expect(page.locator('#injected, .worksheet b, .worksheet script:not([type="application/json"])').count()).resolves.toBe(0);
    const labels = await page.locator('[data-key^="our-snowflake-today"] svg text').allTextContents();
    expect(labels.filter((text) => text.startsWith('<script>'))).toHaveLength(1);
    await page.context().close();
  });

  it('refuses a file that is not JSON or is for another worksheet, and changes nothing', async () => {
    const page = await openWorksheet();
    await fillSnowflake(page);
    const picker = page.locator('input[type=file]');
    await picker.setInputFiles({
      name: 'photo.json',
      mimeType: 'application/json',
      buffer: Buffer.from('<html><b>not answers</b></html>'),
    });
    await expect
      .poll(() => page.locator('.ws-message').textContent())
      .toBe('This file is not saved answers (it is not a JSON file). Nothing was changed.');
    const other = { format: ANSWERS_FORMAT, worksheet: 'power-map', version: 1, answers: {} };
    await picker.setInputFiles({ name: 'map.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await expect
      .poll(() => page.locator('.ws-message').textContent())
      .toBe('This file holds answers for another worksheet (“power-map”). Open it on that worksheet. Nothing was changed.');
    await expect(page.getByLabel('Team, row 1', { exact: true }).inputValue()).resolves.toBe('Kitchen team');
    await page.context().close();
  });

  it('reads tampered storage like a file: what is valid comes back, nothing is rendered as markup', async () => {
    const page = await openWorksheet();
    const key = storageKey('snowflake-chart');
    await page.evaluate(
      ([k, format]) =>
        localStorage.setItem(
          k ?? '',
          JSON.stringify({
            format,
            worksheet: 'snowflake-chart',
            version: 1,
            answers: { 'our-central-team': '<i id=evil>hi</i>', gaps: [1, 2] },
          }),
        ),
      [key, ANSWERS_FORMAT],
    );
    await page.reload();
    await page.locator('.worksheet.is-live').waitFor();
    await expect(page.getByLabel('Our central team', { exact: true }).inputValue()).resolves.toBe('<i id=evil>hi</i>');
    await expect(page.locator('#evil').count()).resolves.toBe(0);
    await expect(page.locator('.ws-message').textContent()).resolves.toContain('“Gaps”: answers that are not the right kind');
    await page.evaluate((k) => localStorage.setItem(k, '{not json'), key);
    await page.reload();
    await page.locator('.worksheet.is-live').waitFor();
    await expect(page.locator('.ws-message').textContent()).resolves.toBe(
      'The answers kept on this device could not be read, so the worksheet starts empty.',
    );
    await page.context().close();
  });

  it('erases the answers from the device after asking', async () => {
    const page = await openWorksheet();
    await fillSnowflake(page);
    const key = storageKey('snowflake-chart');
    await expect(page.evaluate((k) => localStorage.getItem(k) !== null, key)).resolves.toBe(true);
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Erase my answers' }).click();
    await expect(page.getByLabel('Team, row 1', { exact: true }).inputValue()).resolves.toBe('Kitchen team');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Erase my answers' }).click();
    await expect(page.evaluate((k) => localStorage.getItem(k), key)).resolves.toBeNull();
    await expect(page.getByLabel('Team, row 1', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.locator('.ws-message').textContent()).resolves.toBe('Your answers are erased from this device.');
    await page.reload();
    await page.locator('.worksheet.is-live').waitFor();
    await expect(page.getByLabel('Our central team', { exact: true }).inputValue()).resolves.toBe('');
    await page.context().close();
  });

  it('without JavaScript is a blank worksheet to print, with its PDFs and the observer parts named', async () => {
    const page = await site.newPage({ ...phone, javaScript: false });
    await page.goto(site.url(paths.worksheet('one-on-one-practice')));
    await expect(page.locator('.ws-blank table th[scope=row]').allTextContents()).resolves.toEqual([
      'Open: who I am, why I asked to meet, how long',
      'Values: why things matter to them',
      'Interests: what is at stake for them',
      'Resources: what they bring',
      "Share: the organizer's own story",
      'The ask: a specific next step, with a when',
    ]);
    await expect(page.locator('.ws-line').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.worksheet input, .worksheet textarea, .ws-tools').count()).resolves.toBe(0);
    await expect(page.locator('main').innerText()).resolves.toContain('To fill it in on this device, turn on JavaScript.');
    await expect(page.getByRole('link', { name: 'A4' }).getAttribute('href')).resolves.toBe('/pdf/worksheet-one-on-one-practice-a4.pdf');
    await expect(page.getByRole('link', { name: 'US Letter' }).getAttribute('href')).resolves.toBe(
      '/pdf/worksheet-one-on-one-practice-letter.pdf',
    );
    await page.goto(site.url(paths.worksheet('power-map')));
    // On paper the power map's box is the empty grid to place players on.
    await expect(page.locator('.ws-blank svg.ws-drawing rect.d-grid').count()).resolves.toBe(9);
    await page.context().close();
  });
});
