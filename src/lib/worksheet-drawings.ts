/**
 * The diagrams a filled-in worksheet draws from its tables: the snowflake of teams, the power map
 * grid, the pathway as steps with counts. Pure: each function turns rows of typed answers into
 * shapes (circles, lines, boxes, text) and a text version of the same picture, and the worksheet
 * (Worksheet.astro on the server, src/components/worksheet-fill.ts in the browser) lays the
 * shapes out as SVG. Text is data here: the SVG writers set it as text, never as markup.
 *
 * Black and white first: gaps are filled dots with a word beside them, planned things are dashed.
 */
import { fill } from './i18n.ts';

export type ShapeStyle = 'center' | 'team' | 'coach' | 'planned' | 'gap' | 'link' | 'link-planned' | 'grid' | 'bar' | 'box';
export type TextStyle = 'label' | 'small' | 'strong' | 'axis';

export type Shape =
  | { kind: 'circle'; cx: number; cy: number; r: number; style: ShapeStyle }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; style: ShapeStyle }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; style: ShapeStyle }
  | { kind: 'text'; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; style: TextStyle; rotate?: number };

export interface Diagram {
  width: number;
  height: number;
  shapes: Shape[];
  /** The picture in words: the first line names it (the SVG's label), the others list what it shows. */
  summary: string[];
}

/** The sentences and labels of the diagrams, from the interface dictionary. `{name}` placeholders. */
export interface DiagramWords {
  empty: string;
  snowflake: {
    title: string;
    center: string;
    team: string;
    planned: string;
    noLeader: string;
    noCoach: string;
    manyTeams: string;
    gap: string;
    unnamed: string;
  };
  powerMap: {
    title: string;
    power: string;
    high: string;
    medium: string;
    low: string;
    against: string;
    neutral: string;
    with: string;
    unsure: string;
    cell: string;
    more: string;
    known: string;
  };
  pathway: {
    title: string;
    step: string;
    unknown: string;
    drop: string;
  };
}

/** Longest label kept whole in a drawing; the text version always has the whole text. */
const LABEL = 18;

/** "A very long team name here" → "A very long team…" */
export function shorten(text: string, max = LABEL): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** Words on at most `lines` lines of about `width` characters; the last line is shortened. */
export function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= width || line === '') line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line !== '') out.push(line);
  const kept = out.slice(0, lines);
  if (out.length > lines) kept[lines - 1] = `${kept[lines - 1] ?? ''} ${out.slice(lines).join(' ')}`;
  return kept.map((l) => shorten(l, width));
}

