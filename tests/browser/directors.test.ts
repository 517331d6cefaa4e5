/**
 * The page for directors and the coaching-calls index, as built. The staff time on the page is
 * recomputed here straight from the program files (each call's agenda, each session's agenda,
 * each stated figure), so a hand-written or stale figure fails.
 */
import type { Page } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtHtml, openSite, type Site } from '../support/site.ts';
import { parseContent, readContent } from '../support/content-harness.ts';
import { paths } from '../../src/lib/urls.ts';

const { input } = parseContent(readContent('content'));
const sum = (items: readonly { minutes: number }[]) => items.reduce((s, i) => s + i.minutes, 0);

/** The cells of one program's table on the page: data-minutes per column, by month row. */
function tableOf(html: string, programId: string): { minutes: number[][]; totals: { min: number; max: number }[] } {
  const table = new RegExp(`<table[^>]*data-staff-time="${programId}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1];
  expect(table, `no staff-time table for ${programId}`).toBeDefined();
  const rows = [...(table ?? '').matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => m[1] ?? '');
  return {
    minutes: rows.map((row) => [...row.matchAll(/data-minutes="(\d+)"/g)].map((m) => Number(m[1]))),
    totals: rows.map((row) => {
      const m = /data-total-min="(\d+)" data-total-max="(\d+)"/.exec(row);
      return { min: Number(m?.[1]), max: Number(m?.[2]) };
    }),
  };
}

describe('for directors', () => {
  const html = builtHtml(paths.forDirectors());

  it('shows the staff time of every program that asks for time, recomputed from the program data', () => {
    const asking = input.programs.filter((p) => p.data.asks.length > 0);
    expect(asking.length).toBeGreaterThanOrEqual(3);
    for (const program of asking) {
      const months = [1, 2, 3, 4, 5, 6];
      const expected = months.map((month) =>
        program.data.asks.map((ask) => {
          if (!ask.months.includes(month)) return 0;
          if (ask.minutesFrom === 'stated') return ask.minutes ?? NaN;
          if (ask.minutesFrom === 'session') return sum(program.data.session?.agenda ?? []);
          return sum(input.coachingCalls.filter((c) => c.data.month === month).flatMap((c) => c.data.agenda));
        }),
      );
      const shown = tableOf(html, program.id);
      expect(shown.minutes, program.id).toEqual(expected);
      expect(shown.totals, program.id).toEqual(
        expected.map((row) => ({
          min: row.reduce((s, m, i) => s + m * (program.data.asks[i]?.people.min ?? 0), 0),
          max: row.reduce((s, m, i) => s + m * (program.data.asks[i]?.people.max ?? 0), 0),
        })),
      );
    }
    // Follow-up coaching: month 1 is the first call, the group call and the intake.
    const call1 = input.coachingCalls.find((c) => c.data.number === 1);
    expect(tableOf(html, 'follow-up-coaching').minutes[0]?.[0]).toBe(sum(call1?.data.agenda ?? []));
  });

  it('links what a director needs: formats, what the organization keeps, the calls, the programs, adapting it', () => {
    for (const activity of input.activities) expect(html).toContain(`href="/worksheets/${activity.id}/"`);
    for (const call of input.coachingCalls) expect(html).toContain(`href="/coaching-calls/${call.id}/"`);
    expect(html).toContain(`href="${paths.guide('make-it-your-own')}"`);
    expect(html).toContain(`href="${paths.programs()}"`);
    // The publisher is not named in this copy: one sentence says so, with no invented contact.
    expect(html.match(/data-not-named/g)).toHaveLength(1);
  });

  it('is linked from the home page and the sidebar, and so are the programs and the coaching calls', () => {
    const home = builtHtml(paths.home());
    for (const url of [paths.forDirectors(), paths.programs(), paths.coachingCalls()]) expect(home).toContain(`href="${url}"`);
    const sidebar = /<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/.exec(builtHtml(paths.guides()))?.[0] ?? '';
    for (const url of [paths.forDirectors(), paths.programs(), paths.coachingCalls()]) expect(sidebar).toContain(`href="${url}"`);
  });
});

describe('the coaching calls index', () => {
  it('lists the six calls in order, each with its month and length', () => {
    const html = builtHtml(paths.coachingCalls());
    const links = [...html.matchAll(/href="\/coaching-calls\/(call-\d)\/"/g)].map((m) => m[1]);
    expect(links).toEqual(input.coachingCalls.map((c) => c.id).sort());
    for (const call of input.coachingCalls) expect(html).toContain(`month ${call.data.month}`);
  });
});

describe('the self-assessment', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site.close();
  });

  const pdfText = async (page: Page, format: 'Letter' | 'A4') => {
    const doc = await getDocumentProxy(new Uint8Array(await page.pdf({ format, printBackground: true })));
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replace(/\s+/g, ' '),
      );
    }
    return pages;
  };

  it('prints in at most three pages, rubric first, with no buttons; the summary has no average and at most two areas', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/programs/evaluation/'));
    await page.locator('[data-summary-box]').waitFor();
    // Mark every practice at level 1: five or ten tie for the lowest mark, and the summary names two.
    const names = await page
      .locator('form[data-self-assessment] input[type="radio"][value="1"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) await page.locator(`input[name="${name}"][value="1"]`).check();
    await page.locator('input[name="head-organization"]').fill('A worker center');
    const summary = await page.locator('[data-summary]').innerText();
    expect(summary).not.toMatch(/average/i);
    const focus = /start with: ([^·.]+)/.exec(summary)?.[1]?.split(',') ?? [];
    expect(focus).toHaveLength(2);
    for (const format of ['Letter', 'A4'] as const) {
      const pages = await pdfText(page, format);
      expect(pages.length, format).toBeLessThanOrEqual(3);
      expect(pages[0]?.trimStart().startsWith('Self-assessment'), pages[0]?.slice(0, 120)).toBe(true);
      expect(pages.join(' ')).not.toContain('Clear my answers');
      expect(pages.join(' ')).toContain('A worker center');
    }
    // Answers survive a reload (they live on this device).
    await page.reload();
    await expect.poll(() => page.locator('input[name="head-organization"]').inputValue()).toBe('A worker center');
    await page.context().close();
  });

  it('has a blank copy to print for each person, in at most three pages', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/print/self-assessment/'));
    for (const format of ['Letter', 'A4'] as const) {
      const pages = await pdfText(page, format);
      expect(pages.length, format).toBeLessThanOrEqual(3);
      expect(pages.join(' ')).toContain('The example that made you choose this level');
    }
    expect(await page.locator('form.self-assessment [data-summary-box], form.self-assessment button').count()).toBe(0);
    await page.context().close();
  });
});
