/**
 * A framework picture: one YAML file per picture in `content/pictures/`; the file name is its
 * id. The drawing is data (`drawing`, one shape per `kind`), and `src/lib/pictures/` turns it
 * into an accessible SVG whose labels are text, so a translation changes words, not drawings.
 *
 * Where a picture is used comes from the places that show it: an agenda item's `picture`
 * field (module and facilitator pages) and this file's `activities` (activity pages).
 */
import { z } from 'astro/zod';
import { fields, list, oneOf, problemText, text, verbatim, wholeNumber, yesNo, type ReferenceBuilder } from './fields.ts';

/** The kinds of drawing, one drawer each in `src/lib/pictures/`. */
export const pictureKinds = ['snowflake', 'ladder', 'power-map', 'cards', 'sequence', 'circles', 'cycle', 'arc'] as const;
export type PictureKind = (typeof pictureKinds)[number];

/** A labelled part with an optional line or two of detail (a card, a step, a circle). */
const part = (what: string) =>
  fields(what, {
    /** The part's name, short: "Open", "A real team". */
    label: text(`the label of ${what}`),
    /** One or two short sentences under the label. */
    detail: text(`the detail of ${what}`).optional(),
  });

/** A team in a snowflake: its name, its leader's first name, and why it is a gap if it is one. */
const snowflakeTeam = {
  /** The team's name: "Day laborers' team". */
  name: text('the team name'),
  /** The leader's first name, as in the central team's list. Leave out when the team has no leader. */
  leader: text('the team leader').optional(),
  /** Marks the team as a gap (a red dot on the flip chart), with the reason: "No leader yet". */
  gap: text('the reason this team is a gap').optional(),
};

const snowflake = fields('a snowflake drawing', {
  kind: z.literal('snowflake'),
  /** The team in the middle. */
  center: fields('the central team', {
    name: text('the central team name'),
    /** First names (or roles) of its members; each team leader is one of them. */
    people: list(text('a name'), 'names', 0).default([]),
  }),
  /** The teams around the center, each led by a member of the central team. */
  teams: list(
    fields('a team', {
      ...snowflakeTeam,
      /** Smaller teams this team grew, drawn further out. */
      teams: list(fields('a smaller team', snowflakeTeam), 'smaller teams', 0, 4).default([]),
    }),
    'teams',
    2,
    6,
  ),
  /** The words of the key under the drawing. */
  key: fields('the key of the snowflake', {
    /** What a line means: "Support and accountability, both ways". */
    line: text('what a line means'),
    /** What a leader's name in two circles means. */
    leader: text("what a leader's name means"),
    /** What the gap mark means (only where the drawing marks gaps). */
    gap: text('what the gap mark means').optional(),
  }),
});

const ladder = fields('a ladder drawing', {
  kind: z.literal('ladder'),
  /** The steps from the lightest commitment (first) to the heaviest (last). */
  steps: list(
    fields('a step', {
      /** What the person does at this step: "Comes to a know-your-rights workshop". */
      label: text('the step'),
      /** The next ask that moves a person from this step to the next one. */
      ask: text('the next ask').optional(),
      /** Who makes that ask: "the workshop leader". */
      asker: text('who makes the ask').optional(),
    }),
    'steps',
    2,
    10,
  ),
  /** The words along the arrow beside the ladder: "Heavier commitment". */
  up: text('the label of the upward arrow'),
  /** The word before each ask: "Next ask". */
  askLabel: text('the word before each ask'),
});

/** One axis of the power map. */
const axis = (what: string) =>
  fields(what, {
    label: text(`the name of ${what}`),
    /** The words at the low end ("Low", "Against us"). */
    low: text(`the low end of ${what}`),
    high: text(`the high end of ${what}`),
  });

