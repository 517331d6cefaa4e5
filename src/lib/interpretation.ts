/**
 * Interpreted rooms: how long each agenda item and each module runs when the room works in
 * two languages. Pure; the facilitator pages, the schedules and the schedule builder call it
 * BEFORE the format engine lays the modules out, so every page gives the same lengths.
 *
 * The one source of the factors is the language-access guide (content/guides/language-access.mdx):
 * - consecutive interpretation "roughly doubles the time of everything said";
 * - simultaneous interpretation "takes almost no extra time" (we allow a tenth more for
 *   whole-room talk: participants must wait for a microphone before they speak);
 * - a bilingual facilitator should "give the full explanation in one language and a short
 *   summary in the other" rather than say everything twice (we allow half as much again).
 *
 * Only whole-room talk costs more. Small groups and pairs that work in one language cost
 * nothing extra, and breaks cost nothing; but a small-group, pair or solo item still opens
 * with instructions to the whole room and often ends with a report-back, so a quarter of it
 * is counted as whole-room talk. These shares are the project's planning assumptions, shown
 * on every page that uses them.
 *
 * @example
 * interpretedMinutes(30, 'plenary', 'consecutive') // → 60
 * interpretedMinutes(40, 'small-groups', 'consecutive') // → 50
 * interpretedMinutes(15, 'break', 'consecutive') // → 15
 */
import type { AgendaItemKind } from '../schemas/module.ts';
import { durationWords, formatDuration } from './agenda.ts';
import type { Translate } from './labels.ts';
import type { FormatSettings, OptionalChoice, SessionUnit, TimedItem, TimedModule } from './formats/data.ts';
import { buildSchedule, keepsFullLength, plannedMinutes, type ScheduleResult } from './formats/engine.ts';

/** The guide the factors quote (content/guides/<id>.mdx); a unit test checks it still says so. */
export const SOURCE_GUIDE_ID = 'language-access';

/** The guide's words each factor rests on, quoted on the pages that use them. */
export const SOURCE_QUOTES = ['roughly doubles the time of everything said', 'takes almost no extra time'] as const;

/** How the room handles two languages. `none`: one language, no interpretation. */
export const languageModes = ['none', 'simultaneous', 'consecutive', 'bilingual'] as const;
export type LanguageMode = (typeof languageModes)[number];

/** Whether a value (from a link or a form) is a language mode. */
export const isLanguageMode = (value: string): value is LanguageMode => (languageModes as readonly string[]).includes(value);

/**
 * The extra time whole-room talk takes in each mode, as a share of the talk's own length
 * (1 = the talk takes twice as long). Source: the language-access guide, quoted above.
 */
export const TALK_OVERHEAD: Readonly<Record<LanguageMode, number>> = {
  none: 0,
  simultaneous: 0.1,
  consecutive: 1,
  bilingual: 0.5,
};

/**
 * The share of each kind of agenda item that is whole-room talk: all of a plenary (talks,
 * presentations, debriefs, report-backs), a quarter of small-group, pair and solo work (the
 * instructions and the report-back), none of a break.
 */
export const TALK_SHARE: Readonly<Record<AgendaItemKind, number>> = {
  plenary: 1,
  'small-groups': 0.25,
  pairs: 0.25,
  solo: 0.25,
  break: 0,
};

/** How much longer an item of this kind runs in this mode: 2 for a consecutively interpreted plenary. */
export function interpretationFactor(kind: AgendaItemKind, mode: LanguageMode): number {
  return 1 + TALK_SHARE[kind] * TALK_OVERHEAD[mode];
}

/** The whole minutes an item runs in this mode, rounded up. */
export function interpretedMinutes(minutes: number, kind: AgendaItemKind, mode: LanguageMode): number {
  // The small epsilon keeps 30 × 1.1 = 33.000000000000004 at 33.
  return Math.max(minutes, Math.ceil(minutes * interpretationFactor(kind, mode) - 1e-9));
}

