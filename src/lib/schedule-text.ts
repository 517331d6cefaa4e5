/**
 * The interface texts of schedules and the schedule builder. The English texts live in
 * Starlight's dictionary (`src/content/i18n/en.json`, keys `schedule.*` and `builder.*`);
 * pages read them with `Astro.locals.t.all()` and hand the same strings to client scripts
 * through a `data-` attribute, so the server and the browser write the same words.
 */

/** Every dictionary key the schedule renderer, the builder and their messages use. */
export const scheduleTextKeys = [
  'builder.copied',
  'builder.field.breakEvery',
  'builder.field.breakMinutes',
  'builder.field.length',
  'builder.field.lunch',
  'builder.field.lunchAfter',
  'builder.field.sessions',
  'builder.message.badSession',
  'builder.message.badStart',
  'builder.message.notWholeNumber',
  'builder.message.unknownFormat',
  'builder.message.unknownItems.one',
  'builder.message.unknownItems.other',
  'builder.message.unknownLanguage',
  'builder.noFit',
  'label.duration.hours',
  'label.duration.hoursMinutes',
  'label.duration.minutes',
  'schedule.break',
  'schedule.caption',
  'schedule.column.length',
  'schedule.column.time',
  'schedule.column.what',
  'schedule.continuedFromPrevious',
  'schedule.continuesNext',
  'schedule.format.name.custom',
  'schedule.format.name.four-half-days',
  'schedule.format.name.four-weekend-days',
  'schedule.format.name.three-day',
  'schedule.format.name.two-day',
  'schedule.format.name.weekly-evenings',
  'schedule.format.summary.custom',
  'schedule.format.summary.four-half-days',
  'schedule.format.summary.four-weekend-days',
  'schedule.format.summary.three-day',
  'schedule.format.summary.two-day',
  'schedule.format.summary.weekly-evenings',
  'schedule.lunch',
  'schedule.notice.breaksTooClose',
  'schedule.notice.noMealBreak.one',
  'schedule.notice.noMealBreak.other',
  'schedule.problem.doesNotFit',
  'schedule.problem.doesNotFitLonger',
  'schedule.problem.itemLongerThanSession',
  'schedule.problem.keptTogetherLongerThanSession',
  'schedule.runLive',
  'schedule.sessionSummary',
  'schedule.sessions.one',
  'schedule.sessions.other',
  'schedule.shortenedFrom',
  'schedule.summary',
  'schedule.summary.changed.one',
  'schedule.summary.changed.other',
  'schedule.summary.unchanged',
  'schedule.unit.day.count.one',
  'schedule.unit.day.count.other',
  'schedule.unit.day.label',
  'schedule.unit.day.word',
  'schedule.unit.evening.count.one',
  'schedule.unit.evening.count.other',
  'schedule.unit.evening.label',
  'schedule.unit.evening.word',
  'schedule.unit.half-day.count.one',
  'schedule.unit.half-day.count.other',
  'schedule.unit.half-day.label',
  'schedule.unit.half-day.word',
  'schedule.unit.session.count.one',
  'schedule.unit.session.count.other',
  'schedule.unit.session.label',
  'schedule.unit.session.word',
  'schedule.unit.weekend-day.count.one',
  'schedule.unit.weekend-day.count.other',
  'schedule.unit.weekend-day.label',
  'schedule.unit.weekend-day.word',
] as const;
export type ScheduleTextKey = (typeof scheduleTextKeys)[number];

/** The schedule texts of one language, as the dictionary holds them ("{{name}}" marks a value). */
export type ScheduleTexts = Readonly<Record<ScheduleTextKey, string>>;

/** Turns a text key and its values into the text people read. */
export type Translate = (key: ScheduleTextKey, values?: Readonly<Record<string, string | number>>) => string;

/** Whether a key built from a value (a format id, a unit) is one of the schedule texts. */
export const isScheduleTextKey = (key: string): key is ScheduleTextKey => (scheduleTextKeys as readonly string[]).includes(key);
const isKey = isScheduleTextKey;

/**
 * The schedule texts out of a whole dictionary (e.g. `Astro.locals.t.all()` or the JSON of a
 * `data-` attribute). `t.all()` holds only the page language's bundle, so a key a partial
 * translation leaves out is taken from `fallback` (English, `englishTexts` of
 * src/lib/labels.ts). A key missing from both is a programming error and fails loudly.
 */
export function scheduleTexts(
  dictionary: Readonly<Record<string, unknown>>,
  fallback: Readonly<Record<string, unknown>> = {},
): ScheduleTexts {
  const texts: Partial<Record<ScheduleTextKey, string>> = {};
  const missing: string[] = [];
  for (const key of scheduleTextKeys) {
    const text = dictionary[key] ?? fallback[key];
    if (typeof text === 'string') texts[key] = text;
    else missing.push(key);
  }
  if (missing.length > 0) throw new Error(`The interface dictionary has no text for ${missing.join(', ')} (src/content/i18n/en.json).`);
  return texts as ScheduleTexts;
}

/** Reads schedule texts back from the JSON a page wrote into a `data-` attribute. */
export function parseScheduleTexts(json: string): ScheduleTexts {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('The schedule texts are not a JSON object.');
  const dictionary: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) if (isKey(key)) dictionary[key] = value;
  return scheduleTexts(dictionary);
}

/** A `Translate` over these texts: "{{name}}" is replaced by the value of that name. */
export function translator(texts: ScheduleTexts): Translate {
  return (key, values = {}) =>
    texts[key].replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`The text "${key}" needs a value for "${name}".`);
      return String(value);
    });
}
