import { describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import {
  applyCuts,
  createRun,
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
  { title: 'Opening', minutes: 10, optional: true, shrinkTo: 5, kind: 'plenary', notesUrl: undefined },
  { title: 'Teaching', minutes: 20, optional: false, shrinkTo: undefined, kind: 'plenary', notesUrl: '#item-2' },
  { title: 'Pairs', minutes: 45, optional: false, shrinkTo: undefined, kind: 'pairs', notesUrl: undefined },
  { title: 'Debrief', minutes: 15, optional: true, shrinkTo: 0, kind: 'plenary', notesUrl: undefined },
  { title: 'Close', minutes: 10, optional: true, shrinkTo: 5, kind: 'plenary', notesUrl: undefined },
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