/** Lines under shapes under text, so labels are never crossed out. */
function layered(shapes: Shape[]): Shape[] {
  const rank = (s: Shape) => (s.kind === 'line' ? 0 : s.kind === 'text' ? 2 : 1);
  return [...shapes].sort((a, b) => rank(a) - rank(b));
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

// ─── Snowflake ───────────────────────────────────────────────────────────────────────────────

export interface TeamRow {
  team: string;
  leader: string;
  coach: string;
  planned: boolean;
}

/**
 * The snowflake: the central team in the middle, each coach around it, and each team around its
 * coach with the leader's name. Gaps (a team with no leader, a leader nobody coaches, one person
 * leading several teams) get a filled dot and a word. Planned teams are dashed.
 */
export function snowflake(rows: readonly TeamRow[], words: DiagramWords): Diagram {
  const w = words.snowflake;
  const teams = rows.filter((row) => row.team.trim() !== '' || row.leader.trim() !== '');
  const size = 600;
  const mid = size / 2;
  const shapes: Shape[] = [];
  const summary: string[] = [w.title];
  shapes.push({ kind: 'circle', cx: mid, cy: mid, r: 56, style: 'center' });
  wrap(w.center, 10, 2).forEach((line, l, all) =>
    shapes.push({ kind: 'text', x: mid, y: mid + 6 + (l - (all.length - 1) / 2) * 20, text: line, anchor: 'middle', style: 'strong' }),
  );
  if (teams.length === 0) {
    summary.push(words.empty);
    return { width: size, height: size, shapes, summary };
  }
  // Teams in order of their coach, so each coach's teams sit together.
  const coaches: string[] = [];
  for (const row of teams) if (row.coach.trim() !== '' && !coaches.some((c) => same(c, row.coach))) coaches.push(row.coach.trim());
  const order = [...teams].sort((a, b) => coachIndex(a) - coachIndex(b));
  function coachIndex(row: TeamRow): number {
    const i = coaches.findIndex((c) => same(c, row.coach));
    return i === -1 ? coaches.length : i;
  }
  const leads = new Map<string, number>();
  for (const row of teams)
    if (row.leader.trim() !== '') leads.set(row.leader.trim().toLowerCase(), (leads.get(row.leader.trim().toLowerCase()) ?? 0) + 1);
  const n = order.length;
  const outer = 212;
  const inner = 116;
  const r = Math.max(30, Math.min(62, (Math.PI * outer) / n - 8));
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (radius: number, a: number) => ({ x: mid + radius * Math.cos(a), y: mid + radius * Math.sin(a) });

  // Coaches: at the mean angle of their teams, on the inner ring.
  const coachAt = new Map<number, { x: number; y: number }>();
  coaches.forEach((coach, c) => {
    const mine = order.map((row, i) => ({ row, i })).filter(({ row }) => coachIndex(row) === c);
    const a = mine.reduce((sum, { i }) => sum + angle(i), 0) / mine.length;
    const p = at(inner, a);
    coachAt.set(c, p);
    shapes.push({ kind: 'line', x1: mid, y1: mid, x2: p.x, y2: p.y, style: 'link' });
    shapes.push({ kind: 'circle', cx: p.x, cy: p.y, r: 8, style: 'coach' });
    shapes.push({ kind: 'text', x: p.x, y: p.y - 13, text: shorten(coach, 12), anchor: 'middle', style: 'small' });
  });

  order.forEach((row, i) => {
    const a = angle(i);
    const p = at(outer, a);
    const c = coachIndex(row);
    const from = coachAt.get(c) ?? { x: mid, y: mid };
    const edge = at(outer - r, a);
    shapes.push({ kind: 'line', x1: from.x, y1: from.y, x2: edge.x, y2: edge.y, style: row.planned ? 'link-planned' : 'link' });
    shapes.push({ kind: 'circle', cx: p.x, cy: p.y, r, style: row.planned ? 'planned' : 'team' });
    const team = row.team.trim() === '' ? w.unnamed : row.team.trim();
    const leader = row.leader.trim();
    const width = Math.max(6, Math.floor(r / 5));
    const lines = [...wrap(team, width, 2), ...(leader === '' ? [] : [shorten(leader, width)])];
    lines.forEach((line, l) =>
      shapes.push({
        kind: 'text',
        x: p.x,
        y: p.y + 6 + (l - (lines.length - 1) / 2) * 19,
        text: line,
        anchor: 'middle',
        style: leader !== '' && l === lines.length - 1 ? 'small' : 'label',
      }),
    );

    const gaps: string[] = [];
    if (leader === '') gaps.push(w.noLeader);
    if (row.coach.trim() === '') gaps.push(w.noCoach);
    const count = leads.get(leader.toLowerCase()) ?? 0;
    if (leader !== '' && count > 1) gaps.push(fill(w.manyTeams, { name: leader, count }));
    if (gaps.length > 0) {
      const dot = at(outer + r * 0.72, a - (r * 0.72) / outer);
      shapes.push({ kind: 'circle', cx: dot.x, cy: dot.y, r: 7, style: 'gap' });
    }
    const kind = row.planned ? w.planned : w.team;
    const sentence = fill(kind, {
      team,
      leader: leader === '' ? '—' : leader,
      coach: row.coach.trim() === '' ? '—' : row.coach.trim(),
    });
    summary.push(gaps.length > 0 ? `${sentence} ${fill(w.gap, { gaps: gaps.join('; ') })}` : sentence);
  });
  return { width: size, height: size, shapes: layered(shapes), summary };
}

// ─── Power map ───────────────────────────────────────────────────────────────────────────────

export interface PlayerRow {
  person: string;
  power: string;
  stance: string;
  /** Who in the base knows them: not empty draws a star. */
  known: string;
}

export type Level = 'high' | 'medium' | 'low' | 'unsure';
export type Stance = 'against' | 'neutral' | 'with' | 'unsure';

/** Reads a typed value against labels: "H", "high", "High power" → the label's key; otherwise "unsure". */
export function pick<K extends string>(typed: string, labels: Readonly<Record<K, string>>): K | 'unsure' {
  const value = typed
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '');
  if (value === '') return 'unsure';
  const keys = Object.keys(labels) as K[];
  const whole = keys.find((k) => labels[k].toLowerCase() === value || k === value);
  if (whole) return whole;
  const starts = keys.filter((k) => labels[k].toLowerCase().startsWith(value) || k.startsWith(value));
  return starts.length === 1 && starts[0] !== undefined ? starts[0] : 'unsure';
}

