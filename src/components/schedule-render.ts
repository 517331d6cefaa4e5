/**
 * Draws schedule views in the browser with DOM methods only: every text from a link or
 * from content goes in through `textContent`, never as HTML.
 */
import type { SessionView } from '../lib/schedule-view.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderSessions(
  target: HTMLElement,
  views: readonly SessionView[],
  base: string,
  runHref: (session: number) => string,
): void {
  target.replaceChildren();
  views.forEach((view, index) => {
    const section = el('section', undefined, 'schedule-session');
    section.dataset['scheduleSession'] = '';
    const id = `session-${index + 1}`;
    section.setAttribute('aria-labelledby', id);
    const heading = el('h2', `${view.label} `);
    heading.id = id;
    heading.append(el('span', view.time, 'meta'));
    const summary = el('p', `${view.summary} · `, 'meta');
    const run = el('a', `Run ${view.label.toLowerCase()} live`, 'screen-only');
    run.href = runHref(index + 1);
    summary.append(run);
    const scroll = el('div', undefined, 'table-scroll');
    const table = el('table', undefined, 'agenda schedule');
    const caption = el('caption', `${view.label} schedule`, 'sr-only');
    const head = el('thead');
    const headRow = el('tr');
    for (const [text, cls] of [
      ['Time', ''],
      ['What', ''],
      ['Length', 'num'],
    ] as const) {
      const th = el('th', text, cls || undefined);
      th.scope = 'col';
      headRow.append(th);
    }
    head.append(headRow);
    const body = el('tbody');
    for (const line of view.lines) {
      const row = el('tr', undefined, [line.type, line.isBreak ? 'break' : ''].join(' ').trim());
      row.dataset['line'] = line.type;
      row.append(el('td', line.time, 'clock'));
      const what = el('td');
      const label: HTMLElement = line.href ? el('a', line.title) : el('span', line.title);
      if (line.href && label instanceof HTMLAnchorElement) label.href = `${base.replace(/\/$/, '')}${line.href}`;
      if (line.type === 'module') {
        const strong = el('strong');
        strong.append(label);
        what.append(strong);
      } else what.append(label);
      if (line.note) what.append(el('span', line.note, 'item-desc'));
      row.append(what, el('td', line.duration, 'num'));
      body.append(row);
    }
    table.append(caption, head, body);
    scroll.append(table);
    section.append(heading, summary, scroll);
    target.append(section);
  });
}

/** Writes messages into a status box as plain text, one paragraph each. */
export function renderMessages(box: HTMLElement, messages: readonly string[]): void {
  box.replaceChildren(...messages.map((m) => el('p', m)));
  box.hidden = messages.length === 0;
}
