/**
 * Live run mode: where the group is in an agenda, from the wall clock.
 *
 * The state stores moments (milliseconds since the epoch), never a tick count, so a
 * laptop that sleeps or a tab that is closed and reopened shows the right time as soon
 * as it wakes. Every action is a pure function `(state, now) → state`; the page script
 * only saves the state and draws `viewOf(state, now)`. The room view (the projector window)
 * receives the same state and draws `roomViewOf(state, now)`, which holds only what the
 * room needs: no control, no drift, no proposed cut.
 */
import type { AgendaItemKind } from '../schemas/module.ts';
import { fill } from './i18n.ts';

/** One step of an activity, timed inside its agenda item. */
export interface RunStep {
  title: string;
  minutes: number;
}

/** The facilitator notes of an item, shown beside the controls in the presenter window only. */
export interface RunNotes {
  say: string;
  watchFor: string[];
  ifLate?: string | undefined;
  interpreted?: string | undefined;
}

export interface RunItem {
  title: string;
  /** Planned minutes (changes when extended or shrunk). */
  minutes: number;
  /** Minutes as first planned, before any change. */
  originalMinutes: number;
  optional: boolean;
  shrinkTo: number | undefined;
  kind: AgendaItemKind;
  /** Where the notes for this item are, if anywhere. */
  notesUrl: string | undefined;
  /** The activity's steps, fitted to `minutes` (empty when the item is not an activity). */
  steps: RunStep[];
  notes: RunNotes | undefined;
  skipped: boolean;
}

export type RunStatus = 'ready' | 'running' | 'paused' | 'done';

export interface RunState {
  version: 2;
  /** Identifies the agenda, so a saved state is only restored on the page it belongs to. */
  agendaId: string;
  items: RunItem[];
  index: number;
  status: RunStatus;
  /** When the current item started. */
  itemStartedAt: number | null;
  /** When the current pause began. */
  pausedAt: number | null;
  /** Paused time already spent in the current item. */
  pausedMs: number;
  /** The planned finish, fixed when the run starts. */
  plannedEnd: number | null;
  /** The step the trainer last moved to in the current item (automatic steps may be further on). */
  step: number;
  /** Time into the current item (pauses excluded, ms) when that step started. */
  stepStartedMs: number;
  /** Whether the next step starts by itself when a step's time is up (otherwise on a key). */
  autoSteps: boolean;
}

const MINUTE = 60_000;

export function createRun(agendaId: string, items: readonly Omit<RunItem, 'originalMinutes' | 'skipped'>[]): RunState {
  return {
    version: 2,
    agendaId,
    items: items.map((item) => ({ ...item, originalMinutes: item.minutes, skipped: false })),
    index: 0,
    status: 'ready',
    itemStartedAt: null,
    pausedAt: null,
    pausedMs: 0,
    plannedEnd: null,
    step: 0,
    stepStartedMs: 0,
    autoSteps: true,
  };
}

const minutesFrom = (items: readonly RunItem[], from: number) =>
  items.slice(from).reduce((sum, item) => sum + (item.skipped ? 0 : item.minutes), 0);

/** Starts the run, or resumes it after a pause. */
export function start(state: RunState, now: number): RunState {
  if (state.status === 'ready') {
    return {
      ...state,
      status: 'running',
      itemStartedAt: now,
      pausedMs: 0,
      pausedAt: null,
      plannedEnd: now + minutesFrom(state.items, 0) * MINUTE,
    };
  }
  if (state.status === 'paused' && state.pausedAt !== null) {
    return { ...state, status: 'running', pausedMs: state.pausedMs + (now - state.pausedAt), pausedAt: null };
  }
  return state;
}

export function pause(state: RunState, now: number): RunState {
  return state.status === 'running' ? { ...state, status: 'paused', pausedAt: now } : state;
}

/** Start or pause, whichever applies (the space bar). */
export function toggle(state: RunState, now: number): RunState {
  return state.status === 'running' ? pause(state, now) : start(state, now);
}

/** Moves to the next item (the current one is done, or skipped if it had not run). */
export function next(state: RunState, now: number): RunState {
  if (state.status === 'done') return state;
  if (state.status === 'ready') {
    const items = state.items.map((item, i) => (i === state.index ? { ...item, skipped: true } : item));
    return { ...state, items, index: Math.min(state.index + 1, items.length - 1) };
  }
  const last = state.index >= state.items.length - 1;
  if (last) return { ...state, status: 'done', pausedAt: null };
  const paused = state.status === 'paused';
  return { ...state, index: state.index + 1, itemStartedAt: now, pausedMs: 0, pausedAt: paused ? now : null, step: 0, stepStartedMs: 0 };
}

