import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import {
  formatById,
  parseSettings,
  rawSettingsFromQuery,
  settingsQuery,
  timedModules,
  warningText,
  type FormatSettings,
  type TimedModule,
} from '../../src/lib/formats.ts';
import { interpretationMessages, scheduleInterpreted } from '../../src/lib/interpretation.ts';
import { english } from '../../src/lib/labels.ts';
import { parseContent, readContent } from '../support/content-harness.ts';
import { englishScheduleT, timedItem } from '../support/schedule-fixtures.ts';

const real = timedModules(linkCurriculum(parseContent(readContent(join(process.cwd(), 'content'))).input).modules);

describe('the language setting in a builder link', () => {
  it('round-trips every mode, and leaves it out of links with no interpretation', () => {
    const format = formatById('three-day');
    for (const mode of ['simultaneous', 'consecutive', 'bilingual'] as const) {
      const query = settingsQuery(format.id, format.settings, mode);
      expect(query).toContain(`language=${mode}`);
      const parsed = parseSettings(rawSettingsFromQuery(query), []);
      expect([parsed.language, parsed.warnings]).toEqual([mode, []]);
    }
    expect(settingsQuery(format.id, format.settings)).not.toContain('language');
  });

  it('reads an old link without it as one language', () => {
    const parsed = parseSettings(rawSettingsFromQuery('?format=two-day&start=08%3A30'), []);
    expect([parsed.language, parsed.warnings]).toEqual(['none', []]);
  });

  it('refuses a tampered value with a message', () => {
    for (const tampered of ['klingon', 'NONE', '<script>', '1']) {
      const parsed = parseSettings(rawSettingsFromQuery(`?language=${encodeURIComponent(tampered)}`), []);
      expect(parsed.language).toBe('none');
      expect(parsed.warnings.map((w) => warningText(w, englishScheduleT))).toEqual([
        'The link asked for a way of handling languages this site does not know, so the schedule is shown for one language, with no interpretation.',
      ]);
    }
  });
});

describe('an interpreted schedule', () => {
  const settings = (extra: Partial<FormatSettings>): FormatSettings => ({
    sessions: 1,
    start: 9 * 60,
    sessionMinutes: 120,
    lunch: undefined,
    breaks: undefined,
    optional: { keep: 'all' },
    ...extra,
  });
  const module: TimedModule = {
    id: 'm',
    title: 'Module',
    items: [timedItem('m:1', 40), timedItem('m:2', 40, { optional: true, shrinkTo: 10, title: 'Stories' })],
  };

  it('uses the settings as they are with no interpretation', () => {
    const planned = scheduleInterpreted([module], 'day', settings({}), 'none');
    expect(planned.adjustment).toBeUndefined();
    expect(planned.result.ok && planned.result.schedule.contentMinutes).toBe(80);
  });

  it('shortens every optional item first when the interpreted module does not fit', () => {
    // Consecutive: 80 + 80 = 160 > 120; shortened: 80 + 20 = 100.
    const planned = scheduleInterpreted([module], 'day', settings({}), 'consecutive');
    expect(planned.adjustment).toEqual({ shortenedAll: true, longer: undefined, needed: undefined });
    expect(planned.result.ok && planned.result.schedule.contentMinutes).toBe(100);
    expect(planned.settings.optional).toEqual({ keep: 'none' });
  });

  it('then lengthens the sessions to what the engine proposes, and says how many sessions the old length needs', () => {
    const planned = scheduleInterpreted([module], 'day', settings({ sessionMinutes: 90 }), 'consecutive');
    expect(planned.adjustment).toEqual({ shortenedAll: true, longer: { from: 90, to: 105 }, needed: 2 });
    expect(planned.result.ok && planned.result.schedule.sessions.map((s) => [s.start, s.end])).toEqual([[540, 640]]);
    const messages = interpretationMessages(
      {
        mode: 'consecutive',
        modules: [module],
        adjustment: planned.adjustment,
        cut: planned.result.ok ? planned.result.schedule.cut : [],
        shrunk: planned.result.ok ? planned.result.schedule.shrunk : [],
      },
      english,
    );
    expect(messages).toEqual([
      'Lengths include consecutive interpretation: whole-room talk takes 2 times as long, small-group, pair and solo work 1.25 times as long (for its instructions and report-back), breaks no longer. At full length, the 1 h 20 min of sessions becomes 2 h 40 min.',
      'Interpreted, the training did not fit with the optional items you kept, so every optional item is shortened or cut.',
      'Shortened: Stories.',
      'Even then it does not fit sessions of 1 h 30 min, so the sessions below may run up to 1 h 45 min each. To keep sessions of 1 h 30 min, ask for 2 sessions instead.',
    ]);
  });

  it('says nothing with no interpretation', () => {
    expect(interpretationMessages({ mode: 'none', modules: [module], adjustment: undefined, cut: [], shrunk: [] }, english)).toEqual([]);
  });

  it('lays the whole curriculum out in three longer days with consecutive interpretation', () => {
    const planned = scheduleInterpreted(real, 'day', formatById('three-day').settings, 'consecutive');
    expect(planned.result.ok).toBe(true);
    expect(planned.adjustment?.longer?.from).toBe(formatById('three-day').settings.sessionMinutes);
    expect(planned.adjustment?.longer && planned.adjustment.longer.to > planned.adjustment.longer.from).toBe(true);
    expect(planned.result.ok && planned.result.schedule.sessions).toHaveLength(3);
  });
});
