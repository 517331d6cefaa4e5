/** Shared test data for the schedule tests: the English schedule texts and a timed agenda item. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimedItem } from '../../src/lib/formats.ts';
import { scheduleTexts, translator } from '../../src/lib/schedule-text.ts';

/** The schedule text function over the real English dictionary. */
export const englishScheduleT = translator(
  scheduleTexts(JSON.parse(readFileSync(join(process.cwd(), 'src/content/i18n/en.json'), 'utf8')) as Record<string, unknown>),
);

/** A core plenary item of a module `m`, with its notes link; `extra` overrides any field. */
export const timedItem = (key: string, minutes: number, extra: Partial<TimedItem> = {}): TimedItem => ({
  title: key,
  minutes,
  kind: 'plenary',
  optional: false,
  shrinkTo: undefined,
  keepWithNext: false,
  key,
  notesUrl: `/modules/m/facilitator/#${key}`,
  ...extra,
});
