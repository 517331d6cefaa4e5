/**
 * The room view script: asks the run mode window for its state, then redraws from the
 * wall clock four times a second with `roomViewOf`, which carries no control, no drift and
 * no proposed cut. With no run mode window answering, it keeps the help text on screen.
 */
import { fill } from '../lib/i18n.ts';
import { clockMark, formatCountdown, roomViewOf, viewOf, zeroCue, type ClockMark, type RunState } from '../lib/runmode.ts';
import { openRoomLink } from './room-channel.ts';
import { clockOf, cueText } from './run-cues.ts';
import type { RoomViewWords } from './run-mode-words.ts';

/** How long the room view waits for a run mode window before saying how to open one. */
const ANSWER_MS = 1500;

export function mountRoomView(root: HTMLElement): void {
  const words = JSON.parse(root.querySelector('[data-room-words]')?.textContent ?? '{}') as RoomViewWords;
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const help = q('[data-room-help]');
  const live = q('[data-room-live]');
  let state: RunState | undefined;
  let mark: ClockMark | undefined;
  let cueUntil = 0;
  const set = (sel: string, text: string) => {
    const node = q(sel);
    if (node && node.textContent !== text) node.textContent = text;
  };

  const draw = () => {
    if (!state) return;
    const now = Date.now();
    const view = roomViewOf(state, now);
    set(
      '[data-room-status]',
      view.status === 'ready' ? words.notStarted : view.status === 'paused' ? words.paused : view.status === 'done' ? words.finished : '',
    );
    set('[data-room-title]', view.status === 'done' ? '' : view.title);
    set('[data-room-countdown]', view.status === 'done' ? '' : formatCountdown(view.remainingMs));
    q('[data-room-countdown]')?.classList.toggle('over', view.remainingMs < 0 && view.status !== 'done');
    const back = q('[data-room-back]');
    if (back) back.hidden = view.backAt === undefined;
    if (view.backAt !== undefined) set('[data-room-back]', fill(words.backAt, { time: clockOf(view.backAt) }));
    const step = q('[data-room-step]');
    if (step) step.hidden = !view.step;
    if (view.step) {
      set('[data-room-step-label]', fill(words.stepOf, { number: view.step.index + 1, count: view.step.count }));
      set('[data-room-step-title]', view.step.title);
      set('[data-room-step-countdown]', view.status === 'ready' ? '' : formatCountdown(view.step.remainingMs));
      q('[data-room-step-countdown]')?.classList.toggle('over', view.step.remainingMs < 0);
    }
    set('[data-room-next]', view.next ? fill(words.nextItem, { title: view.next.title, minutes: view.next.minutes }) : words.lastItem);
    root.classList.toggle('is-paused', view.status === 'paused');
    root.classList.toggle('is-break', view.isBreak);
    const full = viewOf(state, now);
    const after = clockMark(full);
    const cue = zeroCue(mark, after, full.status);
    mark = after;
    if (cue) {
      cueUntil = now + 6000;
      set('[data-room-cue]', cueText(cue, full, words));
    }
    const cueing = now < cueUntil;
    root.classList.toggle('at-zero', cueing);
    if (!cueing) set('[data-room-cue]', '');
  };

  const show = (next: RunState) => {
    // A new item (or agenda) starts without the previous item's cue.
    if (state?.agendaId !== next.agendaId || state.index !== next.index) {
      mark = undefined;
      cueUntil = 0;
    }
    state = next;
    if (help) help.hidden = true;
    if (live) live.hidden = false;
    document.documentElement.classList.add('room-live');
    draw();
  };

  const link = openRoomLink((message) => {
    if (message.type === 'state') show(message.state);
  });
  link.send({ type: 'hello' });
  window.setTimeout(() => {
    const alone = q('[data-room-alone]');
    if (!state && alone) alone.hidden = false;
  }, ANSWER_MS);
  window.setInterval(draw, 250);
}
