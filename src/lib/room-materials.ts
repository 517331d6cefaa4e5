/**
 * What the room needs on paper besides the packs (issue 12): the sign-in sheet, the evaluation
 * forms, a wall agenda per day and each module's flip charts, and the list of every printout.
 * Pure: the pages under `src/pages/print/` lay out what these functions compute, and the flip-chart
 * rule (`src/lib/rules.ts`) reads the materials with `flipChartMaterials`.
 */
import { formatClock } from './agenda.ts';
import type { ScheduleSession } from './formats.ts';
import type { Material } from '../schemas/shared.ts';
import type { EvaluationForm, EvaluationQuestion } from '../schemas/evaluation.ts';
import type { Paper } from './print-files.ts';
import { toolPaths } from './urls.ts';

// ─── flip charts ─────────────────────────────────────────────────────────────────────────────

/** A material named "Flip chart: <title>" is a chart written before the session. */
const FLIP_CHART_MATERIAL = /^flip chart:\s*(.+)$/i;

/**
 * The flip charts a module's materials name, with their position in the list.
 *
 * @example flipChartMaterials([{ item: 'Flip chart: The five parts of a charter', per: 'room' }, { item: 'Markers', per: 'room' }])
 *   // [{ title: 'The five parts of a charter', index: 0 }]
 */
export function flipChartMaterials(materials: readonly Pick<Material, 'item'>[]): { title: string; index: number }[] {
  return materials.flatMap((material, index) => {
    const title = FLIP_CHART_MATERIAL.exec(material.item.trim())?.[1]?.trim();
    return title === undefined ? [] : [{ title, index }];
  });
}

// ─── wall agendas ────────────────────────────────────────────────────────────────────────────

export interface WallAgendaRow {
  /** A module's title (a heading over its items), an item, a break or lunch, or the end of the day. */
  kind: 'module' | 'item' | 'break' | 'end';
  /** The clock time it starts, "09:30". */
  time: string;
  title: string;
}

/** How big the letters can be so that the day still fits on one landscape page. */
export type WallAgendaSize = 'xl' | 'l' | 'm' | 's';

export interface WallAgenda {
  rows: WallAgendaRow[];
  size: WallAgendaSize;
}

/** The words a wall agenda needs, in the page's language. */
export interface WallAgendaWords {
  break: string;
  lunch: string;
  end: string;
}

/**
 * The rows of a wall agenda at each size, largest first: a day with more rows gets smaller letters.
 * `tests/browser/room-materials.test.ts` prints every day of every format and fails if one needs a second page.
 */
export const WALL_AGENDA_SIZES: readonly { size: WallAgendaSize; maxRows: number }[] = [
  { size: 'xl', maxRows: 9 },
  { size: 'l', maxRows: 12 },
  { size: 'm', maxRows: 16 },
  { size: 's', maxRows: Infinity },
];

/** The largest letters a day of `rows` rows can have. */
export function wallAgendaSize(rows: number): WallAgendaSize {
  return WALL_AGENDA_SIZES.find((step) => rows <= step.maxRows)?.size ?? 's';
}

/**
 * One day (or evening) of a schedule as it goes on the wall: the start time and title of every item,
 * each module's title over its items, breaks and lunch, and the time the day ends. No notes, no
 * lengths: the room needs to know what happens when.
 */
export function wallAgenda(session: ScheduleSession, words: WallAgendaWords): WallAgenda {
  const rows: WallAgendaRow[] = [];
  for (const row of session.rows) {
    if (row.type === 'item') {
      if (row.opensModule) rows.push({ kind: 'module', time: formatClock(row.start), title: row.moduleTitle });
      rows.push({ kind: row.item.kind === 'break' ? 'break' : 'item', time: formatClock(row.start), title: row.item.title });
    } else rows.push({ kind: 'break', time: formatClock(row.start), title: row.type === 'lunch' ? words.lunch : words.break });
  }
  rows.push({ kind: 'end', time: formatClock(session.end), title: words.end });
  return { rows, size: wallAgendaSize(rows.length) };
}

// ─── the sign-in sheet ───────────────────────────────────────────────────────────────────────

