/** Building blocks used by more than one content schema. */
import type { z } from 'astro/zod';
import { fields, list, oneOf, text, verbatim, webAddress, wholeNumber, year } from './fields.ts';

/** A public source a page cites. */
export const sourceSchema = fields('a source', {
  /** Author(s) as they appear on the work, e.g. "Marshall Ganz" or "Hahrie Han; Elizabeth McKenna". */
  author: verbatim('the author'),
  /** Title of the book, article, report or page. */
  title: verbatim('the title'),
  /** Publisher or outlet, e.g. "Oxford University Press", "The Nation". */
  publisher: verbatim('the publisher or outlet'),
  /** Year of publication. */
  year: year('the year of publication'),
  /** A public address for the source, where one exists. */
  url: webAddress('the source address').optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Who a quantity of material is counted per. */
export const materialUnits = ['room', 'participant', 'group', 'pair', 'facilitator'] as const;

/** What one of a material's quantity is; the words are in the dictionary (`sizes.unit.<unit>.*`). */
export const materialCounts = ['piece', 'sheet', 'pad', 'copy', 'set', 'roll'] as const;
export type MaterialCount = (typeof materialCounts)[number];

/** Something the trainer must bring or set up. */
export const materialSchema = fields('a material', {
  /** What it is, e.g. "Flip-chart paper". Items with the same name are merged in checklists. */
  item: text('the material name'),
  /** How many, if it matters. Counted per `per`. */
  quantity: wholeNumber('the quantity', 1).optional(),
  /** What the quantity is counted per (default: the room). */
  per: oneOf(materialUnits, 'what the quantity is counted per').default('room'),
  /**
   * What one of the quantity is: a single `piece` (a marker, a card), a `sheet` (of flip-chart
   * paper, of stickers), a `pad` (a whole pad of sticky notes), a printed `copy`, a `set` (of
   * cards), a `roll` (of tape). Checklists never add quantities of different units together.
   */
  unit: oneOf(materialCounts, 'what one of the quantity is').default('piece'),
  /** How many of the unit come in the pack you buy, e.g. 100 sticky notes to a pad: the checklist rounds up to whole packs. */
  packSize: wholeNumber('the number in one pack', 2).optional(),
  /** A short note, e.g. "one colour per team". */
  note: text('the note').optional(),
});
export type Material = z.infer<typeof materialSchema>;

/** When a preparation task is due, counted back from the session. */
export const preparationDue = ['two-weeks-before', 'week-before', 'day-before', 'on-the-day'] as const;
export type PreparationDue = (typeof preparationDue)[number];

/** A task the trainer does before the session. */
export const preparationSchema = fields('a preparation task', {
  /** The task, as an instruction: "Print one worksheet per participant". */
  task: text('the preparation task'),
  /** When it is due. */
  due: oneOf(preparationDue, 'when the task is due'),
});
export type PreparationTask = z.infer<typeof preparationSchema>;

/** A question participants often ask, and a good answer. */
export const commonQuestionSchema = fields('a common question', {
  question: text('the question'),
  answer: text('the answer'),
});

/**
 * Notes for the facilitator on one agenda item. Never shown on participant pages.
 */
export const facilitatorNoteSchema = fields('the facilitator notes', {
  /** What to say, in the facilitator's own words: the gist, not a script to read. */
  say: text('what the facilitator says'),
  /** What to watch for in the room while this item runs. */
  watchFor: list(text('a thing to watch for'), 'things to watch for', 1),
  /** Questions participants often ask here, with answers. */
  questions: list(commonQuestionSchema, 'common questions', 0).default([]),
  /** How to adapt this item when the group is running late (only where it differs from the module's general advice). */
  ifLate: text('advice for a group running late').optional(),
  /** How to run this item online (only where it differs from the module's general advice). */
  online: text('advice for online delivery').optional(),
  /** How to run this item with interpretation or in a bilingual room (only where it differs). */
  interpreted: text('advice for interpreted rooms').optional(),
});
export type FacilitatorNote = z.infer<typeof facilitatorNoteSchema>;

/** How a whole module adapts, for the four situations every trainer meets. */
export const adaptationsSchema = fields('the adaptations', {
  /** Which items to shrink or cut first when the group runs late, and what must not be cut. */
  runningLate: text('advice for a group running late'),
  /** How the module runs online: tools, breakout rooms, timing changes. */
  online: text('advice for online delivery'),
  /** How the module runs with interpretation or in a bilingual room. */
  interpreted: text('advice for interpreted or bilingual rooms'),
  /** What changes when the whole room is one organization: how to seat, pair, swap and compare when there is no other organization to work with. */
  oneOrganization: text('advice for a room that is one organization'),
});
