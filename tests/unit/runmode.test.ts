import { describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import { agendaItemKinds } from '../../src/schemas/module.ts';
import {
  applyCuts,
  clockMark,
  createRun,
  fitSteps,
  nextStep,
  openRun,
  parseRoomMessage,
  parseRunState,
  returnTime,
  roomViewOf,
  setAutoSteps,
  stepOf,
  zeroCue,
  driftLabel,
  extend,
  formatCountdown,
  next,
  pause,
  previous,
  proposeCuts,
  restoreRun,
  start,
  toggle,
  viewOf,
  type RunItem,
  type RunState,
} from '../../src/lib/runmode.ts';

const MIN = 60_000;
const drift = { onTime: en['runMode.client.onTime'], behind: en['runMode.client.behind'], ahead: en['runMode.client.ahead'] };
const T0 = Date.UTC(2026, 10, 23, 9, 0);
const items: Omit<RunItem, 'originalMinutes' | 'skipped'>[] = [
  { title: 'Opening', minutes: 10, optional: true, shrinkTo: 5, kind: 'plenary', notesUrl: undefined, steps: [], notes: undefined },
  {
    title: 'Teaching',
    minutes: 20,
    optional: false,
    shrinkTo: undefined,
    kind: 'plenary',
    notesUrl: '#item-2',
    steps: [],
    notes: undefined,
  },
  { title: 'Pairs', minutes: 45, optional: false, shrinkTo: undefined, kind: 'pairs', notesUrl: undefined, steps: [], notes: undefined },
  { title: 'Debrief', minutes: 15, optional: true, shrinkTo: 0, kind: 'plenary', notesUrl: undefined, steps: [], notes: undefined },
  { title: 'Close', minutes: 10, optional: true, shrinkTo: 5, kind: 'plenary', notesUrl: undefined, steps: [], notes: undefined },
];
const fresh = () => createRun('module:test', items);

describe('run mode', () => {
  it('counts down the current item from the wall clock', () => {
    const run = start(fresh(), T0);
    const view = viewOf(run, T0 + 3 * MIN + 30_000);
    expect(view.current?.title).toBe('Opening');
    expect(view.next?.title).toBe('Teaching');
    expect(formatCountdown(view.remainingMs)).toBe('6:30');
    expect(view.driftMinutes).toBe(0);
    expect(view.plannedEnd).toBe(T0 + 100 * MIN);
  });

  it('stays right after the laptop sleeps: time comes from the clock, not ticks', () => {
    const run = start(fresh(), T0);
    const view = viewOf(run, T0 + 25 * MIN);
    expect(formatCountdown(view.remainingMs)).toBe('+15:00');
    expect(view.driftMinutes).toBe(15);
    expect(driftLabel(view.driftMinutes, drift)).toBe('15 min behind');
  });

  it('pauses and resumes without losing or gaining time', () => {
    let run = start(fresh(), T0);
    run = pause(run, T0 + 2 * MIN);
    expect(formatCountdown(viewOf(run, T0 + 30 * MIN).remainingMs)).toBe('8:00');
    run = toggle(run, T0 + 30 * MIN);
    expect(run.status).toBe('running');
    expect(formatCountdown(viewOf(run, T0 + 31 * MIN).remainingMs)).toBe('7:00');
  });

  it('moves on, goes back, and finishes', () => {
    let run = start(fresh(), T0);
    run = next(run, T0 + 8 * MIN);
    const view = viewOf(run, T0 + 8 * MIN);
    expect(view.current?.title).toBe('Teaching');
    expect(view.driftMinutes).toBe(-2);
    expect(driftLabel(view.driftMinutes, drift)).toBe('2 min ahead');
    run = previous(run, T0 + 9 * MIN);
    expect(viewOf(run, T0 + 9 * MIN).current?.title).toBe('Opening');
    for (let i = 0; i < 5; i++) run = next(run, T0 + 60 * MIN);
    expect(run.status).toBe('done');
  });

  it('extends the current item by five minutes and reflows what follows', () => {
    let run = start(fresh(), T0);
    run = extend(run);
    const view = viewOf(run, T0);
    expect(formatCountdown(view.remainingMs)).toBe('15:00');
    expect(view.upcoming.map((u) => (u.start - T0) / MIN)).toEqual([0, 15, 35, 80, 95]);
    expect(view.driftMinutes).toBe(5);
  });

  it('skips an item before starting without counting it', () => {
    const run = next(fresh(), T0);
    expect(run.items[0]?.skipped).toBe(true);
    expect(viewOf(run, T0).current?.title).toBe('Teaching');
  });

  it('proposes optional cuts when behind, largest saving first, and applies them', () => {
    const run = next(start(fresh(), T0), T0 + 28 * MIN); // Opening ran 28 of 10 minutes
    const view = viewOf(run, T0 + 28 * MIN);
    expect(view.driftMinutes).toBe(18);
    expect(view.proposal).toEqual({
      changes: [
        { index: 3, title: 'Debrief', from: 15, to: 0 },
        { index: 4, title: 'Close', from: 10, to: 5 },
      ],
      savedMinutes: 20,
      enough: true,
    });
    const cut = applyCuts(run, view.proposal!);
    const after = viewOf(cut, T0 + 28 * MIN);
    expect(after.driftMinutes).toBe(-2);
    expect(after.proposal).toBeUndefined();
    expect(after.upcoming.map((u) => u.item.title)).toEqual(['Teaching', 'Pairs', 'Close']);
  });

  it('says when the optional items cannot cover the delay', () => {
    const run = next(next(next(start(fresh(), T0), T0 + 60 * MIN), T0 + 80 * MIN), T0 + 130 * MIN);
    expect(proposeCuts(run, 50)).toEqual({ changes: [{ index: 4, title: 'Close', from: 10, to: 5 }], savedMinutes: 5, enough: false });
    expect(proposeCuts(run, 0)).toBeUndefined();
  });

  it('restores a saved run only for the same agenda, and rejects tampered data', () => {
    const run: RunState = start(fresh(), T0);
    const saved = JSON.stringify(run);
    expect(restoreRun(saved, 'module:test', 5)).toEqual(run);
    expect(restoreRun(saved, 'module:other', 5)).toBeUndefined();
    expect(restoreRun(saved, 'module:test', 4)).toBeUndefined();
    expect(
      restoreRun('{"version":1,"agendaId":"module:test","items":[1,2,3,4,5],"index":0,"status":"running"}', 'module:test', 5),
    ).toBeUndefined();
    expect(restoreRun('not json', 'module:test', 5)).toBeUndefined();
    expect(restoreRun(null, 'module:test', 5)).toBeUndefined();
  });

  it('formats countdowns and drift', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(59_999)).toBe('0:59');
    expect(formatCountdown(-61_000)).toBe('+1:01');
    expect(driftLabel(0, drift)).toBe('On time');
  });
});

