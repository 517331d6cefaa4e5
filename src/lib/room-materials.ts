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
import { formatPackStem, modulePackStem, type PackRole } from './packs.ts';
import { posterStem } from './pictures/views.ts';
import { pairedTitle, type OtherText, type OtherTitles } from './bilingual.ts';

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

/** A chart with this much text prints across the whole width of the page instead of in one of two columns. */
export const WIDE_FLIP_CHART_CHARACTERS = 320;

/** Whether a chart's lines need the whole width of the printed page. */
export function isWideFlipChart(lines: readonly string[]): boolean {
  return lines.reduce((sum, line) => sum + line.length, 0) > WIDE_FLIP_CHART_CHARACTERS;
}

// ─── wall agendas ────────────────────────────────────────────────────────────────────────────

export interface WallAgendaRow {
  /** An agenda item, or a break or lunch (from the module's agenda or inserted by the format). */
  kind: 'item' | 'break';
  /** The clock time it starts, "09:30". */
  time: string;
  title: string;
  /** On a bilingual agenda: the title in the other language. */
  other?: OtherText;
}

/** One module's part of the day: its title over its items. */
export interface WallAgendaModule {
  title: string;
  other?: OtherText;
  rows: WallAgendaRow[];
}

/** How big the letters can be so that the day still fits on one landscape page (two columns from `m` down). */
export type WallAgendaSize = 'xl' | 'l' | 'm' | 's' | 'xs' | 'xxs';

/** Between breaks, one module's items: shown as one line when the day is too long to give each item its own line. */
export interface WallAgendaBlock {
  kind: 'block' | 'break';
  /** The clock time the block (or break) starts. */
  time: string;
  /** The module's title, or "Break" / "Lunch". */
  title: string;
  /** The titles of the block's items, in order (none for a break). */
  items: string[];
}

interface WallAgendaCommon {
  /** The clock time the day ends. */
  end: string;
  /** Lines of the agenda at this detail (headings, rows and the end), before wrapping. */
  lines: number;
  size: WallAgendaSize;
}

export type WallAgenda =
  | (WallAgendaCommon & { detail: 'items'; modules: WallAgendaModule[] })
  | (WallAgendaCommon & { detail: 'blocks'; blocks: WallAgendaBlock[] });

/** The words a wall agenda needs, in the page's language. */
export interface WallAgendaWords {
  break: string;
  lunch: string;
}

/**
 * What one landscape sheet holds at each size, largest first: the lines that fit (a title that wraps
 * counts once per line it takes) and the characters of a title that fit on one line. From `m` on the
 * agenda is set in two columns; `xs` is for days shown in blocks only (one line per module between
 * breaks, its items listed under it in smaller type). Measured on US Letter and A4 with the page
 * title and the licence line; `tests/browser/room-materials.test.ts` prints every day of every format
 * on Letter and A4 and fails if one needs a second page.
 */
export const WALL_AGENDA_SIZES: readonly { size: WallAgendaSize; maxLines: number; lineChars: number }[] = [
  { size: 'xl', maxLines: 10, lineChars: 34 },
  { size: 'l', maxLines: 12, lineChars: 40 },
  { size: 'm', maxLines: 30, lineChars: 28 },
  { size: 's', maxLines: 36, lineChars: 34 },
  { size: 'xs', maxLines: 42, lineChars: 40 },
];

/**
 * A bilingual agenda keeps one line per item (the translation under it) on every day, so a long day
 * gets a smaller step instead of blocks; and its sheet gives this share of the lines to the agenda
 * (the title's translation takes the rest). Measured like the sizes above, by
 * `tests/browser/bilingual.test.ts`.
 */
export const BILINGUAL_WALL_AGENDA_SIZES: readonly { size: WallAgendaSize; maxLines: number; lineChars: number }[] = [
  ...WALL_AGENDA_SIZES,
  { size: 'xxs', maxLines: 50, lineChars: 48 },
];
export const BILINGUAL_WALL_AGENDA_ROOM = 0.85;

/** Lines a text takes at `lineChars` characters a line. */
const wrapped = (text: string, lineChars: number): number => Math.max(1, Math.ceil(text.length / lineChars));

/** Bold letters are wider: a bold line holds this share of the characters of a regular one. */
const BOLD_WIDTH = 0.85;

/**
 * The largest size at which texts fit on the sheet, or undefined when none does. Each entry is one
 * line of the agenda: its text, and how big it is set relative to the agenda's type (headings and
 * the items under a block are smaller).
 */
export function wallAgendaSize(
  lines: readonly { text: string; scale?: number; bold?: boolean }[],
  { steps = WALL_AGENDA_SIZES, room = 1 }: { steps?: typeof WALL_AGENDA_SIZES; room?: number } = {},
): WallAgendaSize | undefined {
  return steps.find(
    (step) =>
      lines.reduce((sum, line) => {
        const scale = line.scale ?? 1;
        const chars = (step.lineChars / scale) * (line.bold === true ? BOLD_WIDTH : 1);
        return sum + scale * wrapped(line.text, chars);
      }, 0) <=
      step.maxLines * room,
  )?.size;
}

/** For a bilingual agenda: the other language's titles and words, and the label that marks them. */
export interface WallAgendaOther {
  titles: OtherTitles;
  words: WallAgendaWords;
  /** The language's name as printed before each of its texts ("Español"). */
  label: string;
}