/** Goes back one item and restarts its clock (for a mistaken "next"). */
export function previous(state: RunState, now: number): RunState {
  if (state.index === 0) return state;
  const index = state.index - 1;
  const items = state.items.map((item, i) => (i === index ? { ...item, skipped: false } : item));
  const running = state.status === 'running' || state.status === 'done';
  return {
    ...state,
    items,
    index,
    status: state.status === 'done' ? 'running' : state.status,
    itemStartedAt: running || state.status === 'paused' ? now : null,
    pausedMs: 0,
    pausedAt: state.status === 'paused' ? now : null,
    step: 0,
    stepStartedMs: 0,
  };
}

/** Adds minutes to the current item, and to the step being worked on if it has steps. */
export function extend(state: RunState, minutes = 5, now?: number): RunState {
  const step = now === undefined ? undefined : stepOf(state, now);
  const items = state.items.map((item, i) => {
    if (i !== state.index) return item;
    const steps = item.steps.map((s, k) => (k === (step?.index ?? item.steps.length - 1) ? { ...s, minutes: s.minutes + minutes } : s));
    return { ...item, minutes: item.minutes + minutes, steps };
  });
  // Automatic steps already passed stay passed: pin the step the room is on.
  return step ? { ...state, items, step: step.index, stepStartedMs: step.startedMs } : { ...state, items };
}

/** Starts the next step of the current item now (the trainer's key); nothing after the last step. */
export function nextStep(state: RunState, now: number): RunState {
  if (state.status !== 'running' && state.status !== 'paused') return state;
  const step = stepOf(state, now);
  if (!step || step.index >= step.count - 1) return state;
  return { ...state, step: step.index + 1, stepStartedMs: elapsedIn(state, now) };
}

/** Whether steps start by themselves; the step on screen stays where it is. */
export function setAutoSteps(state: RunState, autoSteps: boolean, now: number): RunState {
  const step = stepOf(state, now);
  return step ? { ...state, autoSteps, step: step.index, stepStartedMs: step.startedMs } : { ...state, autoSteps };
}

/**
 * Fits an activity's steps to the minutes of its agenda item. Minutes the steps do not
 * use become a first step called `setupTitle` (giving instructions, forming groups); an
 * item shorter than its steps shrinks every step in proportion, whole minutes, at least 1
 * (for example 10 + 20 in 15 minutes → 5 + 10).
 */