const steps = [
  { title: 'Setup', minutes: 5 },
  { title: 'Write', minutes: 10 },
  { title: 'Share', minutes: 15 },
];
const notes = { say: 'Explain the task.', watchFor: ['Pairs that stall'] };
const activityItems: Omit<RunItem, 'originalMinutes' | 'skipped'>[] = [
  { title: 'Practice', minutes: 30, optional: false, shrinkTo: undefined, kind: 'pairs', notesUrl: '#item-1', steps, notes },
  { title: 'Break', minutes: 15, optional: false, shrinkTo: undefined, kind: 'break', notesUrl: undefined, steps: [], notes: undefined },
  { title: 'Debrief', minutes: 20, optional: true, shrinkTo: 10, kind: 'plenary', notesUrl: undefined, steps, notes: undefined },
];
const activityRun = () => createRun('module:steps', activityItems);

describe('step timers', () => {
  it('fits an activity’s steps to its agenda slot: free minutes become a first setup step, a shorter slot shrinks every step', () => {
    const written = [
      { title: 'Write', minutes: 10 },
      { title: 'Share', minutes: 20 },
    ];
    expect(fitSteps(written, 30, 'Instructions')).toEqual(written);
    expect(fitSteps(written, 35, 'Instructions')).toEqual([{ title: 'Instructions', minutes: 5 }, ...written]);
    expect(fitSteps(written, 35)).toEqual([
      { title: 'Write', minutes: 10 },
      { title: 'Share', minutes: 25 },
    ]);
    expect(fitSteps(written, 15)).toEqual([
      { title: 'Write', minutes: 5 },
      { title: 'Share', minutes: 10 },
    ]);
    expect(fitSteps(written, 1)).toEqual([{ title: 'Write', minutes: 1 }]);
    expect(fitSteps(written, 0)).toEqual([]);
    expect(fitSteps([], 20, 'Instructions')).toEqual([]);
    for (const minutes of [2, 7, 13, 29]) expect(fitSteps(written, minutes).reduce((sum, step) => sum + step.minutes, 0)).toBe(minutes);
  });

  it('moves to the next step by itself when a step’s time is up, and the last step runs over', () => {
    const run = start(activityRun(), T0);
    expect(stepOf(run, T0 + 2 * MIN)).toMatchObject({ index: 0, count: 3, remainingMs: 3 * MIN });
    expect(stepOf(run, T0 + 5 * MIN)).toMatchObject({ index: 1, step: { title: 'Write' }, remainingMs: 10 * MIN });
    expect(stepOf(run, T0 + 21 * MIN)).toMatchObject({ index: 2, remainingMs: 9 * MIN });
    expect(stepOf(run, T0 + 32 * MIN)).toMatchObject({ index: 2, remainingMs: -2 * MIN });
    expect(viewOf(run, T0 + 6 * MIN).step?.step.title).toBe('Write');
  });

  it('waits for the key when steps are not automatic, and counts a step from the moment it started', () => {
    let run = setAutoSteps(start(activityRun(), T0), false, T0);
    expect(stepOf(run, T0 + 7 * MIN)).toMatchObject({ index: 0, remainingMs: -2 * MIN });
    run = nextStep(run, T0 + 7 * MIN);
    expect(stepOf(run, T0 + 8 * MIN)).toMatchObject({ index: 1, remainingMs: 9 * MIN });
    run = nextStep(nextStep(run, T0 + 9 * MIN), T0 + 9 * MIN);
    expect(stepOf(run, T0 + 9 * MIN)?.index).toBe(2);
    expect(nextStep(run, T0 + 10 * MIN)).toBe(run);
    // The next item starts at its first step.
    expect(stepOf(next(run, T0 + 10 * MIN), T0 + 10 * MIN)).toBeUndefined();
  });

  it('starts the next step early on the key in automatic mode; the following steps keep their length', () => {
    let run = start(activityRun(), T0);
    run = nextStep(run, T0 + 2 * MIN);
    expect(stepOf(run, T0 + 2 * MIN)).toMatchObject({ index: 1, remainingMs: 10 * MIN });
    expect(stepOf(run, T0 + 12 * MIN)).toMatchObject({ index: 2, remainingMs: 15 * MIN });
  });

  it('does not count a pause against the step, and “+5 min” goes to the step being worked on', () => {
    let run = start(activityRun(), T0);
    run = pause(run, T0 + 6 * MIN);
    expect(stepOf(run, T0 + 40 * MIN)).toMatchObject({ index: 1, remainingMs: 9 * MIN });
    run = start(run, T0 + 40 * MIN);
    run = extend(run, 5, T0 + 40 * MIN);
    expect(run.items[0]?.minutes).toBe(35);
    expect(run.items[0]?.steps.map((s) => s.minutes)).toEqual([5, 15, 15]);
    expect(stepOf(run, T0 + 40 * MIN)).toMatchObject({ index: 1, remainingMs: 14 * MIN });
  });

  it('refits the steps of an item the cuts shorten', () => {
    const run = next(start(activityRun(), T0), T0 + 50 * MIN);
    const view = viewOf(run, T0 + 50 * MIN);
    expect(view.proposal?.changes).toEqual([{ index: 2, title: 'Debrief', from: 20, to: 10 }]);
    const cut = applyCuts(run, view.proposal!);
    expect(cut.items[2]?.steps.map((s) => s.minutes)).toEqual([2, 3, 5]);
  });
});

