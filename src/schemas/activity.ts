/** A hands-on activity: what a group does in the room, and the artifact it keeps. */
import { fields, list, oneOf, text, verbatim, wholeMinutes, wholeNumber, yesNo, type ReferenceBuilder } from './fields.ts';
import { materialSchema } from './shared.ts';

/** Where an activity can run. */
export const activitySettings = ['in-person', 'online', 'both'] as const;
export type ActivitySetting = (typeof activitySettings)[number];

/**
 * What a step is for: `setup` (instructions, forming groups, handing out materials; the
 * first step of every activity), `work` (the group does the activity) or `debrief` (the
 * room answers the activity's debrief questions).
 */
export const activityStepKinds = ['setup', 'work', 'debrief'] as const;
export type ActivityStepKind = (typeof activityStepKinds)[number];

/**
 * How a worksheet section is laid out: writing lines, a table, a checklist, or a box to draw in
 * (on paper a blank box; filled in on the page, it draws its `diagram` from tables above it).
 */
export const worksheetFieldKinds = ['lines', 'table', 'checklist', 'drawing'] as const;

/**
 * The diagrams a `drawing` section can draw from the answers (src/lib/worksheet-drawings.ts), and
 * the table columns each one reads, in this order:
 * - `snowflake`: team, its leader, who coaches the leader;
 * - `power-map`: person or title, power over the decision (high/medium/low), stance (with/neutral/against);
 * - `pathway`: step, people at the step now.
 */
export const worksheetDiagrams = ['snowflake', 'power-map', 'pathway'] as const;

export const worksheetSectionSchema = fields('a worksheet section', {
  /** Section heading, e.g. "My story of self". */
  heading: text('the section heading'),
  /** One or two sentences of instruction for filling it in. */
  prompt: text('the section prompt'),
  /** Blank lines, a table with columns, a checklist, or a box to draw in. */
  kind: oneOf(worksheetFieldKinds, 'the section layout').default('lines'),
  /** For `lines`: how many writing lines; for `table`: how many rows on paper; for `drawing`: the box height in lines. */
  rows: wholeNumber('the number of rows', 1).default(4),
  /** For `table`: the column headings. For `checklist`: the items to tick. */
  columns: list(text('a column heading'), 'column headings', 0).default([]),
  /**
   * For `table`: the text already printed in the first column, one per row (e.g. the parts of a
   * one-on-one an observer watches). The table then has exactly these rows.
   */
  rowHeadings: list(text('a row heading'), 'row headings', 0).default([]),
  /** For `drawing`: the diagram drawn from the answers. Without it the box stays a box to draw in by hand. */
  diagram: oneOf(worksheetDiagrams, 'the diagram').optional(),
  /**
   * For `drawing` with a `diagram`: the tables it reads. `table` is the heading of a table section
   * above; `columns` are its headings, in the order the diagram reads them; `planned: true` draws
   * those rows as planned (dashed), e.g. the teams to build.
   */
  from: list(
    fields('a table the drawing reads', {
      table: verbatim('the heading of the table section'),
      columns: list(verbatim('a column heading of that table'), 'columns the diagram reads', 1),
      planned: yesNo('whether these rows are planned').default(false),
    }),
    'tables the drawing reads',
    0,
  ).default([]),
});

export const activitySchema = (reference: ReferenceBuilder) =>
  fields('an activity', {
    /** Activity name. */
    title: text('the activity title'),
    /** Purpose: one or two sentences on why the group does this. */
    purpose: text('the purpose'),
    /** Practices the activity teaches. */
    practices: list(reference('practices'), 'practices', 1),
    /** Total minutes; must equal the sum of the steps. */
    minutes: wholeMinutes('the activity length'),
    /** How many people it works for. */
    groupSize: fields('the group size (min and max)', {
      min: wholeNumber('the smallest group size', 1),
      max: wholeNumber('the largest group size', 1),
    }),
    /** In person, online, or both. */
    setting: oneOf(activitySettings, 'the setting'),
    /** The room the activity needs, e.g. "Wall space for four flip charts". */
    space: text('the space needed'),
    /** What to bring. */
    materials: list(materialSchema, 'materials', 1),
    /** The thing the organization keeps afterwards. */
    artifact: fields('the artifact (name and description)', {
      /** Its name, e.g. "Pathway map". */
      name: text('the artifact name'),
      /** What it is and how the organization uses it after the training. */
      description: text('the artifact description'),
    }),
    /**
     * Numbered steps, each with whole minutes: a setup step first, then the work, and a
     * debrief step unless the module runs a core debrief item right after the activity.
     */
    steps: list(
      fields('a step', {
        title: text('the step title'),
        minutes: wholeMinutes('the step length'),
        /** Setup, work (the default) or debrief. */
        kind: oneOf(activityStepKinds, 'the step kind').default('work'),
        /** What the facilitator and participants do in this step. */
        instructions: text('the step instructions'),
      }),
      'steps',
      2,
    ),
    /** Questions for the debrief. */
    debrief: list(text('a debrief question'), 'debrief questions', 2),
    /** Other ways to run it; include one with `setting: online` unless the activity is online-only. */
    variations: list(
      fields('a variation', {
        name: text('the variation name'),
        setting: oneOf(activitySettings, 'the variation setting').default('both'),
        description: text('the variation description'),
      }),
      'variations',
      1,
    ),
    /** What makes it work. */
    tips: list(text('a tip'), 'tips', 1),
    /** Common ways it goes wrong. */
    traps: list(text('a trap'), 'traps', 1),
    /** The printable worksheet for the artifact (participants fill it in). */
    worksheet: fields('the worksheet', {
      /** Short instructions at the top of the worksheet. */
      instructions: text('the worksheet instructions'),
      sections: list(worksheetSectionSchema, 'worksheet sections', 1),
    }),
  });
