/**
 * Text inside a picture: escaping, and wrapping a label into lines that fit a width. Labels
 * will be translated (Spanish runs about 30 % longer than English), so every drawer lays out
 * from the wrapped lines, never from the English length.
 *
 * Widths are estimated, not measured (there is no font engine at build time): a character is
 * taken as `CHAR_WIDTH` ems wide, wider than the average of the sans-serif fonts the site and
 * printers use, so an estimate that fits leaves room to spare.
 */

/** Estimated width of one character, in ems (average for sans-serif text is about 0.5). */
export const CHAR_WIDTH = 0.58;
/** Bold text is a little wider. */
export const BOLD_CHAR_WIDTH = 0.63;
/** Distance between two lines of a label, in ems. */
export const LINE_HEIGHT = 1.25;

/** Escapes text for an SVG (XML) text node or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Estimated width of a line of text at `size` (user units). */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH);
}

/**
 * Wraps `text` into lines no wider than `width` at font size `size`. Breaks between words;
 * a word longer than a whole line is cut with a hyphen.
 *
 *   wrapText('Coordinating committee', 300, 30) → ['Coordinating', 'committee']
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH))));
  const lines: string[] = [];
  let line = '';
  for (const raw of text.trim().split(/\s+/)) {
    let word = raw;
    while ([...word].length > perLine) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      const chars = [...word];
      // Break after a hyphen the word already has, if one fits; otherwise add one.
      const hyphen = chars.slice(0, perLine).lastIndexOf('-');
      const cut = hyphen > 0 ? hyphen + 1 : perLine - 1;
      lines.push(`${chars.slice(0, cut).join('')}${hyphen > 0 ? '' : '-'}`);
      word = chars.slice(cut).join('');
    }
    const next = line === '' ? word : `${line} ${word}`;
    if ([...next].length <= perLine) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface FittedText {
  lines: string[];
  size: number;
}

/**
 * The largest font size from `size` down to `minSize` at which `text` wraps into at most
 * `maxLines` lines of `width`; at `minSize` it takes as many lines as it needs (the drawers
 * that use this give the box room for that).
 */
export function fitText(
  text: string,
  width: number,
  size: number,
  maxLines: number,
  minSize = Math.round(size * 0.7),
  bold = false,
): FittedText {
  const longest = Math.max(...text.split(/[\s-]+/).map((word) => [...word].length));
  // First the largest size that needs no word cut; then the largest that fits the lines at all.
  for (let s = size; s >= minSize; s -= 1) {
    const fitsWords = longest <= Math.floor(width / (s * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH)));
    const lines = wrapText(text, width, s, bold);
    if (fitsWords && lines.length <= maxLines) return { lines, size: s };
  }
  for (let s = size; s >= minSize; s -= 1) {
    const lines = wrapText(text, width, s, bold);
    if (lines.length <= maxLines) return { lines, size: s };
  }
  return { lines: wrapText(text, width, minSize, bold), size: minSize };
}

export interface TextOptions {
  x: number;
  /** The baseline of the first line. */
  y: number;
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  italic?: boolean;
  className?: string;
}

/** A `<text>` element with one `<tspan>` per line, every line escaped. */
export function textLines(
  lines: readonly string[],
  { x, y, size, anchor = 'start', bold = false, italic = false, className }: TextOptions,
): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${round(size)}"`,
    anchor === 'start' ? '' : `text-anchor="${anchor}"`,
    bold ? 'font-weight="700"' : '',
    italic ? 'font-style="italic"' : '',
    className === undefined ? '' : `class="${className}"`,
  ]
    .filter((a) => a !== '')
    .join(' ');
  const spans = lines.map((line, i) => `<tspan x="${round(x)}" dy="${i === 0 ? 0 : round(size * LINE_HEIGHT)}">${escapeXml(line)}</tspan>`);
  return `<text ${attrs}>${spans.join('')}</text>`;
}

/** Height taken by `count` lines at `size`, from the first line's top to the last line's bottom. */
export function linesHeight(count: number, size: number): number {
  return count === 0 ? 0 : size + (count - 1) * size * LINE_HEIGHT;
}

/** Numbers in markup: at most one decimal. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
