/**
 * The answers a participant types into a worksheet, and the one way they are read back: from the
 * device's local storage or from a file the participant saved. Pure, no browser APIs: the page
 * script (src/components/worksheet-fill.ts) does the storage and the files.
 *
 * Whatever is read back is checked against the worksheet's shape: what fits is kept (as plain
 * text, never markup), what does not is left out and listed in `dropped`, so the page can say
 * what happened. A file that is not JSON, not answers, or for another worksheet changes nothing.
 */

/** The version of the answers format. Raise it when the shape of saved answers changes. */
export const ANSWERS_VERSION = 1;
/** The `format` field of a saved file, so a file says what it is. */
export const ANSWERS_FORMAT = 'distributed-organizing-worksheet-answers';
/** Longest answer kept in one field; longer text is cut. */
export const MAX_TEXT = 4000;
/** Most rows kept in one table. */
export const MAX_ROWS = 40;
/** Largest file or stored value read, in characters. */
export const MAX_FILE_CHARS = 500_000;

/** What the answers of one section look like, from the worksheet's content. */
export type SectionShape =
  | { kind: 'lines'; key: string; heading: string }
  | { kind: 'table'; key: string; heading: string; columns: number; fixedRows: number }
  | { kind: 'checklist'; key: string; heading: string; items: number };

export interface WorksheetShape {
  /** The worksheet's id (its activity id). */
  id: string;
  /** The worksheet's title, for messages. */
  title: string;
  sections: SectionShape[];
}

/** One section's answers: text, rows of cells, or ticks. */
export type SectionAnswer = string | string[][] | boolean[];
/** Answers by section key. */
export type WorksheetAnswers = Record<string, SectionAnswer>;

/** A part of what was read that was left out or changed, for the message. */
export type Dropped =
  | { reason: 'version'; found: string }
  | { reason: 'unknown-section'; name: string }
  | { reason: 'extra-field'; name: string }
  | { reason: 'wrong-type'; section: string }
  | { reason: 'too-long'; section: string }
  | { reason: 'too-many-rows'; section: string };

export type ReadResult =
  | { ok: true; answers: WorksheetAnswers; dropped: Dropped[] }
  | { ok: false; reason: 'too-big' | 'not-json' | 'not-answers' }
  | { ok: false; reason: 'other-worksheet'; worksheet: string };

/** The section input a shape is made from: a worksheet section as the content schema reads it. */
export interface SectionInput {
  heading: string;
  kind: 'lines' | 'table' | 'checklist' | 'drawing';
  rows: number;
  columns: readonly string[];
  rowHeadings: readonly string[];
}

/** "Our snowflake today (drawing)" → "our-snowflake-today-drawing". */
export function sectionKey(heading: string): string {
  const key = heading
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return key === '' ? 'section' : key;
}

/**
 * The shape of a worksheet's answers. Drawing sections hold no answers (they draw from tables).
 * A table with row headings has exactly those rows, and its first column is not typed in.
 * Keys are unique: a repeated heading gets `-2`, `-3`.
 */
export function worksheetShape(id: string, title: string, sections: readonly SectionInput[]): WorksheetShape {
  const used = new Map<string, number>();
  const shapes: SectionShape[] = [];
  for (const section of sections) {
    const base = sectionKey(section.heading);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const key = count === 1 ? base : `${base}-${count}`;
    const { heading } = section;
    if (section.kind === 'lines') shapes.push({ kind: 'lines', key, heading });
    if (section.kind === 'checklist') shapes.push({ kind: 'checklist', key, heading, items: section.columns.length });
    if (section.kind === 'table') {
      const fixed = section.rowHeadings.length;
      shapes.push({ kind: 'table', key, heading, columns: section.columns.length - (fixed > 0 ? 1 : 0), fixedRows: fixed });
    }
  }
  return { id, title, sections: shapes };
}

/** The local-storage key of a worksheet's answers (the format version is part of it). */
export function storageKey(id: string): string {
  return `distributed-organizing:worksheet:${id}:v${ANSWERS_VERSION}`;
}

/** True when nothing has been typed or ticked. */
export function isEmpty(answers: WorksheetAnswers): boolean {
  return Object.values(answers).every((answer) =>
    typeof answer === 'string'
      ? answer.trim() === ''
      : answer.every((item) => (typeof item === 'boolean' ? !item : item.every((cell) => cell.trim() === ''))),
  );
}

