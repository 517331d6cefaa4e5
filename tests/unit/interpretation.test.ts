import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import { buildSchedule, timedModules, type TimedModule } from '../../src/lib/formats.ts';
import {
  fitModule,
  interpretationFactor,
  interpretedMinutes,
  interpretItem,
  interpretModules,
  isLanguageMode,
  languageModes,
  SOURCE_GUIDE_ID,
  SOURCE_QUOTES,
  TALK_OVERHEAD,
  TALK_SHARE,
} from '../../src/lib/interpretation.ts';
import { agendaItemKinds } from '../../src/schemas/module.ts';
import { parseContent, readContent } from '../support/content-harness.ts';
import { timedItem } from '../support/schedule-fixtures.ts';

const real = timedModules(linkCurriculum(parseContent(readContent(join(process.cwd(), 'content'))).input).modules);

describe('interpretation factors', () => {
  it('rest on words the language-access guide still says', () => {
    const guide = readFileSync(join(process.cwd(), 'content/guides', `${SOURCE_GUIDE_ID}.mdx`), 'utf8');
    for (const quote of SOURCE_QUOTES) expect(guide, quote).toContain(quote);
  });

  it('has a factor for every mode and every agenda item kind', () => {
    expect(Object.keys(TALK_OVERHEAD).sort()).toEqual([...languageModes].sort());
    expect(Object.keys(TALK_SHARE).sort()).toEqual([...agendaItemKinds].sort());
  });

  it('gives each kind its length in each mode', () => {
    const table = Object.fromEntries(
      languageModes.map((mode) => [mode, Object.fromEntries(agendaItemKinds.map((kind) => [kind, interpretedMinutes(40, kind, mode)]))]),
    );
    expect(table).toEqual({
      none: { plenary: 40, 'small-groups': 40, pairs: 40, solo: 40, break: 40 },
      // "almost no extra time": a tenth more for whole-room talk.
      simultaneous: { plenary: 44, 'small-groups': 41, pairs: 41, solo: 41, break: 40 },
      // "roughly doubles the time of everything said".
      consecutive: { plenary: 80, 'small-groups': 50, pairs: 50, solo: 50, break: 40 },
      // a full explanation in one language, a short summary in the other.
      bilingual: { plenary: 60, 'small-groups': 45, pairs: 45, solo: 45, break: 40 },
    });
    expect(interpretationFactor('plenary', 'consecutive')).toBe(2);
    expect(interpretationFactor('break', 'consecutive')).toBe(1);
  });

  it('rounds up to whole minutes, without float noise', () => {
    expect(interpretedMinutes(30, 'plenary', 'simultaneous')).toBe(33);
    expect(interpretedMinutes(7, 'plenary', 'simultaneous')).toBe(8);
    expect(interpretedMinutes(7, 'pairs', 'consecutive')).toBe(9);
    expect(interpretedMinutes(0, 'plenary', 'consecutive')).toBe(0);
  });

  it('scales the shortest length of an optional item too', () => {
    const item = timedItem('a', 20, { optional: true, shrinkTo: 10 });
    expect(interpretItem(item, 'consecutive')).toEqual({ ...item, minutes: 40, shrinkTo: 20 });
    expect(interpretItem(timedItem('b', 20), 'consecutive').shrinkTo).toBeUndefined();
  });

  it('knows its modes and refuses others', () => {
    expect(languageModes.filter(isLanguageMode)).toEqual(['none', 'simultaneous', 'consecutive', 'bilingual']);
    expect(isLanguageMode('whispered')).toBe(false);
    expect(isLanguageMode('')).toBe(false);
  });
});

describe('a whole module in an interpreted room', () => {
  const module: TimedModule = {
    id: 'm',
    title: 'Module',
    items: [
      timedItem('m:1', 10),
      timedItem('m:2', 30, { kind: 'small-groups' }),
      timedItem('m:3', 10, { kind: 'break' }),
      timedItem('m:4', 20, { optional: true, shrinkTo: 10 }),
      timedItem('m:5', 10, { optional: true, shrinkTo: 0 }),
    ],
  };

  it('is unchanged with no interpretation', () => {
    const fit = fitModule(module, 'none');
    expect([fit.slot, fit.interpreted, fit.fitted, fit.over, fit.cuts]).toEqual([80, 80, 80, 0, []]);
  });

  it('runs longer interpreted consecutively and shortens the optional items that save most first', () => {
    const fit = fitModule(module, 'consecutive');
    expect(fit.lines.map((l) => [l.key, l.minutes, l.interpreted])).toEqual([
      ['m:1', 10, 20],
      ['m:2', 30, 38],
      ['m:3', 10, 10],
      ['m:4', 20, 40],
      ['m:5', 10, 20],
    ]);
    expect(fit.interpreted).toBe(128);
    // m:4 saves 20, m:5 saves 20: both are needed and it is still over.
    expect(fit.cuts).toEqual([
      { key: 'm:4', title: 'm:4', from: 40, to: 20 },
      { key: 'm:5', title: 'm:5', from: 20, to: 0 },
    ]);
    expect([fit.fitted, fit.over]).toEqual([88, 8]);
  });

  it('stops cutting as soon as the module fits', () => {
    const fit = fitModule(module, 'simultaneous');
    expect(fit.interpreted).toBe(85);
    expect(fit.cuts.map((c) => c.key)).toEqual(['m:4']);
    expect([fit.fitted, fit.over]).toEqual([74, 0]);
  });

  it('reports the overrun when nothing is optional', () => {
    const fit = fitModule({ ...module, items: module.items.slice(0, 3) }, 'consecutive');
    expect([fit.slot, fit.fitted, fit.over, fit.cuts]).toEqual([50, 68, 18, []]);
  });
});

describe('the real curriculum interpreted', () => {
  it('runs a two-hour module about 3 h consecutively, as the language-access guide warns', () => {
    const strategy = real.find((m) => m.id === 'strategy');
    expect(strategy && fitModule(strategy, 'consecutive').interpreted).toBe(181);
  });

  it('makes the whole training longer in every interpreted mode, and never shorter', () => {
    const total = (modules: TimedModule[]) => modules.flatMap((m) => m.items).reduce((s, i) => s + i.minutes, 0);
    const lengths = languageModes.map((mode) => total(interpretModules(real, mode)));
    expect(lengths[0]).toBe(total(real));
    for (const length of lengths.slice(1)) expect(length).toBeGreaterThan(total(real));
  });

  it('is laid out by the unchanged format engine from the interpreted lengths', () => {
    const result = buildSchedule(interpretModules(real, 'consecutive'), 'day', {
      sessions: 4,
      start: 9 * 60,
      sessionMinutes: 630,
      lunch: { after: 180, minutes: 45 },
      breaks: { every: 100, minutes: 15 },
      optional: { keep: 'none' },
    });
    expect(result.ok).toBe(true);
  });
});