/**
 * The power map: up is more power over the decision, right is more with us. A player whose power
 * or stance is not clear sits in the middle row or column with a question mark, as on the wall.
 * A star marks a player someone in the base knows.
 */
export function powerMap(rows: readonly PlayerRow[], words: DiagramWords): Diagram {
  const w = words.powerMap;
  const players = rows.filter((row) => row.person.trim() !== '');
  const levels: Level[] = ['high', 'medium', 'low'];
  const stances: Stance[] = ['against', 'neutral', 'with'];
  const cellW = 170;
  const cellH = 150;
  const left = 116;
  const top = 40;
  const perCell = 6;
  const shapes: Shape[] = [];
  const summary: string[] = [w.title];
  shapes.push({ kind: 'text', x: 20, y: top + (cellH * 3) / 2, text: w.power, anchor: 'middle', style: 'axis', rotate: -90 });
  stances.forEach((stance, c) =>
    shapes.push({ kind: 'text', x: left + c * cellW + cellW / 2, y: top - 14, text: w[stance], anchor: 'middle', style: 'axis' }),
  );
  levels.forEach((level, r) => {
    shapes.push({ kind: 'text', x: left - 8, y: top + r * cellH + 20, text: w[level], anchor: 'end', style: 'axis' });
    stances.forEach((_, c) =>
      shapes.push({ kind: 'rect', x: left + c * cellW, y: top + r * cellH, width: cellW, height: cellH, style: 'grid' }),
    );
  });
  const cells = new Map<string, string[]>();
  for (const row of players) {
    const level = pick(row.power, { high: w.high, medium: w.medium, low: w.low });
    const stance = pick(row.stance, { against: w.against, neutral: w.neutral, with: w.with });
    const unsure = level === 'unsure' || stance === 'unsure';
    const r = level === 'unsure' ? 1 : levels.indexOf(level);
    const c = stance === 'unsure' ? 1 : stances.indexOf(stance);
    const star = row.known.trim() !== '' ? ' ★' : '';
    const name = row.person.trim();
    const list = cells.get(`${r},${c}`) ?? [];
    list.push(`${shorten(name, 17)}${unsure ? ' ?' : ''}${star}`);
    cells.set(`${r},${c}`, list);
    summary.push(
      fill(w.cell, {
        name,
        power: level === 'unsure' ? w.unsure : w[level],
        stance: stance === 'unsure' ? w.unsure : w[stance],
      }) + (star === '' ? '' : ` ${w.known}`),
    );
  }
  for (const [at, names] of cells) {
    const [r = 0, c = 0] = at.split(',').map(Number);
    const shown = names.length > perCell ? [...names.slice(0, perCell - 1), fill(w.more, { count: names.length - perCell + 1 })] : names;
    shown.forEach((text, i) =>
      shapes.push({ kind: 'text', x: left + c * cellW + 8, y: top + r * cellH + 44 + i * 19, text, anchor: 'start', style: 'small' }),
    );
  }
  if (players.length === 0) summary.push(words.empty);
  return { width: left + 3 * cellW + 10, height: top + 3 * cellH + 10, shapes, summary };
}

// ─── Pathway ─────────────────────────────────────────────────────────────────────────────────

export interface StepRow {
  step: string;
  count: string;
}

