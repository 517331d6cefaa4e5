import { describe, expect, it } from 'vitest';
import {
  FILE_KIND,
  MAX_COUNT,
  chartModel,
  chartSummary,
  dashboardFile,
  emptyValues,
  niceMax,
  parseCount,
  readDashboard,
  seriesKeys,
} from '../../src/lib/dashboard.ts';

const measures = [
  { name: 'Active teams and their leaders', counts: ['Active teams', 'Team leaders'] },
  { name: 'Actions led by members', counts: ['Actions'] },
];

describe('the dashboard data', () => {
  it('has a series per count, seven months each (the start and six months)', () => {
    expect(seriesKeys(measures)).toEqual(['0.0', '0.1', '1.0']);
    expect(emptyValues(measures)['0.1']).toEqual([null, null, null, null, null, null, null]);
  });

  it('takes whole numbers 0–100 000 from a field, and nothing else', () => {
    expect(parseCount(' 12 ')).toBe(12);
    expect(parseCount('0')).toBe(0);
    for (const bad of ['', '-1', '2.5', '1e3', 'twelve', String(MAX_COUNT + 1), '<b>3</b>']) expect(parseCount(bad)).toBeNull();
  });

  it('saves and opens a file, round trip', () => {
    const values = emptyValues(measures);
    values['0.0'] = [2, 3, null, 4, null, null, 6];
    const read = readDashboard(dashboardFile(values, 'A worker center'), measures);
    expect(read).toEqual({ values, organization: 'A worker center', dropped: [] });
  });

  it('opens what is valid from a tampered file and names what it dropped', () => {
    const text = JSON.stringify({
      kind: FILE_KIND,
      version: 1,
      organization: '<script>alert(1)</script>',
      values: { '0.0': [1, -2, 'x', 3.5, 4, 5, 6, 7], '9.9': [1], '1.0': 'nope' },
    });
    const read = readDashboard(text, measures);
    expect(read.values['0.0']).toEqual([1, null, null, null, 4, 5, 6]);
    expect(read.organization).toBe('<script>alert(1)</script>');
    expect(read.dropped).toEqual(['0.0@1', '0.0@2', '0.0@3', '0.0@7', '9.9', '1.0']);
  });

  it('refuses what is not a dashboard, and changes nothing', () => {
    expect(readDashboard('{not json', measures).error).toBe('not-json');
    expect(readDashboard('[]', measures).error).toBe('not-a-dashboard');
    expect(readDashboard(JSON.stringify({ kind: 'something else', version: 1 }), measures).error).toBe('not-a-dashboard');
    expect(readDashboard(JSON.stringify({ kind: FILE_KIND, version: 99 }), measures).error).toBe('newer-version');
    expect(readDashboard('{not json', measures).values).toEqual(emptyValues(measures));
  });
});

describe('the charts', () => {
  it('rounds the top of the y axis', () => {
    expect([0, 3, 5, 6, 12, 20, 21, 99, 101, 4500].map(niceMax)).toEqual([5, 5, 5, 10, 20, 20, 50, 100, 200, 5000]);
  });

  it('draws each count as its own line, told apart by marker and dash, with only the months entered', () => {
    const values = emptyValues(measures);
    values['0.0'] = [2, null, 4, null, null, null, 10];
    values['0.1'] = [1, 1, 2, 2, 3, 3, 4];
    const model = chartModel(measures[0]!, 0, values);
    expect(model.yTicks.map((t) => t.value)).toEqual([0, 5, 10]);
    expect(model.lines.map((l) => [l.label, l.marker, l.dash, l.points.length])).toEqual([
      ['Active teams', 'circle', '', 3],
      ['Team leaders', 'square', '6 4', 7],
    ]);
    const [first] = model.lines[0]!.points;
    const top = model.yTicks[2]!.y;
    expect(model.lines[0]!.points.at(-1)?.y).toBe(top);
    expect(first?.month).toBe(0);
    expect(chartSummary(model, { start: 'at the start', month: 'in month {month}', none: 'no numbers yet' })).toBe(
      'Active teams: 2 at the start, 10 in month 6; Team leaders: 1 at the start, 4 in month 6',
    );
  });

  it('says so when a measure has no numbers yet', () => {
    const model = chartModel(measures[1]!, 1, emptyValues(measures));
    expect(chartSummary(model, { start: 's', month: 'm{month}', none: 'no numbers yet' })).toBe('Actions: no numbers yet');
  });
});
