/**
 * Reading level of plain-language text: the Flesch–Kincaid grade (`flesch-kincaid`, syllables
 * counted by `syllable`), and the "In short" summary a documented case opens with. Pure: the
 * reading-level test grades every case summary and keeps the README report current.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The slug of the plain summary section that opens a documented case ("## In short"). */
export const PLAIN_SUMMARY_SLUG = 'in-short';

/** The heading of that section in each language of the site (a translated case opens with «## En resumen»). */
export const PLAIN_SUMMARY_HEADINGS = { en: 'In short', es: 'En resumen' } as const;
const plainSummarySlugs = new Set([PLAIN_SUMMARY_SLUG, 'en-resumen']);

/** The highest grade a participant-facing summary may have. */
export const MAX_SUMMARY_GRADE = 8;

export type TextCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

/** Markdown to the words a reader sees: links keep their text, emphasis and code marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]+/g, '')
    .replace(/^\s{0,3}(#{1,6}|[-+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|(?<=\d)[.,:](?=\d))[\p{L}\p{N}]+)*/gu;

/**
 * Sentences, words and syllables of plain text. A sentence ends with ".", "!" or "?" followed by a
 * space or the end (so "9.30" is one word); a text without an end mark counts as one sentence.
 * A number counts as one word of one syllable per digit group ("2019" → 1).
 */
export function countText(text: string): TextCounts {
  const words = text.match(WORD) ?? [];
  const sentences = text.split(/[.!?]+(?:["”’)\]]*)(?=\s|$)/u).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const syllables = words.reduce((sum, word) => sum + word.split(/[-.,:]/).reduce((n, part) => n + Math.max(1, syllable(part)), 0), 0);
  return { sentence: Math.max(sentences.length, words.length > 0 ? 1 : 0), word: words.length, syllable: syllables };
}

/** The Flesch–Kincaid grade of plain text, to one decimal; NaN for text without words. */
export function readingGrade(text: string): number {
  return Math.round(fleschKincaid(countText(text)) * 10) / 10;
}

/**
 * The text of a body's "In short" section: from its `## In short` heading to the next heading
 * of level 2 or higher, or undefined when the body has none.
 */
export function plainSummaryOf(markdownBody: string, heading: string = PLAIN_SUMMARY_HEADINGS.en): string | undefined {
  const lines = markdownBody.split('\n');
  const start = lines.findIndex(
    (line) =>
      line
        .replace(/^##\s+/, '')
        .trim()
        .toLowerCase() === heading.toLowerCase() && /^##\s/.test(line),
  );
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^#{1,2}\s/.test(line));
  const section = plainText((end === -1 ? rest : rest.slice(0, end)).join('\n'));
  return section === '' ? undefined : section;
}

/** The "In short" heading among a rendered body's headings, if there is one. */
export function plainSummarySection<T extends { depth: number; slug: string }>(headings: readonly T[]): T | undefined {
  return headings.find((h) => h.depth === 2 && plainSummarySlugs.has(h.slug));
}

export interface SummaryGrade {
  id: string;
  title: string;
  grade: number;
  words: number;
}

/** The README report: one row per case summary, its grade and length, and whether it meets the aim. */
export function readingReport(grades: readonly SummaryGrade[]): string {
  const rows = grades.map((g) => [`\`${g.id}\``, g.grade.toFixed(1), String(g.words), g.grade <= MAX_SUMMARY_GRADE ? 'yes' : 'no']);
  const header = ['case', 'grade', 'words', `grade ${MAX_SUMMARY_GRADE} or lower`];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
