/** Scoring the organizational self-assessment. Pure: the page script saves answers on the device only. */
import { fill } from './i18n.ts';

/**
 * The sentences of the summary, from the interface dictionary (`assessment.result.*`), with
 * `{answered}`, `{total}`, `{average}` and `{practices}` filled here.
 */
export interface SummaryWords {
  /** "None of the {total} practices answered yet." */
  none: string;
  /** "{answered} of {total} practices answered" */
  answered: string;
  /** "average level {average}" */
  average: string;
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
  /** Average level of the answered rows, one decimal, or null when nothing is answered. */
  average: number | null;
  /** Practices at the lowest level answered: where to start. */
  focus: string[];
  /** Practices at level 4. */
  strengths: string[];
}

/** `answers` maps a practice id to a level 1–4; other values are ignored. */
export function summarize(
  answers: Readonly<Record<string, number>>,
  practices: readonly { id: string; title: string }[],
): AssessmentSummary {
  const valid = practices.flatMap((p) => {
    const level = answers[p.id];
    return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 4 ? [{ ...p, level }] : [];
  });
  if (valid.length === 0) return { answered: 0, total: practices.length, average: null, focus: [], strengths: [] };
  const lowest = Math.min(...valid.map((v) => v.level));
  const average = Math.round((valid.reduce((s, v) => s + v.level, 0) / valid.length) * 10) / 10;
  return {
    answered: valid.length,
    total: practices.length,
    average,
    focus: valid.filter((v) => v.level === lowest && lowest < 4).map((v) => v.title),
    strengths: valid.filter((v) => v.level === 4).map((v) => v.title),
  };
}

/** Reads saved answers, keeping only known practices and levels 1–4. */
export function parseAnswers(saved: string | null, practiceIds: readonly string[]): Record<string, number> {
  if (!saved) return {};
  try {
    const data = JSON.parse(saved) as unknown;
    if (typeof data !== 'object' || data === null) return {};
    const out: Record<string, number> = {};
    for (const id of practiceIds) {
      const value = (data as Record<string, unknown>)[id];
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4) out[id] = value;
    }
    return out;
  } catch {
    return {};
  }
}

/** One sentence for the page: "7 of 10 answered · average level 2.4 · start with: Coaching, Measuring". */
export function summaryText(summary: AssessmentSummary, words: SummaryWords): string {
  if (summary.average === null) return fill(words.none, { total: summary.total });
  const parts = [
    fill(words.answered, { answered: summary.answered, total: summary.total }),
    fill(words.average, { average: summary.average.toFixed(1) }),
  ];
  if (summary.focus.length > 0) parts.push(fill(words.focus, { practices: summary.focus.join(', ') }));
  if (summary.strengths.length > 0) parts.push(fill(words.strengths, { practices: summary.strengths.join(', ') }));
  return fill(words.end, { summary: parts.join(words.separator) });
}
