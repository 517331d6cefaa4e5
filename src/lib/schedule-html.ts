/**
 * The one schedule renderer: a session view as HTML. The static format pages and print
 * packs write it on the server (`ScheduleTable.astro`), the schedule builder writes it in
 * the browser, so both show the same ids, texts and classes.
 *
 * Every text is escaped; nothing from a link reaches this function unparsed (the builder
 * turns its inputs into numbers and times first). The markup is written the way browsers
 * serialize it (`innerHTML`), so the server's bytes and the browser's DOM compare equal.
 */
import type { ScheduleLine, SessionView } from './schedule-view.ts';
import type { Translate } from './schedule-text.ts';
import { pageUrl, ROOT_LOCALE, type Locale } from './urls.ts';

/** Text content: `&`, `<` and `>` escaped (as `innerHTML` writes them). */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

/** A double-quoted attribute value: `&` and `"` escaped (as `innerHTML` writes them). */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');
}

export interface RenderOptions {
  t: Translate;
  /** The deployment base (`import.meta.env.BASE_URL`). */
  base: string;
  /** The language of the page: links go to its pages (`/es/…`). */
  locale?: Locale | undefined;
  /** Site-relative link to run this session live; no link when undefined. */
  runHref?: string | undefined;
  /** Link items to their facilitator notes (off in participant packs). */
  links: boolean;
}

function lineTitle(line: ScheduleLine, options: RenderOptions): string {
  const title = escapeText(line.title);
  const linked =
    line.href && options.links
      ? `<a href="${escapeAttribute(pageUrl(line.href, { base: options.base, locale: options.locale ?? ROOT_LOCALE }))}">${title}</a>`
      : title;
  return line.type === 'module' ? `<strong>${linked}</strong>` : linked;
}

function lineRow(line: ScheduleLine, options: RenderOptions): string {
  // An agenda item of kind "break" reads as a break too; inserted breaks already have the class.
  const classes = line.isBreak && line.type !== 'break' ? `${line.type} break` : line.type;
  const note = line.note ? `<span class="item-desc">${escapeText(line.note)}</span>` : '';
  return (
    `<tr class="${classes}" data-line="${line.type}">` +
    `<td class="clock">${escapeText(line.time)}</td>` +
    `<td>${lineTitle(line, options)}${note}</td>` +
    `<td class="num">${escapeText(line.duration)}</td>` +
    `</tr>`
  );
}

/** One session as a section: heading, summary (and the run link), the table. */
export function renderSession(view: SessionView, options: RenderOptions): string {
  const { t } = options;
  const id = escapeAttribute(view.id);
  const run = options.runHref
    ? ` · <a href="${escapeAttribute(pageUrl(options.runHref, { base: options.base, locale: options.locale ?? ROOT_LOCALE }))}" class="screen-only">${escapeText(t('schedule.runLive', { session: view.label }))}</a>`
    : '';
  return (
    `<section class="schedule-session" aria-labelledby="${id}" data-schedule-session="">` +
    `<h2 id="${id}">${escapeText(view.label)} <span class="meta">${escapeText(view.time)}</span></h2>` +
    `<p class="meta">${escapeText(view.summary)}${run}</p>` +
    `<div class="table-scroll"><table class="agenda schedule">` +
    `<caption class="sr-only">${escapeText(t('schedule.caption', { session: view.label }))}</caption>` +
    `<thead><tr>` +
    `<th scope="col">${escapeText(t('schedule.column.time'))}</th>` +
    `<th scope="col">${escapeText(t('schedule.column.what'))}</th>` +
    `<th scope="col" class="num">${escapeText(t('schedule.column.length'))}</th>` +
    `</tr></thead>` +
    `<tbody>${view.lines.map((line) => lineRow(line, options)).join('')}</tbody>` +
    `</table></div></section>`
  );
}

/** Several sessions, each with its run link. */
export function renderSessions(
  views: readonly SessionView[],
  options: Omit<RenderOptions, 'runHref'> & { runHref: (session: number) => string | undefined },
): string {
  return views.map((view) => renderSession(view, { ...options, runHref: options.runHref(view.number) })).join('');
}