/** The file a participant saves: what it is, which worksheet, which version, when, and the answers. */
export function answersFile(shape: WorksheetShape, answers: WorksheetAnswers, savedAt: Date) {
  return { format: ANSWERS_FORMAT, worksheet: shape.id, version: ANSWERS_VERSION, saved: savedAt.toISOString(), answers };
}

/** The file name a save suggests: `worksheet-power-map-answers.json`. */
export function answersFileName(id: string): string {
  return `worksheet-${id}-answers.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text cut to MAX_TEXT; notes the cut. */
function clip(text: string, section: SectionShape, dropped: Dropped[]): string {
  if (text.length <= MAX_TEXT) return text;
  if (!dropped.some((d) => d.reason === 'too-long' && d.section === section.heading))
    dropped.push({ reason: 'too-long', section: section.heading });
  return text.slice(0, MAX_TEXT);
}

/** One section's value, checked against its shape; undefined when nothing of it fits. */
function readSection(value: unknown, section: SectionShape, dropped: Dropped[]): SectionAnswer | undefined {
  const wrong = () => {
    dropped.push({ reason: 'wrong-type', section: section.heading });
    return undefined;
  };
  if (section.kind === 'lines') return typeof value === 'string' ? clip(value, section, dropped) : wrong();
  if (!Array.isArray(value)) return wrong();
  if (section.kind === 'checklist') {
    if (value.length > section.items || !value.every((tick) => typeof tick === 'boolean')) return wrong();
    return Array.from({ length: section.items }, (_, i) => value[i] === true);
  }
  const limit = section.fixedRows > 0 ? section.fixedRows : MAX_ROWS;
  if (value.length > limit) dropped.push({ reason: 'too-many-rows', section: section.heading });
  const rows: string[][] = [];
  let bad = false;
  for (const row of value.slice(0, limit)) {
    if (!Array.isArray(row) || row.length > section.columns || !row.every((cell) => typeof cell === 'string')) {
      bad = true;
      continue;
    }
    rows.push(Array.from({ length: section.columns }, (_, i) => clip(typeof row[i] === 'string' ? row[i] : '', section, dropped)));
  }
  if (bad) dropped.push({ reason: 'wrong-type', section: section.heading });
  return rows;
}

/** Checks answers (already parsed) against the shape: keeps what fits, lists what does not. */
export function readAnswers(data: unknown, shape: WorksheetShape): ReadResult {
  if (!isRecord(data) || data['format'] !== ANSWERS_FORMAT || !isRecord(data['answers'])) return { ok: false, reason: 'not-answers' };
  const worksheet = data['worksheet'];
  if (worksheet !== shape.id)
    return { ok: false, reason: 'other-worksheet', worksheet: typeof worksheet === 'string' ? worksheet.slice(0, 80) : '?' };
  const dropped: Dropped[] = [];
  if (data['version'] !== ANSWERS_VERSION) dropped.push({ reason: 'version', found: String(data['version']).slice(0, 20) });
  for (const name of Object.keys(data)) {
    if (!['format', 'worksheet', 'version', 'saved', 'answers'].includes(name))
      dropped.push({ reason: 'extra-field', name: name.slice(0, 80) });
  }
  const given = data['answers'];
  const answers: WorksheetAnswers = {};
  for (const section of shape.sections) {
    if (!(section.key in given)) continue;
    const value = readSection(given[section.key], section, dropped);
    if (value !== undefined) answers[section.key] = value;
  }
  const known = new Set(shape.sections.map((s) => s.key));
  for (const name of Object.keys(given)) if (!known.has(name)) dropped.push({ reason: 'unknown-section', name: name.slice(0, 80) });
  return { ok: true, answers, dropped };
}

/** Reads the text of a saved file or stored value. */
export function parseAnswers(text: string, shape: WorksheetShape): ReadResult {
  if (text.length > MAX_FILE_CHARS) return { ok: false, reason: 'too-big' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return readAnswers(data, shape);
}

/** The diagram whose table columns get suggested values (power and stance) as the user types. */
export const SUGGESTING_DIAGRAM = 'power-map';
