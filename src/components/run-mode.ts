/**
 * The run mode screen. Loaded only on run pages. Every second it redraws from the wall
 * clock and the saved state; every action saves the state to local storage, so a reload
 * or a laptop that slept comes back at the right place and time.
 */
import { formatClock } from '../lib/agenda.ts';
import { fill } from '../lib/i18n.ts';
import type { RunModeWords } from './run-mode-words.ts';
import type { RunItemInput } from '../lib/run-items.ts';
import { withBase } from '../lib/urls.ts';
import {
  applyCuts,
  createRun,
  driftLabel,
  extend,
  formatCountdown,
  next,
  previous,
  restoreRun,
  toggle,
  viewOf,
  type RunState,
} from '../lib/runmode.ts';

const STORAGE_PREFIX = 'distributed-organizing:run:';

function clockOf(ms: number): string {
  const d = new Date(ms);
  return formatClock(d.getHours() * 60 + d.getMinutes());
}

type WakeLock = { release: () => Promise<void> };

/**
 * Mounts the timer on `root`, which holds the sentences of the screen as JSON in a
 * `<script type="application/json" data-run-words>` written by `RunMode.astro`.
 */
export function mountRunMode(root: HTMLElement, agendaId: string, items: readonly RunItemInput[], base: string): void {
  const words = JSON.parse(root.querySelector('[data-run-words]')?.textContent ?? '{}') as RunModeWords;
  const key = STORAGE_PREFIX + agendaId;
  let state: RunState = restoreRun(localStorage.getItem(key), agendaId, items.length) ?? createRun(agendaId, items);
  let wake: WakeLock | null = null;
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const live = q('[data-live]');
  const list = q<HTMLOListElement>('[data-list]');
  if (live) live.hidden = false;
  root.classList.add('is-live');

  const save = () => localStorage.setItem(key, JSON.stringify(state));

  const keepAwake = async () => {
    const status = q('[data-wake]');
    const nav = navigator as Navigator & { wakeLock?: { request: (type: 'screen') => Promise<WakeLock> } };
    if (state.status !== 'running') {
      await wake?.release().catch(() => undefined);
      wake = null;
      return;
    }
    if (!nav.wakeLock) {
      if (status) status.textContent = words.wakeUnsupported;
      return;
    }
    if (wake) return;
    try {
      wake = await nav.wakeLock.request('screen');
      if (status) status.textContent = words.wakeOn;
    } catch {
      if (status) status.textContent = words.wakeFailed;
    }
  };

  let announced = -1;
  const draw = () => {
    const now = Date.now();
    const view = viewOf(state, now);
    const set = (sel: string, text: string) => {
      const node = q(sel);
      if (node && node.textContent !== text) node.textContent = text;
    };
    const current = view.current;
    set('[data-current]', view.status === 'done' ? words.finished : (current?.title ?? ''));
    set('[data-countdown]', view.status === 'done' ? '—' : formatCountdown(view.remainingMs));
    q('[data-countdown]')?.classList.toggle('over', view.remainingMs < 0 && view.status !== 'done');
    set('[data-next]', view.next ? fill(words.nextItem, { title: view.next.title, minutes: view.next.minutes }) : words.lastItem);
    set('[data-drift]', view.status === 'ready' ? words.notStarted : driftLabel(view.driftMinutes, words));
    q('[data-drift]')?.setAttribute('data-behind', String(view.driftMinutes > 0));
    set(
      '[data-projected]',
      view.projectedEnd
        ? view.plannedEnd
          ? fill(words.endsAtPlanned, { end: clockOf(view.projectedEnd), planned: clockOf(view.plannedEnd) })
          : fill(words.endsAt, { end: clockOf(view.projectedEnd) })
        : '',
    );
    set(
      '[data-action="toggle"] [data-label]',
      view.status === 'running'
        ? words.pause
        : view.status === 'paused'
          ? words.resume
          : view.status === 'done'
            ? words.finished
            : words.start,
    );
    const notes = q<HTMLAnchorElement>('[data-notes]');
    if (notes) {
      notes.hidden = !current?.notesUrl;
      if (current?.notesUrl) notes.href = withBase(base, current.notesUrl);
    }
    if (announced !== view.index) {
      set('[data-announce]', current ? fill(words.announce, { title: current.title, minutes: current.minutes }) : '');
      announced = view.index;
    }
    // The remaining agenda with reflowed clock times.
    if (list) {
      for (const li of list.querySelectorAll<HTMLElement>('li[data-index]')) {
        const index = Number(li.dataset['index']);
        const slot = view.upcoming.find((u) => u.index === index);
        const item = state.items[index];
        li.classList.toggle('current', index === view.index && view.status !== 'done');
        li.classList.toggle('past', index < view.index || view.status === 'done');
        li.classList.toggle('skipped', Boolean(item?.skipped));
        const time = li.querySelector('[data-time]');
        const minutes = li.querySelector('[data-minutes]');
        const text = slot && view.status !== 'ready' ? `${clockOf(slot.start)}–${clockOf(slot.end)}` : '';
        if (time && time.textContent !== text) time.textContent = text;
        if (minutes && item) minutes.textContent = item.skipped ? words.cut : fill(words.minutes, { minutes: item.minutes });
      }
    }
    // Proposed cuts when behind.
    const box = q('[data-proposal]');
    if (box) {
      const proposal = view.proposal;
      const show = proposal !== undefined && state.status !== 'ready';
      box.hidden = !show;
      if (show && proposal) {
        const text =
          proposal.changes.length === 0
            ? words.nothingToCut
            : fill(proposal.enough ? words.cutsEnough : words.cutsNotEnough, { minutes: proposal.savedMinutes });
        set('[data-proposal-text]', text);
        const ul = q('[data-proposal-list]');
        const signature = proposal.changes.map((c) => `${c.index}:${c.to}`).join(',');
        if (ul && ul.dataset['signature'] !== signature) {
          ul.dataset['signature'] = signature;
          ul.replaceChildren(
            ...proposal.changes.map((c) => {
              const li = document.createElement('li');
              li.textContent = fill(c.to === 0 ? words.cutItem : words.shortenItem, { title: c.title, from: c.from, to: c.to });
              return li;
            }),
          );
        }
        const apply = q<HTMLButtonElement>('[data-action="apply"]');
        if (apply) apply.hidden = proposal.changes.length === 0;
      }
    }
  };

  const act = (action: string) => {
    const now = Date.now();
    switch (action) {
      case 'toggle':
        state = toggle(state, now);
        break;
      case 'next':
        state = next(state, now);
        break;
      case 'previous':
        state = previous(state, now);
        break;
      case 'extend':
        state = extend(state, 5);
        break;
      case 'apply': {
        const proposal = viewOf(state, now).proposal;
        if (proposal) state = applyCuts(state, proposal);
        break;
      }
      case 'reset':
        if (!window.confirm(words.confirmReset)) return;
        state = createRun(agendaId, items);
        break;
      case 'projector':
        document.documentElement.classList.toggle('run-projector');
        q('[data-action="projector"]')?.setAttribute('aria-pressed', String(document.documentElement.classList.contains('run-projector')));
        return;
      default:
        return;
    }
    save();
    void keepAwake();
    draw();
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (button) act(button.dataset['action'] ?? '');
  });
  const keys: Record<string, string> = {
    ' ': 'toggle',
    ArrowRight: 'next',
    n: 'next',
    ArrowLeft: 'previous',
    b: 'previous',
    e: 'extend',
    '+': 'extend',
    p: 'projector',
    a: 'apply',
  };
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]') || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest('button') && (event.key === ' ' || event.key === 'Enter')) return; // the button's own click handles it
    const action = keys[event.key] ?? keys[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    act(action);
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      wake = null;
      void keepAwake();
      draw();
    }
  });
  draw();
  void keepAwake();
  window.setInterval(draw, 250);
}
