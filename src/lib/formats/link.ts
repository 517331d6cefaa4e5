/**
 * The link codec: builder settings to a URL query and back. Reading is strict: every value
 * is checked against the limits in `data.ts`; anything wrong is replaced by the format's
 * default and reported as a message code (the text comes from the dictionary at the edge).
 */
import { formatClock, parseClock } from '../agenda.ts';
import { isLanguageMode, type LanguageMode } from '../interpretation.ts';
import { toolPaths } from '../urls.ts';
import {
  CUSTOM_FORMAT,
  CUSTOM_FORMAT_ID,
  defaultFormat,
  findFormat,
  NUMBER_LIMITS,
  numberFields,
  numberValue,
  type FormatSettings,
  type NumberField,
  type WorkshopFormat,
} from './data.ts';

/** Settings a trainer can type or share in a link, before validation. */
export type RawSettings = {
  format?: string | null | undefined;
  start?: string | null | undefined;
  keep?: string | null | undefined;
  /** How the room handles two languages (src/lib/interpretation.ts); absent in older links: none. */
  language?: string | null | undefined;
} & {
  [F in NumberField]?: string | null | undefined;
};

/** What was wrong in a link or a form, and what was used instead. */
export type SettingsWarning =
  | { code: 'unknown-format'; /** The id of the format used instead. */ fallback: string }
  | { code: 'not-a-whole-number'; field: NumberField; min: number; max: number; fallback: number }
  | { code: 'bad-start'; fallback: string }
  | { code: 'unknown-items'; count: number }
  | { code: 'unknown-language'; fallback: LanguageMode };

export interface ParsedSettings {
  format: WorkshopFormat;
  settings: FormatSettings;
  /** How the room handles two languages: the builder interprets the modules before laying them out. */
  language: LanguageMode;
  /** Every value that was wrong and replaced by a default. */
  warnings: SettingsWarning[];
}

/** Reads the settings fields from a query string (unknown parameters are ignored). */
export function rawSettingsFromQuery(search: string): RawSettings {
  const q = new URLSearchParams(search);
  const raw: RawSettings = { format: q.get('format'), start: q.get('start'), keep: q.get('keep'), language: q.get('language') };
  for (const field of numberFields) raw[field] = q.get(field);
  return raw;
}

const present = (value: string | null | undefined): value is string => value !== null && value !== undefined && value !== '';

/** A whole number in the field's range, undefined when absent, NaN when wrong. */
function wholeIn(value: string | null | undefined, field: NumberField): number | undefined {
  if (!present(value)) return undefined;
  if (!/^\d{1,4}$/.test(value)) return Number.NaN;
  const n = Number(value);
  const { min, max } = NUMBER_LIMITS[field];
  return n >= min && n <= max ? n : Number.NaN;
}

/**
 * Reads settings from a link or a form. Every value is checked; anything wrong is replaced
 * by the format's default and reported in `warnings`. `knownItemKeys` are the optional
 * items that exist, so a link naming a removed item is reported, not trusted.
 */
export function parseSettings(raw: RawSettings, knownItemKeys: readonly string[]): ParsedSettings {
  const warnings: SettingsWarning[] = [];
  const fallbackFormat = defaultFormat();
  const requested = raw.format ?? fallbackFormat.id;
  const custom = requested === CUSTOM_FORMAT_ID;
  let format = findFormat(requested);
  if (!format) {
    if (!custom) warnings.push({ code: 'unknown-format', fallback: fallbackFormat.id });
    format = fallbackFormat;
  }
  const base = format.settings;

  const value = (field: NumberField): number => {
    const fallback = numberValue(base, field);
    const n = wholeIn(raw[field], field);
    if (n === undefined) return fallback;
    if (Number.isNaN(n)) {
      const { min, max } = NUMBER_LIMITS[field];
      warnings.push({ code: 'not-a-whole-number', field, min, max, fallback });
      return fallback;
    }
    return n;
  };

  const settings: FormatSettings = { ...base };
  settings.sessions = value('sessions');
  if (present(raw.start)) {
    const start = parseClock(raw.start);
    if (start === null) warnings.push({ code: 'bad-start', fallback: formatClock(base.start) });
    else settings.start = start;
  }
  settings.sessionMinutes = value('length');
  const lunchMinutes = value('lunch');
  const lunchAfter = value('lunchAfter');
  settings.lunch = lunchMinutes > 0 ? { minutes: lunchMinutes, after: lunchAfter } : undefined;
  const breakMinutes = value('breakMinutes');
  const breakEvery = value('breakEvery');
  settings.breaks = breakMinutes > 0 ? { minutes: breakMinutes, every: breakEvery } : undefined;

  const keep = raw.keep;
  if (keep === 'all') settings.optional = { keep: 'all' };
  else if (keep === 'none') settings.optional = { keep: 'none' };
  else if (keep) {
    const keys = keep.split(',').filter((k) => k !== '');
    const unknown = keys.filter((k) => !knownItemKeys.includes(k));
    if (unknown.length > 0) warnings.push({ code: 'unknown-items', count: unknown.length });
    settings.optional = { keep: 'some', keys: keys.filter((k) => knownItemKeys.includes(k)) };
  }
  let language: LanguageMode = 'none';
  if (present(raw.language)) {
    if (isLanguageMode(raw.language)) language = raw.language;
    else warnings.push({ code: 'unknown-language', fallback: 'none' });
  }
  return { format: custom ? { ...CUSTOM_FORMAT, settings: base } : format, settings, language, warnings };
}

/**
 * The values of the builder's form fields (and the link's parameters) for these settings.
 * `lunchAfter` and `breakEvery` are left out when there is no lunch or break, `language` when
 * it is `none` (so links made before it existed read the same).
 */
export function settingsFields(formatId: string, settings: FormatSettings, language: LanguageMode = 'none'): [string, string][] {
  const fields: [string, string][] = [
    ['format', formatId],
    ['start', formatClock(settings.start)],
  ];
  for (const field of numberFields) {
    if (field === 'lunchAfter' && !settings.lunch) continue;
    if (field === 'breakEvery' && !settings.breaks) continue;
    fields.push([field, String(numberValue(settings, field))]);
  }
  fields.push(['keep', settings.optional.keep === 'some' ? settings.optional.keys.join(',') : settings.optional.keep]);
  if (language !== 'none') fields.push(['language', language]);
  return fields;
}

/** The query string that reproduces these settings (for shareable links). */
export function settingsQuery(formatId: string, settings: FormatSettings, language: LanguageMode = 'none'): string {
  return new URLSearchParams(settingsFields(formatId, settings, language)).toString();
}

/** The run page of one session of the schedule these settings give (`query` from `settingsQuery`). */
export function customRunPath(query: string, session: number): string {
  return `${toolPaths.schedules()}run/?${query}&session=${session}`;
}
