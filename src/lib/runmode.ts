/**
 * Live run mode: where the group is in an agenda, from the wall clock.
 *
 * The state stores moments (milliseconds since the epoch), never a tick count, so a
 * laptop that sleeps or a tab that is closed and reopened shows the right time as soon
 * as it wakes. Every action is a pure function `(state, now) → state`; the page script
 * only saves the state and draws `viewOf(state, now)`.
 */
import type { AgendaItemKind } from '../schemas/module.ts';
import { fill } from './i18n.ts';

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
  skipped: boolean;
}

export type RunStatus = 'ready' | 'running' | 'paused' | 'done';

export interface RunState {
  version: 1;
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
}

const MINUTE = 60_000;

export function createRun(agendaId: string, items: readonly Omit<RunItem, 'originalMinutes' | 'skipped'>[]): RunState {
  return {
    version: 1,
    agendaId,
    items: items.map((item) => ({ ...item, originalMinutes: item.minutes, skipped: false })),
    index: 0,
    status: 'ready',
    itemStartedAt: null,
    pausedAt: null,
    pausedMs: 0,
    plannedEnd: null,
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
  return { ...state, index: state.index + 1, itemStartedAt: now, pausedMs: 0, pausedAt: paused ? now : null };
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
  };
}

/** Adds minutes to the current item. */
export function extend(state: RunState, minutes = 5): RunState {
  const items = state.items.map((item, i) => (i === state.index ? { ...item, minutes: item.minutes + minutes } : item));
  return { ...state, items };
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
    return { ...item, minutes: change.to, skipped: change.to === 0 };
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
  };
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

/** Reads a saved state; anything malformed or for another agenda gives `undefined`. */
export function restoreRun(saved: string | null, agendaId: string, itemCount: number): RunState | undefined {
  if (!saved) return undefined;
  try {
    const data = JSON.parse(saved) as Partial<RunState>;
    if (data.version !== 1 || data.agendaId !== agendaId || !Array.isArray(data.items) || data.items.length !== itemCount) return undefined;
    if (typeof data.index !== 'number' || data.index < 0 || data.index >= itemCount) return undefined;
    if (!['ready', 'running', 'paused', 'done'].includes(String(data.status))) return undefined;
    for (const item of data.items) if (typeof item?.minutes !== 'number' || typeof item.title !== 'string') return undefined;
    return data as RunState;
  } catch {
    return undefined;
  }
}
