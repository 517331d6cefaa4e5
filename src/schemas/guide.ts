/** A general facilitator guide (preparing a training, room set-up, language access…). */
import { fields, oneOf, text, wholeNumber } from './fields.ts';

export const guideAudiences = ['trainers', 'participants', 'organizations'] as const;

export const guideSchema = fields('a guide', {
  /** Page title. */
  title: text('the guide title'),
  /** One sentence shown in lists and search results. */
  description: text('a one-sentence description'),
  /** Position in the guide list (lowest first). */
  order: wholeNumber('the list position', 0),
  /** Who the guide is written for. */
  audience: oneOf(guideAudiences, 'the audience'),
});
