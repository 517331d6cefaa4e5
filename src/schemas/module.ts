/**
 * A module of the training: one timed session block with its agenda and facilitator notes.
 * The opening and closing sessions are modules too (`kind: opening | closing`).
 */
import { fields, list, oneOf, text, verbatim, wholeMinutes, wholeNumber, yesNo, type ReferenceBuilder } from './fields.ts';
import { adaptationsSchema, facilitatorNoteSchema, materialSchema, preparationSchema, sourceSchema } from './shared.ts';

/** How the room is arranged during an agenda item. */
export const agendaItemKinds = ['plenary', 'small-groups', 'pairs', 'solo', 'break'] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

/** Where a module sits in the training. */
export const moduleKinds = ['opening', 'module', 'closing'] as const;

export const agendaItemSchema = (reference: ReferenceBuilder) =>
  fields('an agenda item', {
    /** What the item is called on the agenda, e.g. "Story of self: writing time". */
    title: text('the agenda item title'),
    /** Whole minutes the item takes. The module's length is the sum of these. */
    minutes: wholeMinutes('the item length'),
    /** How the room works during the item. */
    kind: oneOf(agendaItemKinds, 'the item kind'),
    /** The activity this item runs, if any (its file name in content/activities, without .mdx). */
    activity: reference('activities').optional(),
    /** One or two sentences for participants: what happens in this item. */
    description: text('the participant description').optional(),
    /** Optional items can shrink or be cut when the group runs late. Core items are never cut. */
    optional: yesNo('whether the item is optional').default(false),
    /** For optional items: the fewest minutes the item can shrink to (0 = it can be cut). */
    shrinkTo: wholeNumber('the shortest length of this optional item', 0).optional(),
    /**
     * A debrief: the room reflects on what it just did. The debrief questions of the activity
     * run in the item just before are asked here (an activity without a debrief step needs
     * one right after it). A debrief that is the only one of its activity or module is core.
     */
    debrief: yesNo('whether the item is a debrief').default(false),
    /**
     * The item stays in the same session as the next one, with no lunch or break between:
     * a teaching block and the activity that practises it.
     */
    keepWithNext: yesNo('whether the item stays with the next one').default(false),
    /** The framework picture the trainer puts up or draws in this item (its file name in content/pictures, without .yaml). */
    picture: reference('pictures').optional(),
    /** Notes for the facilitator; never shown to participants. */
    facilitator: facilitatorNoteSchema,
  });

/**
 * A flip chart the trainer writes before the session. The module's `materials` list each one as
 * "Flip chart: <title>" (rule `flip-charts-match-materials`); `/print/flip-charts/<id>/` prints them.
 */
export const flipChartSchema = fields('a flip chart', {
  /** The heading written at the top of the sheet, e.g. "Hackman's five conditions". */
  title: text('the flip chart title'),
  /** What to write on the sheet, one line each, top to bottom: short, in big letters. */
  lines: list(text('a line of the flip chart'), 'lines of the flip chart', 1, 12),
  /** The agenda item that uses the chart, by its title exactly as on the agenda (rule `flip-chart-item-on-agenda`). */
  item: verbatim('the title of the agenda item that uses the chart').optional(),
});

export const moduleSchema = (reference: ReferenceBuilder) =>
  fields('a module', {
    /** Position in the training (0 = opening). Unique across modules. */
    order: wholeNumber('the module position', 0),
    /** Opening session, a teaching module, or the closing session. */
    kind: oneOf(moduleKinds, 'the module kind').default('module'),
    /** Title shown everywhere the module is listed. */
    title: text('the module title'),
    /** Two or three sentences: what the module does and what the group leaves with. */
    summary: text('the module summary'),
    /** What participants will be able to do by the end: 3 to 5 objectives. */
    objectives: list(text('an objective'), 'objectives', 3, 5),
    /** Practices the module teaches (ids from content/practices). Each needs at least one activity. */
    practices: list(reference('practices'), 'practices', 0).default([]),
    /** The ideas participants should remember. */
    keyPoints: list(text('a key point'), 'key points', 2),
    /** What the trainer brings. */
    materials: list(materialSchema, 'materials', 1),
    /** The flip charts to write before the session (each also a "Flip chart: <title>" material). */
    flipCharts: list(flipChartSchema, 'flip charts', 0).default([]),
    /** What the trainer does before the session. */
    preparation: list(preparationSchema, 'preparation tasks', 1),
    /** Case studies participants read for this module (ids from content/caseStudies). */
    caseStudies: list(reference('caseStudies'), 'case studies', 0).default([]),
    /** Research and frameworks this module draws on, cited on the page. */
    sources: list(sourceSchema, 'sources', 0).default([]),
    /** Declared length in minutes; must equal the sum of the agenda. */
    minutes: wholeMinutes('the module length'),
    /** The minute-by-minute agenda. */
    agenda: list(agendaItemSchema(reference), 'agenda items', 1),
    /** How the module adapts when late, online, and interpreted. */
    adaptations: adaptationsSchema,
    /** Timing tips for the facilitator: where groups usually overrun and why. */
    timingTips: list(text('a timing tip'), 'timing tips', 1),
  });
