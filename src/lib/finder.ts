/**
 * Filtering lists of activities and cases in the browser. Rows carry their facts as data
 * attributes; the criteria come from a small form. Pure, so the same rules are tested here
 * and run on the page.
 */
import { fill } from './i18n.ts';

export interface ActivityRow {
  minutes: number;
  min: number;
  max: number;
  settings: string[];
  practices: string[];
  artifact: string;
}

export interface ActivityCriteria {
  /** Longest acceptable activity, in minutes. */
  maxMinutes?: number | undefined;
  /** How many people will take part. */
  people?: number | undefined;
  /** 'in-person' or 'online'; an activity for both matches either. */
  setting?: string | undefined;
  practice?: string | undefined;
  /** Words to find in the artifact's name. */
  artifact?: string | undefined;
}

export function matchesActivity(row: ActivityRow, c: ActivityCriteria): boolean {
  if (c.maxMinutes !== undefined && row.minutes > c.maxMinutes) return false;
  if (c.people !== undefined && (c.people < row.min || c.people > row.max)) return false;
  if (c.setting && !row.settings.includes(c.setting)) return false;
  if (c.practice && !row.practices.includes(c.practice)) return false;
  if (c.artifact && !row.artifact.toLowerCase().includes(c.artifact.trim().toLowerCase())) return false;
  return true;
}

/** Reads criteria from form values; anything that is not a sensible number is ignored. */
export function activityCriteria(values: Record<string, string>): ActivityCriteria {
  const number = (value: string | undefined, max: number) => {
    if (!value || !/^\d{1,4}$/.test(value.trim())) return undefined;
    const n = Number(value);
    return n >= 1 && n <= max ? n : undefined;
  };
  return {
    maxMinutes: number(values['minutes'], 600),
    people: number(values['people'], 1000),
    setting: values['setting'] || undefined,
    practice: values['practice'] || undefined,
    artifact: values['artifact']?.trim() || undefined,
  };
}

/** Settings an activity can run in: "both" means either. */
export function settingsOf(setting: string): string[] {
  return setting === 'both' ? ['in-person', 'online'] : [setting];
}

/** Generic facet match for cases: every chosen facet must contain the chosen value. */
export function matchesFacets(row: Record<string, string[]>, chosen: Record<string, string>): boolean {
  return Object.entries(chosen).every(([facet, value]) => value === '' || (row[facet] ?? []).includes(value));
}

/** The two sentences of a finder's count, from the interface dictionary, with `{shown}` and `{total}`. */
export interface CountWords {
  /** "All {total} activities shown." */
  all: string;
  /** "{shown} of {total} activities shown." */
  some: string;
}

/** "3 of 17 activities shown.", or "All 17 activities shown." when nothing is filtered out. */
export function countLabel(shown: number, total: number, words: CountWords): string {
  return fill(shown === total ? words.all : words.some, { shown, total });
}
