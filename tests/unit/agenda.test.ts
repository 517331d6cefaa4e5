import { describe, expect, it } from 'vitest';
import { englishDuration } from '../../src/lib/labels.ts';
import {
  coreMinutes,
  dayOffset,
  formatClock,
  formatDuration,
  formatHours,
  parseClock,
  runOfShow,
  runningTotals,
  shortestMinutes,
  totalMinutes,
} from '../../src/lib/agenda.ts';

const items = [
  { title: 'Opening', minutes: 10, optional: true, shrinkTo: 5 },
  { title: 'Teaching', minutes: 20 },
  { title: 'Pairs', minutes: 45 },
  { title: 'Break', minutes: 10 },
  { title: 'Close', minutes: 15, optional: true, shrinkTo: 0 },
];

describe('parseClock', () => {
  it('reads 24-hour times with or without a leading zero', () => {
    expect(parseClock('09:00')).toBe(540);
    expect(parseClock('9:30')).toBe(570);
    expect(parseClock(' 18:05 ')).toBe(1085);
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('23:59')).toBe(1439);
  });
  it('rejects anything that is not a time', () => {
    for (const bad of ['24:00', '9', '9:5', '09:60', 'nine', '', '-1:00', '12:00pm', '<b>9</b>']) expect(parseClock(bad)).toBeNull();
  });
});

describe('formatClock and dayOffset', () => {
  it('writes HH:MM', () => {
    expect(formatClock(540)).toBe('09:00');
    expect(formatClock(545)).toBe('09:05');
    expect(formatClock(0)).toBe('00:00');
  });
  it('wraps past midnight and counts the days', () => {
    expect(formatClock(1440 + 15)).toBe('00:15');
    expect(dayOffset(1440 + 15)).toBe(1);
    expect(dayOffset(1439)).toBe(0);
    expect(formatClock(-30)).toBe('23:30');
  });
});

describe('formatDuration and formatHours', () => {
  it('uses minutes below an hour and h + min above', () => {
    expect(formatDuration(5, englishDuration)).toBe('5 min');
    expect(formatDuration(60, englishDuration)).toBe('1 h');
    expect(formatDuration(90, englishDuration)).toBe('1 h 30 min');
    expect(formatDuration(1170, englishDuration)).toBe('19 h 30 min');
  });
  it('gives hours with one decimal only when needed', () => {
    expect(formatHours(1170)).toBe('19.5');
    expect(formatHours(1200)).toBe('20');
    expect(formatHours(1000)).toBe('16.7');
  });
});

describe('totals', () => {
  it('sums all, core-only and shortest lengths', () => {
    expect(totalMinutes(items)).toBe(100);
    expect(coreMinutes(items)).toBe(75);
    expect(shortestMinutes(items)).toBe(80);
    expect(runningTotals(items)).toEqual([10, 30, 75, 85, 100]);
  });
  it('is zero for an empty agenda and equals the total with no optional items', () => {
    expect(totalMinutes([])).toBe(0);
    const core = items.map(({ title, minutes }) => ({ title, minutes }));
    expect(coreMinutes(core)).toBe(totalMinutes(core));
    expect(shortestMinutes(core)).toBe(totalMinutes(core));
  });
});

describe('runOfShow', () => {
  it('places each item after the previous one from the start time', () => {
    const placed = runOfShow(items, parseClock('09:30') ?? 0);
    expect(placed.map((p) => `${formatClock(p.start)}–${formatClock(p.end)} ${p.title}`)).toEqual([
      '09:30–09:40 Opening',
      '09:40–10:00 Teaching',
      '10:00–10:45 Pairs',
      '10:45–10:55 Break',
      '10:55–11:10 Close',
    ]);
  });
  it('never drifts over a long day of odd lengths', () => {
    const odd = Array.from({ length: 97 }, (_, i) => ({ minutes: (i % 7) + 1 }));
    const placed = runOfShow(odd, 480);
    expect(placed.at(-1)?.end).toBe(480 + totalMinutes(odd));
    placed.forEach((p, i) => {
      if (i > 0) expect(p.start).toBe(placed[i - 1]?.end);
      expect(Number.isInteger(p.start)).toBe(true);
    });
  });
  it('runs past midnight for evening sessions', () => {
    const placed = runOfShow([{ minutes: 60 }, { minutes: 45 }], parseClock('23:30') ?? 0);
    expect(placed.map((p) => formatClock(p.end))).toEqual(['00:30', '01:15']);
    expect(dayOffset(placed[1]?.end ?? 0)).toBe(1);
  });
});
