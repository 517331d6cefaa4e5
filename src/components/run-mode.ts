/**
 * The run mode screen (the presenter view). Loaded only on run pages. Every quarter second
 * it redraws from the wall clock and the saved state; every action saves the state to local
 * storage, so a reload or a laptop that slept comes back at the right place and time, and
 * sends it to the room view (src/components/room-view.ts) through `room-channel.ts`.
 */
import { fill } from '../lib/i18n.ts';
import { KEY_ACTIONS, type RunAction, type RunModeWords } from './run-mode-words.ts';
import type { RunItemInput } from '../lib/run-items.ts';
import { asLocale, pageUrl, toolPaths } from '../lib/urls.ts';
import {
  applyCuts,
  clockMark,
  createRun,
  driftLabel,
  extend,
  formatCountdown,
  next,
  nextStep,
  openRun,
  previous,
  setAutoSteps,
  toggle,
  viewOf,
  zeroCue,
  type ClockMark,
  type RunItem,
  type RunState,
  type RunView,
} from '../lib/runmode.ts';
import { createChime } from './chime.ts';
import { clockOf, cueText } from './run-cues.ts';
import { openRoomLink } from './room-channel.ts';

const STORAGE_PREFIX = 'distributed-organizing:run:';
const CHIME_KEY = 'distributed-organizing:run-chime';
const ROOM_WINDOW = 'distributed-organizing-room-view';
/** Where keys type text, so run mode leaves them alone (a checkbox is not: Space there still pauses). */
const TYPING = 'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable="true"]';

type WakeLock = { release: () => Promise<void> };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** The notes of one item as DOM nodes, text only (never parsed as HTML). */
function notesNodes(item: RunItem | undefined, step: number | undefined, words: RunModeWords): Node[] {
  const notes = item?.notes;
  const nodes: Node[] = [];
  const labelled = (label: string, text: string) => {
    const p = document.createElement('p');
    p.append(element('strong', label), ` ${text}`);
    return p;
  };
  if (notes) {
    nodes.push(labelled(words.notesSay, notes.say));
    nodes.push(element('p', words.notesWatchFor));
    const ul = document.createElement('ul');
    ul.append(...notes.watchFor.map((w) => element('li', w)));
    nodes.push(ul);
    if (notes.ifLate) nodes.push(labelled(words.notesIfLate, notes.ifLate));
    if (notes.interpreted) nodes.push(labelled(words.notesInterpreted, notes.interpreted));
  }
  if (item && item.steps.length > 0) {
    nodes.push(element('p', words.notesSteps));
    const ol = document.createElement('ol');
    ol.append(
      ...item.steps.map((s, i) => {
        const li = element('li', `${s.title} (${fill(words.minutes, { minutes: s.minutes })})`);
        if (i === step) li.className = 'current';
        return li;
      }),
    );
    nodes.push(ol);
  }
  if (nodes.length === 0) nodes.push(element('p', words.notesEmpty));
  return nodes;
}

/**
 * Mounts the timer on `root`, which holds the sentences of the screen as JSON in a
 * `<script type="application/json" data-run-words>` written by `RunMode.astro`.
 */
