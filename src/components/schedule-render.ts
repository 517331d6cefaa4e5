/**
 * Puts schedules and messages on the page in the browser. The schedule markup comes from
 * the one schedule renderer (`src/lib/schedule-html.ts`), the same function the server
 * uses, and escapes every text; messages go in as plain text through `textContent`.
 */
import { renderSessions, type RenderOptions } from '../lib/schedule-html.ts';
import type { SessionView } from '../lib/schedule-view.ts';

export function showSessions(
  target: HTMLElement,
  views: readonly SessionView[],
  options: Omit<RenderOptions, 'runHref'> & { runHref: (session: number) => string | undefined },
): void {
  target.innerHTML = renderSessions(views, options);
}

/** Writes messages into a status box as plain text, one paragraph each. */
export function renderMessages(box: HTMLElement, messages: readonly string[]): void {
  box.replaceChildren(
    ...messages.map((m) => {
      const p = document.createElement('p');
      p.textContent = m;
      return p;
    }),
  );
  box.hidden = messages.length === 0;
}