export function fitSteps(steps: readonly RunStep[], minutes: number, setupTitle?: string): RunStep[] {
  const total = steps.reduce((sum, s) => sum + s.minutes, 0);
  if (steps.length === 0 || minutes <= 0) return [];
  if (total === minutes) return steps.map((s) => ({ ...s }));
  if (total < minutes) {
    const gap = minutes - total;
    if (setupTitle) return [{ title: setupTitle, minutes: gap }, ...steps.map((s) => ({ ...s }))];
    return steps.map((s, i) => ({ ...s, minutes: i === steps.length - 1 ? s.minutes + gap : s.minutes }));
  }
  // Largest remainder, so the whole minutes add up exactly; too many steps for the minutes keep the first ones.
  const kept = steps.slice(0, minutes);
  const keptTotal = kept.reduce((sum, s) => sum + s.minutes, 0);
  const spare = minutes - kept.length;
  const shares = kept.map((s) => (s.minutes / keptTotal) * spare);
  const whole = shares.map((share) => Math.floor(share));
  let left = spare - whole.reduce((a, b) => a + b, 0);
  const order = shares.map((share, i) => ({ i, rest: share - Math.floor(share) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left--;
  }
  return kept.map((s, i) => ({ ...s, minutes: 1 + (whole[i] ?? 0) }));
}

export interface StepView {
  /** From 0. */
  index: number;
  count: number;
  step: RunStep;
  /** Time into the item (ms) when this step started. */
  startedMs: number;
  /** Milliseconds left in the step; negative when it overruns. */
  remainingMs: number;
}

/**
 * The step being worked on. With automatic steps, each step follows the one before when
 * its time is up (the last step runs over); otherwise the step changes only on a key.
 */
export function stepOf(state: RunState, now: number): StepView | undefined {
  const item = state.items[state.index];
  if (!item || item.steps.length === 0 || state.status === 'done') return undefined;
  const elapsed = elapsedIn(state, now);
  let index = Math.min(Math.max(0, state.step), item.steps.length - 1);
  let startedMs = state.stepStartedMs;
  const length = (i: number) => (item.steps[i]?.minutes ?? 0) * MINUTE;
  if (state.autoSteps)
    while (index < item.steps.length - 1 && elapsed >= startedMs + length(index)) {
      startedMs += length(index);
      index++;
    }
  return {
    index,
    count: item.steps.length,
    step: item.steps[index] as RunStep,
    startedMs,
    remainingMs: startedMs + length(index) - elapsed,
  };
}

export interface RunView {
  status: RunStatus;
  index: number;
  current: RunItem | undefined;
  next: RunItem | undefined;
  /** Milliseconds left in the current item; negative when it overruns. */
  remainingMs: number;
  elapsedMs: number;
  /** Positive: minutes behind plan; negative: minutes ahead. */
  driftMinutes: number;
  /** When the run will end at this pace (ms), or null before it starts. */
  projectedEnd: number | null;
  plannedEnd: number | null;
  /** Start and end times (ms) of every item from now on, reflowed. */
  upcoming: { index: number; item: RunItem; start: number; end: number }[];
  /** Cuts that would bring a late run back on time. */
  proposal: CutProposal | undefined;
  /** The step being worked on, when the current item is an activity with steps. */
  step: StepView | undefined;
  /** On a break that has started: when the group is due back (ms, to the nearest minute). */
  backAt: number | undefined;
}

export interface CutProposal {
  changes: { index: number; title: string; from: number; to: number }[];
  savedMinutes: number;
  /** Whether the changes cover the whole delay. */
  enough: boolean;
}

export function elapsedIn(state: RunState, now: number): number {
  if (state.itemStartedAt === null) return 0;
  const pausedNow = state.status === 'paused' && state.pausedAt !== null ? now - state.pausedAt : 0;
  return Math.max(0, now - state.itemStartedAt - state.pausedMs - pausedNow);
}

/**
 * Optional items still to come that can shrink, largest saving first, until the delay
 * is covered. Items already shrunk to their minimum are left alone.
 */
export function proposeCuts(state: RunState, behindMinutes: number): CutProposal | undefined {
  if (behindMinutes <= 0) return undefined;
  const candidates = state.items
    .map((item, index) => ({ item, index }))
    .filter(({ item, index }) => index > state.index && !item.skipped && item.optional && item.minutes > (item.shrinkTo ?? 0))
    .sort((a, b) => b.item.minutes - (b.item.shrinkTo ?? 0) - (a.item.minutes - (a.item.shrinkTo ?? 0)) || a.index - b.index);
  const changes: CutProposal['changes'] = [];
  let saved = 0;
  for (const { item, index } of candidates) {
    if (saved >= behindMinutes) break;
    const to = item.shrinkTo ?? 0;
    changes.push({ index, title: item.title, from: item.minutes, to });
    saved += item.minutes - to;
  }
  if (changes.length === 0) return { changes, savedMinutes: 0, enough: false };
  changes.sort((a, b) => a.index - b.index);
  return { changes, savedMinutes: saved, enough: saved >= behindMinutes };
}

/** Applies a proposal: shrinks the items (an item shrunk to 0 is marked skipped). */
export function applyCuts(state: RunState, proposal: CutProposal): RunState {
  const items = state.items.map((item, index) => {
    const change = proposal.changes.find((c) => c.index === index);
    if (!change) return item;
    return { ...item, minutes: change.to, skipped: change.to === 0, steps: fitSteps(item.steps, change.to) };
  });
  return { ...state, items };
}

export function viewOf(state: RunState, now: number): RunView {
  const current = state.items[state.index];
  const elapsedMs = elapsedIn(state, now);
  const remainingMs = current ? current.minutes * MINUTE - elapsedMs : 0;
  const running = state.status === 'running' || state.status === 'paused';
  // The current item started `elapsedMs` ago (pauses excluded); later items follow it.
  let clock = running ? now - elapsedMs : now;
  const upcoming: RunView['upcoming'] = [];
  for (let index = state.index; index < state.items.length; index++) {
    const item = state.items[index] as RunItem;
    if (item.skipped) continue;
    const startAt = clock;
    const end = index === state.index && running ? Math.max(now, startAt + item.minutes * MINUTE) : startAt + item.minutes * MINUTE;
    upcoming.push({ index, item, start: startAt, end });
    clock = end;
  }
  const projectedEnd = state.status === 'ready' ? null : state.status === 'done' ? now : clock;
  const driftMinutes = projectedEnd !== null && state.plannedEnd !== null ? Math.round((projectedEnd - state.plannedEnd) / MINUTE) : 0;
  let nextItem: RunItem | undefined;
  for (let index = state.index + 1; index < state.items.length; index++) {
    const item = state.items[index] as RunItem;
    if (!item.skipped) {
      nextItem = item;
      break;
    }
  }
  return {
    status: state.status,
    index: state.index,
    current,
    next: nextItem,
    remainingMs,
    elapsedMs,
    driftMinutes,
    projectedEnd,
    plannedEnd: state.plannedEnd,
    upcoming,
    proposal: state.status === 'done' ? undefined : proposeCuts(state, driftMinutes),
    step: stepOf(state, now),
    backAt: current && running ? returnTime(current, remainingMs, now) : undefined,
  };
}

/**
 * When the group is due back from a break, for "Back at 10:30": the end of the break
 * to the nearest minute, or `undefined` for an item that is not a break. A break that
 * has run over says the time it should have ended.
 */
export function returnTime(item: Pick<RunItem, 'kind'>, remainingMs: number, now: number): number | undefined {
  if (item.kind !== 'break') return undefined;
  return Math.round((now + remainingMs) / MINUTE) * MINUTE;
}

/**
 * What the room view (the projector) shows: the item, its countdown, the step, what
 * comes next and when to be back from a break. Nothing else: no control, no ahead or
 * behind, no proposed cut.
 */
export interface RoomView {
  status: RunStatus;
  title: string;
  /** Milliseconds left in the item; negative when it overruns. */
  remainingMs: number;
  isBreak: boolean;
  backAt: number | undefined;
  step: { index: number; count: number; title: string; remainingMs: number } | undefined;
  next: { title: string; minutes: number } | undefined;
}

export function roomViewOf(state: RunState, now: number): RoomView {
  const view = viewOf(state, now);
  return {
    status: view.status,
    title: view.current?.title ?? '',
    remainingMs: view.remainingMs,
    isBreak: view.current?.kind === 'break',
    backAt: view.backAt,
    step: view.step && {
      index: view.step.index,
      count: view.step.count,
      title: view.step.step.title,
      remainingMs: view.step.remainingMs,
    },
    next: view.next && { title: view.next.title, minutes: view.next.minutes },
  };
}

/** Where the clock stood at the last redraw, to notice the moment time runs out. */
export interface ClockMark {
  index: number;
  step: number | undefined;
  remainingMs: number;
  stepRemainingMs: number | undefined;
}

export function clockMark(view: Pick<RunView, 'index' | 'remainingMs' | 'step'>): ClockMark {
  return { index: view.index, step: view.step?.index, remainingMs: view.remainingMs, stepRemainingMs: view.step?.remainingMs };
}

/**
 * Whether time ran out between two redraws of a running timer: `item` when the item
 * reached zero, `step` when a step did (an automatic step change counts: the step before
 * reached zero). Moving by hand to another item or step is not a cue.
 */
export function zeroCue(before: ClockMark | undefined, after: ClockMark, status: RunStatus): 'item' | 'step' | undefined {
  if (!before || status !== 'running' || before.index !== after.index) return undefined;
  if (before.remainingMs > 0 && after.remainingMs <= 0) return 'item';
  if (before.step === undefined || after.step === undefined) return undefined;
  if (after.step === before.step + 1 && (before.stepRemainingMs ?? 0) > 0) return 'step';
  if (after.step === before.step && (before.stepRemainingMs ?? 0) > 0 && (after.stepRemainingMs ?? 0) <= 0) return 'step';
  return undefined;
}

/** "12:05" for a countdown, "+3:10" for an overrun. */
export function formatCountdown(ms: number): string {
  const over = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${over ? '+' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** The sentences of the drift, from the dictionary (`runMode.client.onTime`, `.behind`, `.ahead`; `{minutes}` marks the value). */
export interface DriftWords {
  onTime: string;
  behind: string;
  ahead: string;
}

/** "On time", "6 min behind", "4 min ahead", in the language of `words`. */
export function driftLabel(minutes: number, words: DriftWords): string {
  if (minutes === 0) return words.onTime;
  return minutes > 0 ? fill(words.behind, { minutes }) : fill(words.ahead, { minutes: -minutes });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isMoment = (value: unknown) => value === null || isNumber(value);
const isText = (value: unknown) => typeof value === 'string';
const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string';
const KINDS: readonly string[] = ['plenary', 'small-groups', 'pairs', 'solo', 'break'];

function isStep(value: unknown): boolean {
  return isObject(value) && isText(value['title']) && isNumber(value['minutes']) && value['minutes'] >= 0;
}

function isNotes(value: unknown): boolean {
  if (value === undefined) return true;
  return (
    isObject(value) &&
    isText(value['say']) &&
    Array.isArray(value['watchFor']) &&
    value['watchFor'].every(isText) &&
    isOptionalText(value['ifLate']) &&
    isOptionalText(value['interpreted'])
  );
}

function isItem(value: unknown): boolean {
  return (
    isObject(value) &&
    isText(value['title']) &&
    isNumber(value['minutes']) &&
    value['minutes'] >= 0 &&
    isNumber(value['originalMinutes']) &&
    typeof value['optional'] === 'boolean' &&
    (value['shrinkTo'] === undefined || isNumber(value['shrinkTo'])) &&
    KINDS.includes(String(value['kind'])) &&
    isOptionalText(value['notesUrl']) &&
    Array.isArray(value['steps']) &&
    value['steps'].every(isStep) &&
    isNotes(value['notes']) &&
    typeof value['skipped'] === 'boolean'
  );
}

/**
 * Checks every field of a state that came from storage or from another window; anything
 * else (an old version, a hand-edited value, another program's data) gives `undefined`.
 */
export function parseRunState(data: unknown): RunState | undefined {
  if (!isObject(data) || data['version'] !== 2 || !isText(data['agendaId'])) return undefined;
  const items = data['items'];
  if (!Array.isArray(items) || items.length === 0 || !items.every(isItem)) return undefined;
  const index = data['index'];
  if (!isNumber(index) || !Number.isInteger(index) || index < 0 || index >= items.length) return undefined;
  if (!['ready', 'running', 'paused', 'done'].includes(String(data['status']))) return undefined;
  if (!isMoment(data['itemStartedAt']) || !isMoment(data['pausedAt']) || !isMoment(data['plannedEnd'])) return undefined;
  if (!isNumber(data['pausedMs']) || !isNumber(data['step']) || !isNumber(data['stepStartedMs'])) return undefined;
  if (typeof data['autoSteps'] !== 'boolean') return undefined;
  return data as unknown as RunState;
}

/** Reads a saved state; anything malformed or for another agenda gives `undefined`. */
export function restoreRun(saved: string | null, agendaId: string, itemCount: number): RunState | undefined {
  if (!saved) return undefined;
  try {
    const state = parseRunState(JSON.parse(saved));
    return state && state.agendaId === agendaId && state.items.length === itemCount ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The state run mode opens with: the saved one, or a fresh run. `notice` says why a saved
 * state was set aside (the page shows a friendly sentence; nothing saved is ever shown as HTML).
 */
export function openRun(
  saved: string | null,
  agendaId: string,
  items: readonly Omit<RunItem, 'originalMinutes' | 'skipped'>[],
): { state: RunState; notice: 'unreadable' | undefined } {
  const restored = restoreRun(saved, agendaId, items.length);
  if (restored) return { state: restored, notice: undefined };
  return { state: createRun(agendaId, items), notice: saved ? 'unreadable' : undefined };
}

/** What the presenter window tells the room view, and the room view asks. */
export type RoomMessage = { type: 'state'; state: RunState } | { type: 'hello' } | { type: 'closed'; agendaId: string };

/** Reads a message from the channel or from storage; anything else gives `undefined`. */
export function parseRoomMessage(data: unknown): RoomMessage | undefined {
  if (!isObject(data)) return undefined;
  if (data['type'] === 'hello') return { type: 'hello' };
  if (data['type'] === 'closed' && isText(data['agendaId'])) return { type: 'closed', agendaId: data['agendaId'] as string };
  if (data['type'] !== 'state') return undefined;
  const state = parseRunState(data['state']);
  return state && { type: 'state', state };
}