/** A bilingual agenda sets the other language at this share of the size of the line it translates. */
export const OTHER_LANGUAGE_SCALE = 0.7;

/**
 * One day (or evening) of a schedule as it goes on the wall: each module's title over the start time
 * and title of its items, breaks and lunch, and the time the day ends. No notes, no lengths: the room
 * needs to know what happens when. A long day (a two-day intensive) is shown in blocks instead.
 * With `other`, each title also carries its translation (paired by module id and item number),
 * which the size counts as a smaller line of its own under the title; such a day is never in blocks.
 */
export function wallAgenda(session: ScheduleSession, words: WallAgendaWords, other?: WallAgendaOther): WallAgenda {
  const modules: WallAgendaModule[] = [];
  const blocks: WallAgendaBlock[] = [];
  const translated = (text: string | undefined): { other?: OtherText } =>
    other === undefined || text === undefined ? {} : { other: { text, lang: other.titles.lang } };
  for (const row of session.rows) {
    const isBreak = row.type !== 'item' || row.item.kind === 'break';
    const title = row.type === 'item' ? row.item.title : row.type === 'lunch' ? words.lunch : words.break;
    const otherTitle =
      other === undefined
        ? undefined
        : row.type === 'item'
          ? pairedTitle(other.titles.items, row.item.key, 'agenda item')
          : row.type === 'lunch'
            ? other.words.lunch
            : other.words.break;
    const otherModule = other === undefined || row.type !== 'item' ? undefined : pairedTitle(other.titles.modules, row.moduleId, 'module');
    const time = formatClock(row.start);
    if (row.type === 'item' && (row.opensModule || modules.length === 0)) {
      modules.push({ title: row.moduleTitle, ...translated(otherModule), rows: [] });
    }
    modules.at(-1)?.rows.push({ kind: isBreak ? 'break' : 'item', time, title, ...translated(otherTitle) });
    const block = blocks.at(-1);
    if (isBreak) blocks.push({ kind: 'break', time, title, items: [] });
    else if (row.type === 'item' && block?.kind === 'block' && !row.opensModule) block.items.push(title);
    else if (row.type === 'item') blocks.push({ kind: 'block', time, title: row.moduleTitle, items: [title] });
  }
  const end = formatClock(session.end);
  /** The translation under a line, smaller, with its language label. */
  const under = (line: { text: string; scale?: number; bold?: boolean }, text: string | undefined) =>
    other === undefined || text === undefined
      ? [line]
      : [line, { text: `${other.label} ${text}`, scale: (line.scale ?? 1) * OTHER_LANGUAGE_SCALE }];
  // Module titles are set at 0.62 of the item size; the end of the day is one line.
  const itemLines = [
    ...modules.flatMap((module) => [
      ...under({ text: module.title, scale: 0.62 }, module.other?.text),
      ...module.rows.flatMap((row) => under({ text: row.title }, row.other?.text)),
    ]),
    { text: end },
  ];
  // In two languages every day keeps a line per item, down to the smallest bilingual step.
  if (other !== undefined) {
    const size = wallAgendaSize(itemLines, { steps: BILINGUAL_WALL_AGENDA_SIZES, room: BILINGUAL_WALL_AGENDA_ROOM }) ?? 'xxs';
    return { detail: 'items', modules, end, lines: itemLines.length, size };
  }
  const size = wallAgendaSize(itemLines);
  // Items get a line each down to `s`; a day that needs smaller letters is shown in blocks.
  if (size !== undefined && size !== 'xs') return { detail: 'items', modules, end, lines: itemLines.length, size };
  // A block is its module's title, and under it its items in type 0.6 the size.
  const blockLines = [
    ...blocks.flatMap((block) => [
      { text: block.title, bold: block.kind === 'block' },
      ...(block.items.length > 0 ? [{ text: block.items.join(' · '), scale: 0.6 }] : []),
    ]),
    { text: end },
  ];
  return { detail: 'blocks', blocks, end, lines: blockLines.length, size: wallAgendaSize(blockLines) ?? 'xs' };
}

// ─── the sign-in sheet ───────────────────────────────────────────────────────────────────────

/** Lines on one sign-in sheet: tall enough to write on by hand, and the sheet stays one page. */
export const SIGN_IN_ROWS = 15;

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
  bilingualWallAgenda: (format: string, session: number) => `wall-agenda-${format}-${session}-bilingual`,
  /** A worksheet in both languages, for a mixed room (src/pages/worksheets/[id]/bilingual.astro). */
  bilingualWorksheet: (id: string) => `worksheet-${id}-bilingual`,
  flipCharts: (id: string) => `flip-charts-${id}`,
  /** The packs' and posters' stems have their one home with their pages (src/lib/packs.ts, src/lib/pictures/views.ts). */
  formatPack: (role: PackRole, format: string) => formatPackStem(format, role),
  modulePack: (role: PackRole, id: string) => modulePackStem(id, role),
  poster: (id: string) => posterStem({ id }),
  /** The blank organizational self-assessment (src/pages/print/self-assessment.astro). */
  selfAssessment: () => 'self-assessment',
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
  /** Its version for a mixed room, in both languages (src/lib/bilingual.ts). */
  bilingual?: { page: string; files: PrintFile[] };
}

/** The PDFs of one stem on each paper. */
export function printFiles(stem: string, papers: readonly Paper[]): PrintFile[] {
  return papers.map((paper) => ({ paper, path: toolPaths.pdfFile(stem, paper) }));
}
