/**
 * One of the six one-on-one coaching calls that follow the training. A coach runs it with
 * one leader; the guide is printable.
 */
import { fields, list, text, wholeMinutes, wholeNumber, type ReferenceBuilder } from './fields.ts';

export const coachingCallSchema = (reference: ReferenceBuilder) =>
  fields('a coaching call', {
    /** Position in the series, 1 to 6. */
    number: wholeNumber('the call number', 1, 6),
    /** Title, e.g. "Call 1: Goals and the six-month plan". */
    title: text('the call title'),
    /** Month after the training when the call happens (1 = first month). */
    month: wholeNumber('the month after the training', 1),
    /** Why this call, in one or two sentences. */
    purpose: text('the purpose'),
    /** What coach and leader do before the call. */
    before: list(text('a preparation step'), 'preparation steps', 1),
    /** The call's agenda, in whole minutes. */
    agenda: list(
      fields('an agenda item', {
        title: text('the agenda item title'),
        minutes: wholeMinutes('the item length'),
        /** What happens in this part of the call. */
        note: text('what happens').optional(),
      }),
      'agenda items',
      2,
    ),
    /** Declared length; must equal the sum of the agenda. */
    minutes: wholeMinutes('the call length'),
    /** Coaching questions the coach can ask. */
    questions: list(text('a coaching question'), 'coaching questions', 3),
    /** What the coach writes in the coaching log after the call. */
    record: list(text('a thing to record'), 'things to record', 2),
    /** Modules whose artifacts this call works on. */
    modules: list(reference('modules'), 'modules', 0).default([]),
  });
