/** A practice in the taxonomy: something organizers do that the training teaches. */
import type { z } from 'astro/zod';
import { fields, text, wholeNumber } from './fields.ts';

export const practiceSchema = fields('a practice', {
  /** Short name, e.g. "Public narrative". */
  title: text('the practice name'),
  /** One or two sentences: what the practice is and why it distributes leadership. */
  summary: text('a one- or two-sentence summary'),
  /** Position in lists of practices (lowest first). */
  order: wholeNumber('the list position', 0),
});
export type PracticeData = z.infer<typeof practiceSchema>;
