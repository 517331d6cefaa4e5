import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScheduleTexts, scheduleTextKeys, scheduleTexts, translator } from '../../src/lib/schedule-text.ts';

const dictionary = JSON.parse(readFileSync(join(process.cwd(), 'src/content/i18n/en.json'), 'utf8')) as Record<string, unknown>;

describe('schedule texts from the interface dictionary', () => {
  it('finds every key in en.json, and en.json has no schedule or builder key nobody uses', () => {
    const texts = scheduleTexts(dictionary);
    expect(Object.keys(texts)).toEqual([...scheduleTextKeys]);
    const ours = Object.keys(dictionary).filter((k) => k.startsWith('schedule.') || k.startsWith('builder.'));
    expect(ours.sort()).toEqual(scheduleTextKeys.filter((k) => k.startsWith('schedule.') || k.startsWith('builder.')).sort());
  });
  it('takes a key a partial translation leaves out from English, key by key', () => {
    // What `Astro.locals.t.all()` gives on a page of a language whose es.json has only two keys.
    const partial = { 'schedule.lunch': 'Almuerzo', 'label.duration.minutes': '{{minutes}} min.' };
    const t = translator(scheduleTexts(partial, dictionary));
    expect(t('schedule.lunch')).toBe('Almuerzo');
    expect(t('label.duration.minutes', { minutes: 5 })).toBe('5 min.');
    expect(t('schedule.break')).toBe('Break');
    expect(t('schedule.caption', { session: 'Día 1' })).toBe('Día 1 schedule');
    expect(() => scheduleTexts(partial)).toThrow(/has no text for builder\.copied/);
  });
  it('keeps the dictionary sorted by key', () => {
    const keys = Object.keys(dictionary);
    expect(keys).toEqual([...keys].sort());
  });
  it('fails loudly on a missing text, naming the keys and the file', () => {
    const rest = Object.fromEntries(Object.entries(dictionary).filter(([key]) => key !== 'schedule.lunch' && key !== 'builder.copied'));
    expect(() => scheduleTexts(rest)).toThrow(
      'The interface dictionary has no text for builder.copied, schedule.lunch (src/content/i18n/en.json).',
    );
  });
  it('fills in values and refuses a text whose value is missing', () => {
    const t = translator(scheduleTexts(dictionary));
    expect(t('schedule.caption', { session: 'Evening 3' })).toBe('Evening 3 schedule');
    expect(t('schedule.lunch')).toBe('Lunch');
    expect(() => t('schedule.caption')).toThrow('The text "schedule.caption" needs a value for "session".');
  });
  it('reads the texts back from a data- attribute, ignoring anything else in it', () => {
    const json = JSON.stringify({ ...scheduleTexts(dictionary), 'other.key': 'x', constructor: 1 });
    expect(parseScheduleTexts(json)).toEqual(scheduleTexts(dictionary));
    expect(() => parseScheduleTexts('null')).toThrow('The schedule texts are not a JSON object.');
    expect(() => parseScheduleTexts('{"schedule.lunch": 3}')).toThrow(/has no text for .*schedule\.lunch/);
  });
});
