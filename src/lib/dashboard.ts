/**
 * The leadership dashboard tool: an organization's monthly counts for each measure of the
 * evaluation program (`dashboard` in content/programs/), kept on the device, saved to and read
 * from a file, and drawn as one small chart per measure. Pure: the page script does the DOM.
 *
 * A chart is described as shapes (axis lines, tick labels, one line of points per count), and
 * the script turns them into SVG elements with `textContent` — no markup is ever built from
 * what a user typed or a file held.
 */

/** Months shown: the baseline (0) and the six months after the training. */
export const DASHBOARD_MONTHS = [0, 1, 2, 3, 4, 5, 6] as const;
/** The largest count the tool accepts for one month. */
export const MAX_COUNT = 100_000;
/** The `kind` written in a saved file, so a file of another tool is recognized. */
export const FILE_KIND = 'distributed-organizing/leadership-dashboard';
export const FILE_VERSION = 1;

export interface DashboardMeasure {
  name: string;
  counts: readonly string[];
}

/** `values["2.1"][month]`: the second count of the third measure in that month; empty when not entered. */
export type DashboardValues = Record<string, (number | null)[]>;

export const seriesKey = (measure: number, count: number) => `${measure}.${count}`;

/** Every series key of the measures, in order. */
export function seriesKeys(measures: readonly DashboardMeasure[]): string[] {
  return measures.flatMap((m, i) => m.counts.map((_, j) => seriesKey(i, j)));
}

export const emptyValues = (measures: readonly DashboardMeasure[]): DashboardValues =>
  Object.fromEntries(seriesKeys(measures).map((key) => [key, DASHBOARD_MONTHS.map(() => null)]));

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;

/** A count typed in a field: a whole number 0–100 000, or null for an empty or unusable field. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return isCount(n) ? n : null;
}

export interface ReadResult {
  values: DashboardValues;
  organization: string;
  /** What was in the input but could not be used, as "measure, count, month" or a field name. */
  dropped: string[];
  /** Set when nothing could be read at all: the input is not a dashboard. */
  error?: 'not-json' | 'not-a-dashboard' | 'newer-version';
}

/**
 * Reads a saved file (or local storage): keeps the counts of known series and months that are
 * whole numbers 0–100 000, and names the rest. The caller shows `dropped` and `error` as text.
 */
export function readDashboard(text: string, measures: readonly DashboardMeasure[]): ReadResult {
  const values = emptyValues(measures);
  const empty = (error: ReadResult['error']): ReadResult => ({ values, organization: '', dropped: [], ...(error ? { error } : {}) });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return empty('not-json');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return empty('not-a-dashboard');
  const record = data as Record<string, unknown>;
  if (record['kind'] !== FILE_KIND) return empty('not-a-dashboard');
  if (typeof record['version'] !== 'number' || record['version'] > FILE_VERSION) return empty('newer-version');
  const dropped: string[] = [];
  const organization = typeof record['organization'] === 'string' && record['organization'].length <= 200 ? record['organization'] : '';
  if (record['organization'] !== undefined && organization === '' && record['organization'] !== '') dropped.push('organization');
  const saved = record['values'];
  if (typeof saved === 'object' && saved !== null && !Array.isArray(saved)) {
    for (const [key, months] of Object.entries(saved)) {
      const series = values[key];
      if (!series || !Array.isArray(months)) {
        dropped.push(key);
        continue;
      }
      months.forEach((v, month) => {
        if (v === null) return;
        if (month < series.length && isCount(v)) series[month] = v;
        else dropped.push(`${key}@${month}`);
      });
    }
  }
  return { values, organization, dropped };
}

/** The file a user saves: kind, version, organization, values. */
export function dashboardFile(values: DashboardValues, organization: string): string {
  return JSON.stringify({ kind: FILE_KIND, version: FILE_VERSION, organization, values }, null, 2);
}

// ─── the charts ──────────────────────────────────────────────────────────────────────────────

export const CHART = { width: 320, height: 200, left: 40, right: 12, top: 14, bottom: 30 } as const;

/** Markers that tell the lines apart without colour (with a dash pattern each). */
export const MARKERS = ['circle', 'square'] as const;
export const DASHES = ['', '6 4'] as const;

export interface ChartLine {
  label: string;
  marker: (typeof MARKERS)[number];
  dash: string;
  /** Points with a value, in chart coordinates. */
  points: { x: number; y: number; month: number; value: number }[];
}

export interface ChartModel {
  /** Y-axis ticks: value and height. */
  yTicks: { value: number; y: number }[];
  /** X-axis ticks: month and position. */
  xTicks: { month: number; x: number }[];
  lines: ChartLine[];
}

/** A round top for the y axis: 5, 10, 20, 50, 100… at or above the largest value. */
export function niceMax(max: number): number {
  if (max <= 5) return 5;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** The chart of one measure: its counts over the months, each a line with its own marker and dash. */
export function chartModel(measure: DashboardMeasure, index: number, values: DashboardValues): ChartModel {
  const series = measure.counts.map((label, j) => ({ label, months: values[seriesKey(index, j)] ?? [] }));
  const all = series.flatMap((s) => s.months.filter((v): v is number => v !== null));
  const top = niceMax(Math.max(0, ...all));
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const x = (month: number) => CHART.left + (plotW * month) / (DASHBOARD_MONTHS.length - 1);
  const y = (value: number) => CHART.top + plotH - (plotH * value) / top;
  return {
    yTicks: [0, top / 2, top].map((value) => ({ value, y: y(value) })),
    xTicks: DASHBOARD_MONTHS.map((month) => ({ month, x: x(month) })),
    lines: series.map((s, j) => ({
      label: s.label,
      marker: MARKERS[j % MARKERS.length] ?? 'circle',
      dash: DASHES[j % DASHES.length] ?? '',
      points: s.months.flatMap((value, month) => (value === null ? [] : [{ x: x(month), y: y(value), month, value }])),
    })),
  };
}

/** A sentence that says what the chart shows, for its text alternative: "Active teams: 2 at the start, 5 in month 6." */
export function chartSummary(model: ChartModel, words: { start: string; month: string; none: string }): string {
  return model.lines
    .map((line) => {
      const first = line.points[0];
      const last = line.points.at(-1);
      if (!first || !last) return `${line.label}: ${words.none}`;
      const at = (p: { month: number }) => (p.month === 0 ? words.start : words.month.replace('{month}', String(p.month)));
      return first === last
        ? `${line.label}: ${first.value} ${at(first)}`
        : `${line.label}: ${first.value} ${at(first)}, ${last.value} ${at(last)}`;
    })
    .join('; ');
}