/** The same item with its length, and its shortest length, in this mode. */
export function interpretItem(item: TimedItem, mode: LanguageMode): TimedItem {
  return {
    ...item,
    minutes: interpretedMinutes(item.minutes, item.kind, mode),
    shrinkTo: item.shrinkTo === undefined ? undefined : interpretedMinutes(item.shrinkTo, item.kind, mode),
  };
}

/** The modules with every item's length in this mode: hand these to `buildSchedule`. */
export function interpretModules(modules: readonly TimedModule[], mode: LanguageMode): TimedModule[] {
  return modules.map((m) => ({ ...m, items: m.items.map((item) => interpretItem(item, mode)) }));
}

/** One item of a module, in its slot and interpreted. */
export interface InterpretedLine {
  key: string;
  title: string;
  kind: AgendaItemKind;
  optional: boolean;
  /** Minutes in the module's agenda. */
  minutes: number;
  /** Minutes in this mode. */
  interpreted: number;
}

/** An optional item to shorten (or cut, when `to` is 0) so an interpreted module fits its slot. */
export interface SuggestedCut {
  key: string;
  title: string;
  /** Interpreted minutes before and after the cut. */
  from: number;
  to: number;
}

/** A module in a language mode, and how to bring it back to its slot. */
export interface ModuleFit {
  mode: LanguageMode;
  /** The module's length in its agenda: the slot the schedules give it. */
  slot: number;
  /** Its length in this mode, every item at full length. */
  interpreted: number;
  lines: InterpretedLine[];
  /** Optional items to shorten, biggest saving first, until the module fits (or none are left). */
  cuts: SuggestedCut[];
  /** Its length in this mode after those cuts. */
  fitted: number;
  /** Minutes still over the slot after every cut (0 when it fits). */
  over: number;
}

/**
 * How a module runs in this mode, and which optional items to shorten to fit its slot. Uses
 * the layout engine's own rule for shortened items (`plannedMinutes`: a shortened item runs
 * its `shrinkTo`, or is cut), choosing the items that save most first.
 */
export function fitModule(module: TimedModule, mode: LanguageMode): ModuleFit {
  const interpreted = module.items.map((item) => interpretItem(item, mode));
  const slot = module.items.reduce((sum, item) => sum + item.minutes, 0);
  const lengthWith = (choice: OptionalChoice) => interpreted.reduce((sum, item) => sum + plannedMinutes(item, choice), 0);
  const full = lengthWith({ keep: 'all' });
  const savings = interpreted
    .filter((item) => item.optional && (item.shrinkTo ?? 0) < item.minutes)
    .map((item) => ({ item, saves: item.minutes - (item.shrinkTo ?? 0) }))
    .sort((a, b) => b.saves - a.saves);
  const shortened: string[] = [];
  let choice: OptionalChoice = { keep: 'all' };
  for (const { item } of savings) {
    if (lengthWith(choice) <= slot) break;
    shortened.push(item.key);
    const kept = interpreted.filter((i) => i.optional && !shortened.includes(i.key)).map((i) => i.key);
    choice = { keep: 'some', keys: kept };
  }
  const fitted = lengthWith(choice);
  return {
    mode,
    slot,
    interpreted: full,
    lines: module.items.map((item, i) => ({
      key: item.key,
      title: item.title,
      kind: item.kind,
      optional: item.optional,
      minutes: item.minutes,
      interpreted: interpreted[i]?.minutes ?? item.minutes,
    })),
    cuts: interpreted
      .filter((item) => item.optional && !keepsFullLength(choice, item.key))
      .map((item) => ({ key: item.key, title: item.title, from: item.minutes, to: item.shrinkTo ?? 0 })),
    fitted,
    over: Math.max(0, fitted - slot),
  };
}

/** What the builder changed so an interpreted training fits, for the message beside the schedule. */
export interface InterpretedAdjustment {
  /** Every optional item was shortened (the trainer had kept some at full length). */
  shortenedAll: boolean;
  /** Sessions were lengthened to this (the format's own length did not hold it). */
  longer: { from: number; to: number } | undefined;
  /** Sessions needed at the format's own length, when it was lengthened. */
  needed: number | undefined;
}