const powerMap = fields('a power-map drawing', {
  kind: z.literal('power-map'),
  /** Up and down: power over the decision. */
  power: axis('the power axis'),
  /** Left to right: where a player stands. */
  position: axis('the position axis'),
  /** The people on the map (a worked example), placed on a 1–5 scale each way. */
  players: list(
    fields('a player', {
      /** A role or title, never a real person's name: "The owner". */
      name: text('the player'),
      /** 1 (little power over the decision) to 5 (can say yes). */
      power: wholeNumber('the power over the decision', 1, 5),
      /** 1 (strongly against us) to 5 (strongly with us). */
      position: wholeNumber('the position', 1, 5),
      /** The person who can say yes, or someone who can move that person. */
      target: oneOf(['primary', 'secondary'], 'the kind of target').optional(),
      /** Someone in the base already knows this player (a star). */
      known: yesNo('whether the base knows this player').default(false),
      /** The group is not sure where the player stands (a question mark). */
      unsure: yesNo('whether the place is a guess').default(false),
      /** Names of players on this map that this one influences (a line to each). */
      influences: list(verbatim('the name of a player'), 'players this one influences', 0).default([]),
    }),
    'players',
    0,
    12,
  ).default([]),
  /** The words of the key. */
  key: fields('the key of the power map', {
    primary: text('what the primary target mark means'),
    secondary: text('what the secondary target mark means'),
    known: text('what the star means'),
    influence: text('what a line means'),
    unsure: text('what the question mark means'),
  }),
});

const cards = fields('a cards drawing', {
  kind: z.literal('cards'),
  /** Numbered cards, drawn in reading order. */
  items: list(part('a card'), 'cards', 2, 8),
});

const sequence = fields('a sequence drawing', {
  kind: z.literal('sequence'),
  /** The parts in the order they happen, joined by arrows. */
  items: list(part('a part'), 'parts', 2, 8),
});

const circles = fields('a circles drawing', {
  kind: z.literal('circles'),
  /** Two or three overlapping circles, left to right. */
  circles: list(part('a circle'), 'circles', 2, 3),
  /** A line under the circles, e.g. what every story has. */
  footer: text('the line under the circles').optional(),
});

const cycle = fields('a cycle drawing', {
  kind: z.literal('cycle'),
  /** The steps around the circle, clockwise from the top; the last leads back to the first. */
  steps: list(part('a step'), 'steps', 3, 8),
  /** What sits inside the cycle. */
  center: part('the center of the cycle').optional(),
});

const arc = fields('an arc drawing', {
  kind: z.literal('arc'),
  /** The words at the start of the time line: "Today". */
  start: text('the start of the time line'),
  /** The words at the end: "Goal date". */
  end: text('the end of the time line'),
  /** Periods and peaks, in time order; each peak stands higher than the one before. */
  points: list(
    fields('a point on the arc', {
      /** A period of steady work (flat), the kick-off (a step up), or a peak of action. */
      kind: oneOf(['period', 'kickoff', 'peak'], 'the kind of point'),
      label: text('the label of the point'),
      detail: text('the detail of the point').optional(),
    }),
    'points',
    2,
    8,
  ),
  /** A line under the arc about the work between peaks. */
  footer: text('the line under the arc').optional(),
});

/** The message when no drawing kind matches: a misspelt kind gets "did you mean"; a value that is not a group says so. */
function drawingMessage(input: unknown): string {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return problemText(
      'field-group',
      'the drawing',
      input,
      'write the drawing as indented fields, starting with kind: and one of the kinds.',
    );
  const kind = (input as Record<string, unknown>)['kind'];
  return (
    oneOf(pictureKinds, 'the drawing kind').safeParse(kind).error?.issues[0]?.message ??
    problemText('field-one-of', 'the drawing kind', kind, `use one of ${pictureKinds.join(', ')}.`)
  );
}

/** The drawing: its `kind` decides which fields it has. */
export const drawingSchema = z.discriminatedUnion('kind', [snowflake, ladder, powerMap, cards, sequence, circles, cycle, arc], {
  error: (issue) => drawingMessage(issue.input),
});

export const pictureSchema = (reference: ReferenceBuilder) =>
  fields('a picture', {
    /** The picture's title, shown as its caption: "The snowflake: teams that lead teams". */
    title: text('the picture title'),
    /**
     * The text alternative: what the picture shows, in two to four sentences, so a person who
     * cannot see it gets the same content (not "a diagram of …").
     */
    alt: text('the text alternative'),
    /** A longer description shown under the picture on its own page, when the picture needs one. */
    description: text('the longer description').optional(),
    /** Whose framework it is, credited in the caption: "After Marshall Ganz". */
    credit: text('the credit').optional(),
    /** A made-up example (no real organization or person): the caption says so. */
    madeUp: yesNo('whether the picture is a made-up example').default(false),
    /** Activities whose pages show the picture (ids from content/activities). */
    activities: list(reference('activities'), 'activities', 0).default([]),
    /** The drawing itself. */
    drawing: drawingSchema,
  });

export type PictureDrawing = z.output<typeof drawingSchema>;
export type DrawingOf<K extends PictureKind> = Extract<PictureDrawing, { kind: K }>;