export function mountRunMode(root: HTMLElement, agendaId: string, items: readonly RunItemInput[], base: string): void {
  const words = JSON.parse(root.querySelector('[data-run-words]')?.textContent ?? '{}') as RunModeWords;
  const key = STORAGE_PREFIX + agendaId;
  const opened = openRun(localStorage.getItem(key), agendaId, items);
  let state: RunState = opened.state;
  let wake: WakeLock | null = null;
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const live = q('[data-live]');
  const list = q<HTMLOListElement>('[data-list]');
  const notice = q('[data-notice]');
  const notesPanel = q('[data-notes-panel]');
  const notesButton = q<HTMLButtonElement>('[data-action="notes"]');
  const chimeBox = q<HTMLInputElement>('[data-setting="chime"]');
  const autoBox = q<HTMLInputElement>('[data-setting="autoSteps"]');
  if (live) live.hidden = false;
  const extras = q('[data-extras]');
  if (extras) extras.hidden = false;
  root.classList.add('is-live');
  document.documentElement.classList.add('run-page');

  const showNotice = (text: string) => {
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = text === '';
  };
  if (opened.notice === 'unreadable') showNotice(words.savedUnreadable);

  const room = openRoomLink((message) => {
    if (message.type === 'hello') room.send({ type: 'state', state });
  });
  const save = () => {
    try {
      localStorage.setItem(key, JSON.stringify(state));
    } catch {
      // Storage full or blocked: the timer still runs in this tab.
    }
    room.send({ type: 'state', state });
  };
  room.send({ type: 'state', state });

  const chime = createChime();
  const chimeStatus = q('[data-chime-status]');
  if (chimeBox) chimeBox.checked = localStorage.getItem(CHIME_KEY) === 'on';
  if (autoBox) autoBox.checked = state.autoSteps;
  const unlockChime = () => {
    if (!chimeBox?.checked) return;
    if (!chime.unlock() && chimeStatus) chimeStatus.textContent = words.chimeUnavailable;
  };

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
  let mark: ClockMark | undefined;
  let cueUntil = 0;
  let notesFor = '';
  const set = (sel: string, text: string) => {
    const node = q(sel);
    if (node && node.textContent !== text) node.textContent = text;
  };

  const drawNotes = (view: RunView) => {
    const current = view.current;
    if (notesButton) notesButton.hidden = !current;
    if (!notesPanel || notesPanel.hidden) return;
    const signature = `${view.index}:${view.step?.index ?? ''}`;
    if (signature === notesFor) return;
    notesFor = signature;
    set('[data-notes-item]', current?.title ?? '');
    q('[data-notes-body]')?.replaceChildren(...notesNodes(current, view.step?.index, words));
    const link = q<HTMLAnchorElement>('[data-notes-link]');
    if (link) {
      link.hidden = !current?.notesUrl;
      if (current?.notesUrl) {
        link.href = pageUrl(current.notesUrl, { base, locale: asLocale(document.documentElement.lang) });
        link.target = '_blank';
      }
    }
  };

  const draw = () => {
    const now = Date.now();
    const view = viewOf(state, now);
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
    // The step being worked on.
    const stepBox = q('[data-step]');
    const step = view.step;
    if (stepBox) stepBox.hidden = !step;
    const stepButton = q<HTMLButtonElement>('[data-action="step"]');
    if (stepButton) {
      stepButton.hidden = !step;
      stepButton.disabled = !step || step.index >= step.count - 1 || view.status === 'ready';
    }
    if (step) {
      set('[data-step-label]', fill(words.stepOf, { number: step.index + 1, count: step.count }));
      set('[data-step-title]', step.step.title);
      set('[data-step-countdown]', view.status === 'ready' ? '' : formatCountdown(step.remainingMs));
      q('[data-step-countdown]')?.classList.toggle('over', step.remainingMs < 0);
    }
    const back = q('[data-back-at]');
    if (back) back.hidden = view.backAt === undefined;
    if (view.backAt !== undefined) set('[data-back-at]', fill(words.backAt, { time: clockOf(view.backAt) }));
    if (view.status === 'paused') set('[data-cue]', words.paused);
    // Time is up: a visual cue, a sentence for screen readers and, if chosen, the chime.
    const after = clockMark(view);
    if (mark && mark.index !== after.index) cueUntil = 0;
    const cue = zeroCue(mark, after, view.status);
    mark = after;
    if (cue) {
      cueUntil = now + 6000;
      set('[data-cue]', cueText(cue, view, words));
      if (chimeBox?.checked) chime.play();
    }
    const cueing = now < cueUntil;
    root.classList.toggle('at-zero', cueing);
    if (!cueing && view.status !== 'paused') set('[data-cue]', '');
    if (announced !== view.index) {
      set('[data-announce]', current ? fill(words.announce, { title: current.title, minutes: current.minutes }) : '');
      announced = view.index;
    }
    drawNotes(view);
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
            ...proposal.changes.map((c) =>
              element('li', fill(c.to === 0 ? words.cutItem : words.shortenItem, { title: c.title, from: c.from, to: c.to })),
            ),
          );
        }
        const apply = q<HTMLButtonElement>('[data-action="apply"]');
        if (apply) apply.hidden = proposal.changes.length === 0;
      }
    }
  };

  const openRoom = () => {
    const url = pageUrl(toolPaths.roomView(), { base, locale: asLocale(document.documentElement.lang) });
    const opened = window.open(url, ROOM_WINDOW, 'popup,width=1280,height=720');
    const popup = q('[data-popup]');
    if (popup) popup.hidden = opened !== null;
    // The new window asks for the state when it loads; send it anyway for one that was already open.
    room.send({ type: 'state', state });
  };

  const setNotes = (open: boolean) => {
    if (!notesPanel) return;
    notesPanel.hidden = !open;
    notesButton?.setAttribute('aria-expanded', String(open));
    root.classList.toggle('notes-open', open);
    notesFor = '';
    draw();
  };

  const act = (action: RunAction | 'reset' | 'notes' | 'notes-close') => {
    const now = Date.now();
    unlockChime();
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
      case 'step':
        state = nextStep(state, now);
        break;
      case 'extend':
        state = extend(state, 5, now);
        break;
      case 'apply': {
        const proposal = viewOf(state, now).proposal;
        if (!proposal || state.status === 'ready') return;
        state = applyCuts(state, proposal);
        break;
      }
      case 'reset':
        if (!window.confirm(words.confirmReset)) return;
        state = { ...createRun(agendaId, items), autoSteps: state.autoSteps };
        break;
      case 'room':
        openRoom();
        return;
      case 'notes':
        setNotes(notesPanel?.hidden === true);
        return;
      case 'notes-close':
        setNotes(false);
        notesButton?.focus();
        return;
    }
    save();
    void keepAwake();
    draw();
  };

  const isAction = (name: string): name is RunAction | 'reset' | 'notes' | 'notes-close' =>
    Object.values(KEY_ACTIONS).includes(name as RunAction) || name === 'reset' || name === 'notes' || name === 'notes-close';
  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    const name = button?.dataset['action'] ?? '';
    if (isAction(name)) act(name);
  });
  root.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box === chimeBox) {
      localStorage.setItem(CHIME_KEY, box.checked ? 'on' : 'off');
      if (chimeStatus) chimeStatus.textContent = '';
      unlockChime();
    }
    if (box === autoBox) {
      state = setAutoSteps(state, box.checked, Date.now());
      save();
      draw();
    }
  });
  // Keys act on the document, whatever has the focus: after a click on "+5 min", Space
  // still pauses instead of pressing that button again. Enter keeps activating the focused
  // button, so keyboard users can still reach every control with Tab and Enter.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest(TYPING) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter') return;
    const action = KEY_ACTIONS[event.key] ?? KEY_ACTIONS[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    if (event.repeat && action !== 'extend') return;
    act(action);
  });
  // A button or a checkbox would "click" itself when Space is released: that press was the pause key.
  document.addEventListener('keyup', (event) => {
    if (event.key === ' ' && (event.target as HTMLElement).closest('button, input[type="checkbox"]')) event.preventDefault();
  });
  document.addEventListener('pointerdown', unlockChime);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      wake = null;
      void keepAwake();
      draw();
    }
  });
  const offline = () => showNotice(navigator.onLine ? '' : words.offlineNow);
  window.addEventListener('offline', offline);
  window.addEventListener('online', offline);
  if (!navigator.onLine) offline();
  draw();
  void keepAwake();
  window.setInterval(draw, 250);
}
