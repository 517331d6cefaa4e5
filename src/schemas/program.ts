/**
 * A program that follows the training (follow-up coaching, the community of learning and
 * practice, the coaching cohort, evaluation). Optional blocks hold the parts that have
 * structure: a timed session agenda, a twelve-month calendar, an assessment rubric.
 */
import { fields, list, oneOf, text, wholeMinutes, wholeNumber, type ReferenceBuilder } from './fields.ts';

export const programAudiences = ['organizations', 'trainers', 'coaches', 'participants'] as const;

/**
 * Where the minutes of a time ask come from: the program's coaching calls (each in its month,
 * summed from its agenda), the program's timed `session` (summed from its agenda), or a number
 * the program's text states (`minutes`).
 */
export const askSources = ['coaching-calls', 'session', 'stated'] as const;
export type AskSource = (typeof askSources)[number];

export const programSchema = (reference: ReferenceBuilder) =>
  fields('a program', {
    /** Page title. */
    title: text('the program title'),
    /** One sentence shown in lists and search results. */
    description: text('a one-sentence description'),
    /** Position in the programs list (lowest first). */
    order: wholeNumber('the list position', 0),
    /** Who the page is mainly for. */
    audience: oneOf(programAudiences, 'the audience'),
    /** A timed session (e.g. the monthly community session); minutes must add up to `sessionMinutes`. */
    session: fields('a timed session', {
      title: text('the session title'),
      minutes: wholeMinutes('the session length'),
      agenda: list(
        fields('a session item', {
          title: text('the item title'),
          minutes: wholeMinutes('the item length'),
          /** Who leads this part (a role, not a person). */
          lead: text('who leads it'),
          note: text('what happens'),
        }),
        'session items',
        2,
      ),
    }).optional(),
    /** Roles in the session, e.g. host, timekeeper, case presenter. */
    roles: list(fields('a role', { name: text('the role name'), does: text('what the role does') }), 'roles', 0).default([]),
    /** A month-by-month topic calendar, each month tied to a module. */
    calendar: list(
      fields('a calendar month', {
        month: wholeNumber('the month', 1, 12),
        topic: text('the topic'),
        module: reference('modules'),
      }),
      'calendar months',
      0,
    ).default([]),
    /**
     * Set on the one program the coaching call guides belong to: its page lists the calls,
     * each call links back to it, and `log` is the activity whose worksheet is the coaching log.
     */
    coachingCalls: fields('the coaching calls', { log: reference('activities') }).optional(),
    /**
     * What the program asks of the organization's people, for the staff time the directors page
     * adds up (src/lib/staff-time.ts): who, how many, for what, how long and in which months.
     */
    asks: list(
      fields('a time ask', {
        /** Who gives the time: a role from `roles` or a plain description, e.g. "Leader (usually the lead organizer)". */
        role: text('who gives the time'),
        /** How many people in that role give it. */
        people: fields('how many people (min and max)', {
          min: wholeNumber('the fewest people', 1),
          max: wholeNumber('the most people', 1),
        }),
        /** What the time is for, e.g. "One-on-one coaching call". */
        what: text('what the time is for'),
        /** Where its minutes come from. */
        minutesFrom: oneOf(askSources, 'where the minutes come from'),
        /** For `minutesFrom: stated`: the minutes the program's text gives. */
        minutes: wholeMinutes('the minutes the text states').optional(),
        /** The months (1 = the first month after the training) in which it happens. */
        months: list(wholeNumber('a month', 1, 12), 'months', 1),
      }),
      'time asks',
      0,
    ).default([]),
    /**
     * The leadership dashboard's measures: what is counted each month, how to count it honestly,
     * and the one or two numbers written down for it. The dashboard tool and the program page read them.
     */
    dashboard: list(
      fields('a dashboard measure', {
        /** The measure, e.g. "Active teams and their leaders". */
        name: text('the measure name'),
        /** How to count it honestly. */
        howToCount: text('how to count it'),
        /** The numbers written down each month, e.g. ["Active teams", "Team leaders"]. */
        counts: list(text('a number counted'), 'numbers counted', 1, 2),
      }),
      'dashboard measures',
      0,
    ).default([]),
    /** A self-assessment rubric: for each practice, what each level looks like (level 1 first). */
    rubric: list(
      fields('a rubric row', {
        practice: reference('practices'),
        levels: list(text('a level description'), 'level descriptions (level 1 first)', 4, 4),
      }),
      'rubric rows',
      0,
    ).default([]),
  });
