/** Reads an SVG the picture drawers wrote: its text lines with their positions, and its viewBox. */
import { textWidth } from '../../src/lib/pictures/text.ts';

export interface SvgLine {
  text: string;
  x: number;
  size: number;
  anchor: string;
  bold: boolean;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Every `<tspan>` line, with the font size, anchor and weight of its `<text>`. */
export function svgLines(svg: string): SvgLine[] {
  const lines: SvgLine[] = [];
  for (const [, open = '', body = ''] of svg.matchAll(/<text([^>]*)>(.*?)<\/text>/g)) {
    const size = Number(attr(open, 'font-size'));
    const anchor = attr(open, 'text-anchor') ?? 'start';
    const bold = attr(open, 'font-weight') === '700';
    for (const [, span = '', text = ''] of body.matchAll(/<tspan([^>]*)>(.*?)<\/tspan>/g)) {
      lines.push({ text: unescape(text), x: Number(attr(span, 'x')), size, anchor, bold });
    }
  }
  return lines;
}

/** Text compared without hyphens and with single spaces: a word the drawer broke at a line end still matches. */
export function sameWords(text: string): string {
  return text.replace(/-/g, '').replace(/\s+/g, ' ');
}

/** All the words of the drawing, lines joined by spaces, a word broken at a line end joined again (see `sameWords`). */
export function svgWords(svg: string): string {
  return sameWords(
    svgLines(svg)
      .map((l) => l.text)
      .join(' ')
      .replace(/(\p{L})- (?=\p{L})/gu, '$1-'),
  );
}

export function viewBox(svg: string): { width: number; height: number } {
  const [, , w = '0', h = '0'] = (attr(svg, 'viewBox') ?? '').split(' ');
  return { width: Number(w), height: Number(h) };
}

/** Lines whose estimated width runs past the left or right edge of the viewBox. */
export function linesOutside(svg: string): SvgLine[] {
  const { width } = viewBox(svg);
  return svgLines(svg).filter((line) => {
    const w = textWidth(line.text, line.size, line.bold);
    const left = line.anchor === 'middle' ? line.x - w / 2 : line.anchor === 'end' ? line.x - w : line.x;
    return left < 0 || left + w > width;
  });
}

/** Every label a drawing holds (the words its data gives), for "every item is drawn". */
export function labelsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['kind', 'target', 'influences'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => labelsOf(v, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => labelsOf(v, k));
  return [];
}

/** The same drawing data with every label about 30 % longer, as a Spanish translation runs (names stay matched). */
export function longerLabels(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (['kind', 'target'].includes(key)) return value;
    return `${value} ${'más palabras aquí y allá también'.slice(0, Math.ceil(value.length * 0.3))}`.trim();
  }
  if (Array.isArray(value)) return value.map((v) => longerLabels(v, key));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, longerLabels(v, k)]));
  return value;
}
