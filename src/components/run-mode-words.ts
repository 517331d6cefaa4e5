/**
 * The sentences the run mode scripts write while the timer runs, read from the interface
 * dictionary on the server and handed to the browser as JSON (`data-run-words`). `{name}`
 * placeholders are filled in the browser with `fill()` from `src/lib/i18n.ts`.
 */
import type { InterfaceKey, Translate } from '../lib/labels.ts';

/**
 * The keys of run mode, for the list on screen and the README: what the trainer presses,
 * and the action. `run-mode.ts` maps the same keys (its `KEY_ACTIONS`).
 */
export const RUN_KEYS = [
  { keys: ['Space'], action: 'toggle', label: 'runMode.key.toggle' },
  { keys: ['→', 'N'], action: 'next', label: 'runMode.key.next' },
  { keys: ['←', 'B'], action: 'previous', label: 'runMode.key.previous' },
  { keys: ['S'], action: 'step', label: 'runMode.key.nextStep' },
  { keys: ['E', '+'], action: 'extend', label: 'runMode.key.extend' },
  { keys: ['R'], action: 'room', label: 'runMode.key.room' },
  { keys: ['A'], action: 'apply', label: 'runMode.key.apply' },
] as const satisfies readonly { keys: readonly string[]; action: string; label: InterfaceKey }[];

export type RunAction = (typeof RUN_KEYS)[number]['action'];

/** `KeyboardEvent.key` → action, from `RUN_KEYS` ("→" is ArrowRight, "Space" is " "). */
export const KEY_ACTIONS: Readonly<Record<string, RunAction>> = Object.fromEntries(
  RUN_KEYS.flatMap(({ keys, action }) =>
    keys.map((key) => [key === 'Space' ? ' ' : key === '→' ? 'ArrowRight' : key === '←' ? 'ArrowLeft' : key.toLowerCase(), action]),
  ),
);

export function runModeWords(t: Translate) {
  return {
    start: t('runMode.start'),
    pause: t('runMode.pause'),
    resume: t('runMode.resume'),
    finished: t('runMode.finished'),
    notStarted: t('runMode.notStarted'),
    wakeUnsupported: t('runMode.client.wakeUnsupported'),
    wakeOn: t('runMode.client.wakeOn'),
    wakeFailed: t('runMode.client.wakeFailed'),
    nextItem: t('runMode.client.nextItem'),
    lastItem: t('runMode.client.lastItem'),
    onTime: t('runMode.client.onTime'),
    behind: t('runMode.client.behind'),
    ahead: t('runMode.client.ahead'),
    endsAt: t('runMode.client.endsAt'),
    endsAtPlanned: t('runMode.client.endsAtPlanned'),
    announce: t('runMode.client.announce'),
    cut: t('runMode.client.cut'),
    minutes: t('runMode.client.minutes'),
    nothingToCut: t('runMode.client.nothingToCut'),
    cutsEnough: t('runMode.client.cutsEnough'),
    cutsNotEnough: t('runMode.client.cutsNotEnough'),
    cutItem: t('runMode.client.cutItem'),
    shortenItem: t('runMode.client.shortenItem'),
    confirmReset: t('runMode.client.confirmReset'),
    stepOf: t('runMode.client.stepOf'),
    backAt: t('runMode.client.backAt'),
    timeUp: t('runMode.client.timeUp'),
    stepUp: t('runMode.client.stepUp'),
    lastStepUp: t('runMode.client.lastStepUp'),
    chimeUnavailable: t('runMode.client.chimeUnavailable'),
    savedUnreadable: t('runMode.client.savedUnreadable'),
    offlineNow: t('runMode.client.offlineNow'),
    paused: t('runMode.client.paused'),
    notesSay: t('runMode.notesSay'),
    notesWatchFor: t('runMode.notesWatchFor'),
    notesIfLate: t('runMode.notesIfLate'),
    notesInterpreted: t('runMode.notesInterpreted'),
    notesSteps: t('runMode.notesSteps'),
    notesEmpty: t('runMode.notesEmpty'),
  };
}

/** Every sentence of the run mode screen, in the page's language. */
export type RunModeWords = ReturnType<typeof runModeWords>;

/** The sentences of the room view (the projector window). */
export function roomViewWords(t: Translate) {
  return {
    notStarted: t('runMode.roomView.notStarted'),
    paused: t('runMode.roomView.paused'),
    finished: t('runMode.roomView.finished'),
    lastItem: t('runMode.roomView.lastItem'),
    nextItem: t('runMode.client.nextItem'),
    stepOf: t('runMode.client.stepOf'),
    backAt: t('runMode.client.backAt'),
    timeUp: t('runMode.client.timeUp'),
    stepUp: t('runMode.client.stepUp'),
    lastStepUp: t('runMode.client.lastStepUp'),
  };
}

export type RoomViewWords = ReturnType<typeof roomViewWords>;