describe('breaks and the room view', () => {
  it('says when to be back from a break, to the nearest minute, and only on a break', () => {
    expect(returnTime({ kind: 'break' }, 15 * MIN, T0 + 20_000)).toBe(T0 + 15 * MIN);
    expect(returnTime({ kind: 'break' }, 15 * MIN, T0 + 40_000)).toBe(T0 + 16 * MIN);
    expect(returnTime({ kind: 'plenary' }, 15 * MIN, T0)).toBeUndefined();
    const run = next(start(activityRun(), T0), T0 + 30 * MIN);
    expect(viewOf(run, T0 + 31 * MIN).backAt).toBe(T0 + 45 * MIN);
    // Paused, the return time moves with the pause.
    const paused = pause(run, T0 + 31 * MIN);
    expect(viewOf(paused, T0 + 33 * MIN).backAt).toBe(T0 + 47 * MIN);
    expect(viewOf(activityRun(), T0).backAt).toBeUndefined();
  });

  it('gives the room only the item, the countdown, the step, what is next and the return time', () => {
    const late = next(start(activityRun(), T0), T0 + 50 * MIN);
    expect(viewOf(late, T0 + 50 * MIN).driftMinutes).toBeGreaterThan(0);
    const room = roomViewOf(late, T0 + 51 * MIN);
    expect(room).toEqual({
      status: 'running',
      title: 'Break',
      remainingMs: 14 * MIN,
      isBreak: true,
      backAt: T0 + 65 * MIN,
      step: undefined,
      next: { title: 'Debrief', minutes: 20 },
    });
    expect(roomViewOf(start(activityRun(), T0), T0 + 6 * MIN).step).toEqual({ index: 1, count: 3, title: 'Write', remainingMs: 9 * MIN });
  });

  it('cues the moment an item or a step reaches zero, not a move by hand', () => {
    const run = start(activityRun(), T0);
    const at = (ms: number) => clockMark(viewOf(run, ms));
    expect(zeroCue(at(T0 + 4 * MIN), at(T0 + 5 * MIN), 'running')).toBe('step');
    expect(zeroCue(at(T0 + 6 * MIN), at(T0 + 7 * MIN), 'running')).toBeUndefined();
    expect(zeroCue(at(T0 + 29 * MIN), at(T0 + 30 * MIN), 'running')).toBe('item');
    expect(zeroCue(undefined, at(T0 + 30 * MIN), 'running')).toBeUndefined();
    expect(zeroCue(at(T0 + 4 * MIN), at(T0 + 5 * MIN), 'paused')).toBeUndefined();
    const moved = next(run, T0 + 10 * MIN);
    expect(zeroCue(at(T0 + 10 * MIN), clockMark(viewOf(moved, T0 + 10 * MIN)), 'running')).toBeUndefined();
  });
});

