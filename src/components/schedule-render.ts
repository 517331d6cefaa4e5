/**
 * Puts schedules and messages on the page in the browser. The schedule markup comes from
 * the one schedule renderer (`src/lib/schedule-html.ts`), the same function the server
 * uses, and escapes every text; messages go in as plain text through `textContent`.
 */
import { renderSessions, type RenderOptions } from '../lib/schedule-html.ts';
import type { SessionView } from '../lib/schedule-view.ts';
import { asLocale } from '../lib/urls.ts';

export function showSessions(
  target: HTMLElement,
  views: readonly SessionView[],
  options: Omit<RenderOptions, 'runHref'> & { runHref: (session: number) => string | undefined },
): void {
  // Links go to the pages in the language of the page this runs on.
  target.innerHTML = renderSessions(views, { locale: asLocale(document.documentElement.lang), ...options });
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