/** The first whole number in a typed count ("about 40" → 40); undefined for "?" or words. */
export function countOf(text: string): number | undefined {
  const match = /\d[\d,.]*/.exec(text.replace(/(\d)[,.](\d{3})\b/g, '$1$2'));
  if (!match) return undefined;
  const n = Number.parseInt(match[0], 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The pathway: one box per step, top to bottom, with a bar as long as the count of people at the
 * step. The biggest drop from one step to the next (the stall point) is marked.
 */
export function pathway(rows: readonly StepRow[], words: DiagramWords): Diagram {
  const w = words.pathway;
  const steps = rows.filter((row) => row.step.trim() !== '');
  const width = 560;
  const rowH = 58;
  const boxW = 236;
  const barMax = width - boxW - 80;
  const shapes: Shape[] = [];
  const summary: string[] = [w.title];
  const counts = steps.map((row) => countOf(row.count));
  const most = Math.max(1, ...counts.map((c) => c ?? 0));
  // The biggest drop between two steps with known counts.
  let drop = { at: -1, size: 0 };
  for (let i = 1; i < counts.length; i++) {
    const a = counts[i - 1];
    const b = counts[i];
    if (a !== undefined && b !== undefined && a - b > drop.size) drop = { at: i, size: a - b };
  }
  steps.forEach((row, i) => {
    const y = 12 + i * rowH;
    const count = counts[i];
    shapes.push({ kind: 'rect', x: 4, y, width: boxW, height: rowH - 16, style: 'box' });
    shapes.push({ kind: 'text', x: 14, y: y + 27, text: `${i + 1}. ${shorten(row.step, 18)}`, anchor: 'start', style: 'label' });
    if (i > 0) shapes.push({ kind: 'line', x1: 4 + boxW / 2, y1: y - 16, x2: 4 + boxW / 2, y2: y, style: 'link' });
    const bar = count === undefined ? 0 : Math.max(3, (count / most) * barMax);
    if (count !== undefined) shapes.push({ kind: 'rect', x: boxW + 16, y: y + 8, width: bar, height: rowH - 32, style: 'bar' });
    shapes.push({
      kind: 'text',
      x: boxW + 24 + bar,
      y: y + 27,
      text: count === undefined ? '?' : String(count),
      anchor: 'start',
      style: 'strong',
    });
    if (i === drop.at) {
      shapes.push({ kind: 'circle', cx: boxW + 4, cy: y - 8, r: 7, style: 'gap' });
    }
    summary.push(fill(w.step, { n: i + 1, step: row.step.trim(), count: count === undefined ? w.unknown : count }));
  });
  if (drop.at > 0) {
    const before = steps[drop.at - 1]?.step.trim() ?? '';
    const after = steps[drop.at]?.step.trim() ?? '';
    summary.push(fill(w.drop, { from: before, to: after, count: drop.size }));
  }
  if (steps.length === 0) summary.push(words.empty);
  return { width, height: Math.max(80, 12 + steps.length * rowH), shapes, summary };
}

// ─── From the worksheet's tables ─────────────────────────────────────────────────────────────

/** How many table columns each diagram reads (the last of power-map's four, "who knows them", may be left out). */
export const DIAGRAM_COLUMNS = { snowflake: { min: 3, max: 3 }, 'power-map': { min: 3, max: 4 }, pathway: { min: 2, max: 2 } } as const;
export type DiagramKind = keyof typeof DIAGRAM_COLUMNS;

/** A table a drawing reads: its section key and, per role, the index of the typed cell in its rows. */
export interface DrawingSource {
  key: string;
  cells: number[];
  planned: boolean;
}
export interface DrawingSpec {
  diagram: DiagramKind;
  sources: DrawingSource[];
}

/** What the spec is made from: the drawing section and the worksheet's sections, as the schema reads them. */
export interface DrawingSectionInput {
  heading: string;
  kind: string;
  columns: readonly string[];
  rowHeadings: readonly string[];
  diagram?: DiagramKind | undefined;
  from: readonly { table: string; columns: readonly string[]; planned: boolean }[];
}

/**
 * The spec of the drawing at `index`, or the mistake that stops it (for the build's rule): each
 * `from.table` is a table section above the drawing, each of its `columns` is a heading of that table.
 */
export function drawingSpec(
  sections: readonly DrawingSectionInput[],
  index: number,
  keyOf: (heading: string) => string,
): { spec: DrawingSpec } | { problem: { field: string; expected: string; found: string; fix: string } } | { none: true } {
  const section = sections[index];
  if (section?.kind !== 'drawing' || section.diagram === undefined) return { none: true };
  const { diagram } = section;
  const range = DIAGRAM_COLUMNS[diagram];
  if (section.from.length === 0) {
    return {
      problem: {
        field: 'from',
        expected: `the table(s) the ${diagram} diagram is drawn from`,
        found: 'nothing',
        fix: `add from: [{ table: <heading of a table section above>, columns: [${range.min} column headings] }], or remove diagram to leave a box to draw in.`,
      },
    };
  }
  const sources: DrawingSource[] = [];
  for (const [f, source] of section.from.entries()) {
    const tables = sections.slice(0, index).filter((s) => s.kind === 'table');
    const table = tables.find((s) => s.heading === source.table);
    if (!table) {
      return {
        problem: {
          field: `from[${f}].table`,
          expected: 'the heading of a table section above the drawing',
          found: JSON.stringify(source.table),
          fix: tables.length === 0 ? 'add a table section above the drawing first.' : `use ${choice(tables.map((t) => t.heading))}.`,
        },
      };
    }
    if (source.columns.length < range.min || source.columns.length > range.max) {
      const count = range.min === range.max ? `${range.min}` : `${range.min} or ${range.max}`;
      return {
        problem: {
          field: `from[${f}].columns`,
          expected: `${count} column headings for the ${diagram} diagram`,
          found: `${source.columns.length}`,
          fix: `list ${count} headings of "${table.heading}", in the order src/schemas/activity.ts gives for ${diagram}.`,
        },
      };
    }
    const skip = table.rowHeadings.length > 0 ? 1 : 0;
    const cells: number[] = [];
    for (const [c, column] of source.columns.entries()) {
      const at = table.columns.indexOf(column);
      if (at < skip) {
        return {
          problem: {
            field: `from[${f}].columns[${c}]`,
            expected: `a column heading of "${table.heading}" that participants fill in`,
            found: JSON.stringify(column),
            fix: `use ${choice(table.columns.slice(skip))}.`,
          },
        };
      }
      cells.push(at - skip);
    }
    sources.push({ key: keyOf(table.heading), cells, planned: source.planned });
  }
  return { spec: { diagram, sources } };
}

/** `"A"` or `one of "A", "B"`, for a fix text. */
function choice(names: readonly string[]): string {
  const quoted = names.map((n) => JSON.stringify(n));
  return quoted.length === 1 ? (quoted[0] ?? '') : `one of ${quoted.join(', ')}`;
}

/** Draws a spec from the typed rows of its tables (rows by section key). */
export function drawFrom(
  spec: DrawingSpec,
  tables: Readonly<Record<string, readonly (readonly string[])[]>>,
  words: DiagramWords,
): Diagram {
  const rows = spec.sources.flatMap((source) =>
    (tables[source.key] ?? []).map((row) => ({ cells: source.cells.map((i) => row[i] ?? ''), planned: source.planned })),
  );
  if (spec.diagram === 'snowflake')
    return snowflake(
      rows.map(({ cells: [team = '', leader = '', coach = ''], planned }) => ({ team, leader, coach, planned })),
      words,
    );
  if (spec.diagram === 'power-map')
    return powerMap(
      rows.map(({ cells: [person = '', power = '', stance = '', known = ''] }) => ({ person, power, stance, known })),
      words,
    );
  return pathway(
    rows.map(({ cells: [step = '', count = ''] }) => ({ step, count })),
    words,
  );
}

/** One SVG element of a diagram: the tag, its attributes, and its text (set as text, never markup). */
export interface SvgNode {
  tag: 'circle' | 'line' | 'rect' | 'text';
  attrs: Record<string, string>;
  text?: string;
}

const num = (n: number) => String(Math.round(n * 10) / 10);

/** The SVG elements of a diagram, for the server (Worksheet.astro) and the page script alike. Styles are classes (`d-team`). */
export function svgNodes(diagram: Diagram): SvgNode[] {
  return diagram.shapes.map((shape): SvgNode => {
    if (shape.kind === 'circle')
      return { tag: 'circle', attrs: { cx: num(shape.cx), cy: num(shape.cy), r: num(shape.r), class: `d-${shape.style}` } };
    if (shape.kind === 'line')
      return {
        tag: 'line',
        attrs: { x1: num(shape.x1), y1: num(shape.y1), x2: num(shape.x2), y2: num(shape.y2), class: `d-${shape.style}` },
      };
    if (shape.kind === 'rect')
      return {
        tag: 'rect',
        attrs: { x: num(shape.x), y: num(shape.y), width: num(shape.width), height: num(shape.height), class: `d-${shape.style}` },
      };
    const attrs: Record<string, string> = { x: num(shape.x), y: num(shape.y), 'text-anchor': shape.anchor, class: `t-${shape.style}` };
    if (shape.rotate !== undefined) attrs['transform'] = `rotate(${shape.rotate} ${num(shape.x)} ${num(shape.y)})`;
    return { tag: 'text', attrs, text: shape.text };
  });
}