describe('saved and received state', () => {
  it('reads back every state it writes, and nothing else', () => {
    const run = extend(start(activityRun(), T0), 5, T0 + MIN);
    expect(parseRunState(JSON.parse(JSON.stringify(run)))).toEqual(run);
    const tampered = (change: (data: Record<string, unknown>) => void) => {
      const data = JSON.parse(JSON.stringify(run)) as Record<string, unknown>;
      change(data);
      return parseRunState(data);
    };
    expect(tampered((d) => (d['version'] = 1))).toBeUndefined();
    expect(tampered((d) => (d['index'] = 9))).toBeUndefined();
    expect(tampered((d) => (d['index'] = 0.5))).toBeUndefined();
    expect(tampered((d) => (d['status'] = 'flying'))).toBeUndefined();
    expect(tampered((d) => (d['itemStartedAt'] = 'soon'))).toBeUndefined();
    expect(tampered((d) => (d['autoSteps'] = 'yes'))).toBeUndefined();
    expect(tampered((d) => ((d['items'] as Record<string, unknown>[])[0]!['title'] = { html: '<img onerror=alert(1)>' }))).toBeUndefined();
    expect(tampered((d) => ((d['items'] as Record<string, unknown>[])[0]!['kind'] = 'party'))).toBeUndefined();
    expect(tampered((d) => ((d['items'] as Record<string, unknown>[])[0]!['steps'] = [{ title: 'x', minutes: -1 }]))).toBeUndefined();
    expect(tampered((d) => ((d['items'] as Record<string, unknown>[])[0]!['notes'] = { say: 'x' }))).toBeUndefined();
    expect(parseRunState(null)).toBeUndefined();
    expect(parseRunState([])).toBeUndefined();
  });

  it('opens a fresh run with a notice when the saved one is damaged or belongs to an older agenda', () => {
    const saved = JSON.stringify(start(activityRun(), T0));
    expect(openRun(saved, 'module:steps', activityItems)).toEqual({ state: JSON.parse(saved), notice: undefined });
    expect(openRun(null, 'module:steps', activityItems)).toEqual({ state: activityRun(), notice: undefined });
    for (const bad of ['{not json', '{"version":2}', saved.replace('"Practice"', '7')])
      expect(openRun(bad, 'module:steps', activityItems)).toEqual({ state: activityRun(), notice: 'unreadable' });
    expect(openRun(saved, 'module:steps', activityItems.slice(1))).toEqual({
      state: createRun('module:steps', activityItems.slice(1)),
      notice: 'unreadable',
    });
  });

  it('accepts only well-formed messages from other windows', () => {
    const run = start(activityRun(), T0);
    expect(parseRoomMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseRoomMessage({ type: 'state', state: run })).toEqual({ type: 'state', state: run });
    expect(parseRoomMessage({ type: 'state', state: { ...run, items: 'x' } })).toBeUndefined();
    expect(parseRoomMessage({ type: 'script', code: 'alert(1)' })).toBeUndefined();
    expect(parseRoomMessage('hello')).toBeUndefined();
  });

  it('knows every agenda item kind the schema allows', () => {
    for (const kind of agendaItemKinds) {
      const run = createRun('k', [{ ...activityItems[0]!, kind }]);
      expect(parseRunState(JSON.parse(JSON.stringify(run))), kind).toEqual(run);
    }
  });
});
