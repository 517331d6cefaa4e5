/**
 * The one schedule renderer: exact markup, escaping, and that no second copy of the
 * schedule table exists anywhere in the code (the browser and the server call the same function).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files } from '../../src/lib/html.ts';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import { buildSchedule, builtInSchedule, findFormat, timedModules, type TimedItem } from '../../src/lib/formats.ts';
import { escapeAttribute, escapeText, renderSession, renderSessions } from '../../src/lib/schedule-html.ts';
import { scheduleSummary, sessionView } from '../../src/lib/schedule-view.ts';
import { parseContent, readContent } from '../support/content-harness.ts';
import { englishScheduleT, timedItem } from '../support/schedule-fixtures.ts';

const root = process.cwd();
const t = englishScheduleT;

const item = (key: string, title: string, minutes: number, extra: Partial<TimedItem> = {}): TimedItem =>
  timedItem(key, minutes, { title, ...extra });

function oneSession() {
  const modules = [
    {
      id: 'm',
      title: 'Power & <b>people</b>',
      items: [
        item('m:1', 'Map "who decides"', 50),
        item('m:2', 'Practice', 60, { optional: true, shrinkTo: 45 }),
        item('m:3', 'Stretch', 10, { kind: 'break' }),
        // A session never ends on a break: the module's own break is shown because an item follows it.
        item('m:4', 'Wrap-up', 5),
      ],
    },
  ];
  const result = buildSchedule(modules, 'day', {
    sessions: 1,
    start: 9 * 60,
    sessionMinutes: 180,
    lunch: undefined,
    breaks: { every: 50, minutes: 5 },
    optional: { keep: 'none' },
  });
  if (!result.ok) throw new Error('the test schedule must fit');
  return result.schedule;
}

describe('renderSession', () => {
  it('writes the session as one section with heading, summary, run link and table, every text escaped', () => {
    const view = sessionView(oneSession().sessions[0]!, t);
    expect(renderSession(view, { t, base: '/curriculum-site/', runHref: '/schedules/run/?format=custom&session=1', links: true })).toBe(
      '<section class="schedule-session" aria-labelledby="day-1" data-schedule-session="">' +
        '<h2 id="day-1">Day 1 <span class="meta">09:00–10:55</span></h2>' +
        '<p class="meta">1 h 50 min of sessions, 1 h 55 min in the room · ' +
        '<a href="/curriculum-site/schedules/run/?format=custom&amp;session=1" class="screen-only">Run Day 1 live</a></p>' +
        '<div class="table-scroll"><table class="agenda schedule"><caption class="sr-only">Day 1 schedule</caption>' +
        '<thead><tr><th scope="col">Time</th><th scope="col">What</th><th scope="col" class="num">Length</th></tr></thead><tbody>' +
        '<tr class="module" data-line="module"><td class="clock">09:00</td>' +
        '<td><strong><a href="/curriculum-site/modules/m/facilitator/">Power &amp; &lt;b&gt;people&lt;/b&gt;</a></strong></td><td class="num"></td></tr>' +
        '<tr class="item" data-line="item"><td class="clock">09:00–09:50</td>' +
        '<td><a href="/curriculum-site/modules/m/facilitator/#m:1">Map "who decides"</a></td><td class="num">50 min</td></tr>' +
        '<tr class="break" data-line="break"><td class="clock">09:50–09:55</td><td>Break</td><td class="num">5 min</td></tr>' +
        '<tr class="item" data-line="item"><td class="clock">09:55–10:40</td>' +
        '<td><a href="/curriculum-site/modules/m/facilitator/#m:2">Practice</a><span class="item-desc">shortened from 1 h</span></td>' +
        '<td class="num">45 min</td></tr>' +
        '<tr class="item break" data-line="item"><td class="clock">10:40–10:50</td>' +
        '<td><a href="/curriculum-site/modules/m/facilitator/#m:3">Stretch</a></td><td class="num">10 min</td></tr>' +
        '<tr class="item" data-line="item"><td class="clock">10:50–10:55</td>' +
        '<td><a href="/curriculum-site/modules/m/facilitator/#m:4">Wrap-up</a></td><td class="num">5 min</td></tr>' +
        '</tbody></table></div></section>',
    );
  });

  it('leaves out links in participant packs and the run link when there is none', () => {
    const view = sessionView(oneSession().sessions[0]!, t);
    const html = renderSession(view, { t, base: '/', runHref: undefined, links: false });
    expect(html).not.toContain('<a ');
    expect(html).toContain('<p class="meta">1 h 50 min of sessions, 1 h 55 min in the room</p>');
    expect(html).toContain('<td><strong>Power &amp; &lt;b&gt;people&lt;/b&gt;</strong></td>');
  });

  it('never lets markup through, in text or in attributes', () => {
    expect(escapeText('<img src=x onerror=alert(1)> & co')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(escapeAttribute('/x/?a=1&b="><script>')).toBe('/x/?a=1&amp;b=&quot;><script>');
    const view = sessionView(oneSession().sessions[0]!, t);
    const html = renderSession({ ...view, id: 'x" onclick="alert(1)', label: '<script>alert(1)</script>' }, { t, base: '/', links: true });
    expect(html).not.toContain('<script>');
    expect(html).toContain('id="x&quot; onclick=&quot;alert(1)"');
  });

  it('renders every session of a built-in format with unique ids and its own run link', () => {
    const curriculum = linkCurriculum(parseContent(readContent(join(root, 'content'))).input);
    const format = findFormat('three-day')!;
    const schedule = builtInSchedule(timedModules(curriculum.modules), format);
    const views = schedule.sessions.map((s) => sessionView(s, t));
    const html = renderSessions(views, { t, base: '/', links: true, runHref: (n) => `/schedules/three-day/run/${n}/` });
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual(['day-1', 'day-2', 'day-3']);
    expect([...html.matchAll(/class="screen-only">([^<]+)</g)].map((m) => m[1])).toEqual([
      'Run Day 1 live',
      'Run Day 2 live',
      'Run Day 3 live',
    ]);
    expect(html).not.toMatch(/class="[^"]*\b(\w+) \1\b/);
    expect(html).toBe(
      views.map((v) => renderSession(v, { t, base: '/', links: true, runHref: `/schedules/three-day/run/${v.number}/` })).join(''),
    );
    expect(scheduleSummary(schedule, format.unit, t)).toMatch(
      /^3 days · \d+ h( \d+ min)? of sessions · \d+ h( \d+ min)? in the room · every optional item at full length$/,
    );
  });

  it('is the only place that writes a schedule table', () => {
    const sources = [...files(join(root, 'src')), ...files(join(root, 'scripts'))].filter((f) => /\.(ts|astro|mjs|js)$/.test(f));
    const writers = sources.filter((f) =>
      /agenda schedule|['"]schedule-session['"]|class="schedule-session"/.test(readFileSync(f, 'utf8')),
    );
    expect(writers.map((f) => f.slice(root.length + 1))).toEqual(['src/lib/schedule-html.ts']);
  });
});