/** Lines on one sign-in sheet: tall enough to write on by hand, and the sheet stays one page. */
export const SIGN_IN_ROWS = 20;

/** Sheets to print for a room of `people` (a room of 30 needs two). */
export function signInSheets(people: number): number {
  return Math.max(1, Math.ceil(people / SIGN_IN_ROWS));
}

/**
 * The columns of the sign-in sheet, by the dictionary key of their heading. It asks only what the
 * training needs (who came, who needs interpretation, how to send the follow-up) and never anything
 * that could expose a participant: no immigration status, no address, no employer, no date of birth.
 */
export const SIGN_IN_COLUMNS = [
  'room.signIn.column.name',
  'room.signIn.column.organization',
  'room.signIn.column.language',
  'room.signIn.column.contact',
  'room.signIn.column.interpretation',
] as const;
export type SignInColumn = (typeof SIGN_IN_COLUMNS)[number];

// ─── the evaluation forms ────────────────────────────────────────────────────────────────────

/** A question ready to print: tick boxes, lines to write on, or a table of rows to tick. */
export type EvaluationItem =
  | { kind: 'tick'; ask: string; options: string[] }
  | { kind: 'lines'; ask: string; lines: number }
  | { kind: 'table'; ask: string; rowsOf: 'modules' | 'artifacts'; columns: string[]; rows: string[] };

export interface EvaluationSheet {
  title: string;
  intro: string;
  anonymous: boolean;
  moment: EvaluationForm['moment'];
  items: EvaluationItem[];
}

/** What the tables of an evaluation list: the sessions of the training and the artifacts it makes, in training order. */
export interface EvaluationRows {
  modules: readonly string[];
  artifacts: readonly string[];
}

function evaluationItem(question: EvaluationQuestion, form: EvaluationForm, rows: EvaluationRows): EvaluationItem {
  const options = question.options ?? form.scale;
  switch (question.kind) {
    case 'scale':
    case 'choice':
      return { kind: 'tick', ask: question.ask, options };
    case 'open':
      return { kind: 'lines', ask: question.ask, lines: question.lines ?? 2 };
    case 'modules':
      return { kind: 'table', ask: question.ask, rowsOf: 'modules', columns: options, rows: [...rows.modules] };
    case 'artifacts':
      return { kind: 'table', ask: question.ask, rowsOf: 'artifacts', columns: options, rows: [...new Set(rows.artifacts)] };
  }
}

/** The forms of `content/evaluation.yaml` as printed sheets, one page each. */
export function evaluationSheets(forms: readonly EvaluationForm[], rows: EvaluationRows): EvaluationSheet[] {
  return forms.map((form) => ({
    title: form.title,
    intro: form.intro,
    anonymous: form.anonymous,
    moment: form.moment,
    items: form.questions.map((question) => evaluationItem(question, form, rows)),
  }));
}

// ─── the list of printouts ───────────────────────────────────────────────────────────────────

/** The PDF stems of the room materials; each page declares its stem with `pdfHead`, and `/print/` links the files. */
export const roomStems = {
  signIn: () => 'sign-in-sheet',
  evaluation: () => 'evaluation-forms',
  wallAgenda: (format: string, session: number) => `wall-agenda-${format}-${session}`,
  flipCharts: (id: string) => `flip-charts-${id}`,
  /** Whole-format packs (`toolPaths.pdf` names the same files). */
  formatPack: (role: 'facilitator' | 'participant', format: string) => `${format}-${role}-pack`,
  modulePack: (role: 'facilitator' | 'participant', id: string) => `${id}-${role}-pack`,
  poster: (id: string) => `poster-${id}`,
} as const;

export interface PrintFile {
  paper: Paper;
  /** Site-relative path of the PDF. */
  path: string;
}

export interface Printout {
  title: string;
  /** Site-relative path of the print page. */
  page: string;
  files: PrintFile[];
}

/** The PDFs of one stem on each paper. */
export function printFiles(stem: string, papers: readonly Paper[]): PrintFile[] {
  return papers.map((paper) => ({ paper, path: toolPaths.pdfFile(stem, paper) }));
}