/**
 * Lays the training out in an interpreted room. The modules are interpreted first, then the
 * unchanged format engine lays them out. When the interpreted training does not fit the
 * settings, the builder does what a trainer would: first it shortens every optional item,
 * then it lengthens the sessions to the shortest length that holds everything (the engine's
 * own proposal), and it says so. With no interpretation, the settings are used as they are.
 */
export function scheduleInterpreted(
  modules: readonly TimedModule[],
  unit: SessionUnit,
  settings: FormatSettings,
  mode: LanguageMode,
): { result: ScheduleResult; settings: FormatSettings; adjustment: InterpretedAdjustment | undefined } {
  const interpreted = interpretModules(modules, mode);
  const first = buildSchedule(interpreted, unit, settings);
  if (mode === 'none' || first.ok) return { result: first, settings, adjustment: undefined };
  const shortenedAll = settings.optional.keep !== 'none';
  const shorter: FormatSettings = { ...settings, optional: { keep: 'none' } };
  const second = buildSchedule(interpreted, unit, shorter);
  if (second.ok) return { result: second, settings: shorter, adjustment: { shortenedAll, longer: undefined, needed: undefined } };
  if (second.problem.code !== 'does-not-fit' || !second.problem.longer) return { result: first, settings, adjustment: undefined };
  const longer: FormatSettings = { ...shorter, sessionMinutes: second.problem.longer.minutes };
  const third = buildSchedule(interpreted, unit, longer);
  if (!third.ok) return { result: first, settings, adjustment: undefined };
  return {
    result: third,
    settings: longer,
    adjustment: {
      shortenedAll,
      longer: { from: settings.sessionMinutes, to: longer.sessionMinutes },
      needed: second.problem.needed,
    },
  };
}

/** "2", "1.1", "1.25": a factor as people read it. */
const factorText = (factor: number): string => String(Math.round(factor * 100) / 100);

/**
 * The sentences beside an interpreted schedule: what the lengths include, what the builder
 * shortened or cut, and whether it lengthened the sessions. Empty with no interpretation.
 */
export function interpretationMessages(
  input: {
    mode: LanguageMode;
    modules: readonly TimedModule[];
    adjustment: InterpretedAdjustment | undefined;
    /** Optional items the laid-out schedule cut and shortened, by key. */
    cut: readonly string[];
    shrunk: readonly string[];
  },
  t: Translate,
): string[] {
  const { mode, modules, adjustment } = input;
  if (mode === 'none') return [];
  const words = durationWords(t);
  const items = modules.flatMap((m) => m.items);
  const original = items.reduce((sum, item) => sum + item.minutes, 0);
  const interpreted = items.reduce((sum, item) => sum + interpretedMinutes(item.minutes, item.kind, mode), 0);
  const titles = (keys: readonly string[]) =>
    keys.map((key) => items.find((item) => item.key === key)?.title ?? key).join(t('sizes.builder.listJoin'));
  const messages = [
    t('sizes.builder.interpreted', {
      mode: t(`sizes.mode.${mode}`),
      plenary: factorText(interpretationFactor('plenary', mode)),
      work: factorText(interpretationFactor('small-groups', mode)),
      original: formatDuration(original, words),
      interpreted: formatDuration(interpreted, words),
    }),
  ];
  if (adjustment?.shortenedAll) messages.push(t('sizes.builder.shortenedAll'));
  if (input.cut.length > 0) messages.push(t('sizes.builder.cut', { items: titles(input.cut) }));
  if (input.shrunk.length > 0) messages.push(t('sizes.builder.shrunk', { items: titles(input.shrunk) }));
  if (adjustment?.longer)
    messages.push(
      t('sizes.builder.longer', {
        from: formatDuration(adjustment.longer.from, words),
        to: formatDuration(adjustment.longer.to, words),
        needed: adjustment.needed ?? 0,
      }),
    );
  return messages;
}
