/**
 * The organizational self-assessment: what the page keeps on the device, and its summary.
 * Pure: the page script saves the answers in this browser's local storage only.
 *
 * The summary gives no average — the page says the levels are not a grade — and names at most
 * two practices to start with, by the rule the page prints (`FOCUS_RULE`): the practices marked
 * lowest, and when more share the lowest mark, the first ones on the page.
 */
import { fill } from './i18n.ts';

/** At most this many practices to start with: the evaluation program asks for one or two. */
export const MAX_FOCUS = 2;
/** The longest text kept for one field (an example, the names of who took part). */
export const MAX_TEXT = 2000;

/**
 * The sentences of the summary, from the interface dictionary (`assessment.result.*`), with
 * `{answered}`, `{total}` and `{practices}` filled here.
 */
export interface SummaryWords {
  /** "None of the {total} practices answered yet." */
  none: string;
  /** "{answered} of {total} practices answered" */
  answered: string;
  /** "start with: {practices}" */
  focus: string;
  /** "already spreading: {practices}" */
  strengths: string;
  /** " · " between the parts. */
  separator: string;
  /** "{summary}." around the whole sentence. */
  end: string;
}

export interface AssessmentSummary {
  answered: number;
  total: number;
  /** At most two practices to start with: the lowest marked, first on the page when tied. Never a level-4 practice. */
  focus: string[];
  /** Practices at level 4. */
  strengths: string[];
}

/** What the page keeps for one organization: who, when, and a level and an example per practice. */
export interface AssessmentState {
  organization: string;
  date: string;
  people: string;
  levels: Record<string, number>;
  examples: Record<string, string>;
}

export const emptyState = (): AssessmentState => ({ organization: '', date: '', people: '', levels: {}, examples: {} });

const isLevel = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;

/** `levels` maps a practice id to a level 1–4; other values are ignored. Practices are in page order. */
export function summarize(
  levels: Readonly<Record<string, number>>,
  practices: readonly { id: string; title: string }[],
): AssessmentSummary {
  const valid = practices.flatMap((p) => {
    const level = levels[p.id];
    return isLevel(level) ? [{ ...p, level }] : [];
  });
  const lowest = Math.min(...valid.map((v) => v.level));
  return {
    answered: valid.length,
    total: practices.length,
    focus: valid
      .filter((v) => v.level === lowest && lowest < 4)
      .slice(0, MAX_FOCUS)
      .map((v) => v.title),
    strengths: valid.filter((v) => v.level === 4).map((v) => v.title),
  };
}

/** What a saved state had that could not be kept, for a friendly message. */
export interface ReadResult {
  state: AssessmentState;
  /** Fields dropped because they were not what the page saves (unknown practice, level out of 1–4, not text, too long). */
  dropped: string[];
}

/**
 * Reads what local storage (or an older version of the page) holds: keeps known practices,
 * levels 1–4 and text fields; reports what it dropped. An old save (just `{ practice: level }`)
 * still loads its levels.
 */
export function readState(saved: string | null, practiceIds: readonly string[]): ReadResult {
  const state = emptyState();
  const dropped: string[] = [];
  if (!saved) return { state, dropped };
  let data: unknown;
  try {
    data = JSON.parse(saved);
  } catch {
    return { state, dropped: ['(not readable)'] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { state, dropped: ['(not readable)'] };
  const record = data as Record<string, unknown>;
  const old = !('levels' in record) && Object.keys(record).some((k) => practiceIds.includes(k));
  const levels = (old ? record : record['levels']) as unknown;
  const text = (key: 'organization' | 'date' | 'people') => {
    const value = record[key];
    if (value === undefined) return;
    if (typeof value === 'string' && value.length <= MAX_TEXT) state[key] = value;
    else dropped.push(key);
  };
  if (!old) {
    text('organization');
    text('date');
    text('people');
  }
  if (typeof levels === 'object' && levels !== null) {
    for (const [id, value] of Object.entries(levels)) {
      if (practiceIds.includes(id) && isLevel(value)) state.levels[id] = value;
      else dropped.push(`levels.${id}`);
    }
  }
  const examples = old ? undefined : record['examples'];
  if (typeof examples === 'object' && examples !== null) {
    for (const [id, value] of Object.entries(examples)) {
      if (practiceIds.includes(id) && typeof value === 'string' && value.length <= MAX_TEXT) state.examples[id] = value;
      else dropped.push(`examples.${id}`);
    }
  }
  return { state, dropped };
}

/** One sentence for the page: "7 of 10 answered · start with: Coaching, Measuring". */
export function summaryText(summary: AssessmentSummary, words: SummaryWords): string {
  if (summary.answered === 0) return fill(words.none, { total: summary.total });
  const parts = [fill(words.answered, { answered: summary.answered, total: summary.total })];
  if (summary.focus.length > 0) parts.push(fill(words.focus, { practices: summary.focus.join(', ') }));
  if (summary.strengths.length > 0) parts.push(fill(words.strengths, { practices: summary.strengths.join(', ') }));
  return fill(words.end, { summary: parts.join(words.separator) });
}
