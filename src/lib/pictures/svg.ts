/**
 * The frame every picture shares: an `<svg>` sized by its `viewBox` (it scales to its box),
 * `role="img"` with a `<title>` and `<desc>` named by `aria-labelledby`, and strokes and text
 * in `currentColor`, so the picture follows the page's text colour (dark theme, print).
 * Text takes its fill from the root (`fill="currentColor"`); every shape names its own fill.
 * Shapes carry classes (`pic-*`) that the site's stylesheet may tint; nothing depends on the
 * tint: every mark also differs by shape, line style or a word.
 */
import { escapeXml, round } from './text.ts';

export interface PictureText {
  /** The picture's title (its accessible name). */
  title: string;
  /** The text alternative (its accessible description). */
  alt: string;
}

export interface DrawOptions {
  /** Makes the ids of `<title>` and `<desc>` unique on a page that shows the picture more than once. */
  idPrefix: string;
}

/** The finished drawing: markup, and its size (for layout: wide or tall). */
export interface Drawing {
  svg: string;
  width: number;
  height: number;
}

/** Thick lines, so a projected picture reads from the back of the room. */
export const STROKE = 5;
/** Label sizes in user units; each drawer's viewBox is about 1400–1700 wide. */
export const SIZE = { title: 44, label: 38, detail: 30, small: 28 } as const;

/** Wraps the body of a drawing in the accessible `<svg>` root. */
export function svgRoot(kind: string, text: PictureText, options: DrawOptions, width: number, height: number, body: string): Drawing {
  const title = `${options.idPrefix}-title`;
  const desc = `${options.idPrefix}-desc`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(width)} ${round(height)}" role="img" aria-labelledby="${title} ${desc}" class="pic pic-${kind}" font-family="inherit" fill="currentColor">` +
    `<title id="${title}">${escapeXml(text.title)}</title>` +
    `<desc id="${desc}">${escapeXml(text.alt)}</desc>` +
    body +
    '</svg>';
  return { svg, width, height };
}

/** A line; `dash` draws it dashed (a gap, a planned team) and `className` lets the stylesheet tint it. */
export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  { dash = false, width = STROKE, className = 'pic-line', marker = '' } = {},
): string {
  return `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="currentColor" stroke-width="${width}"${dash ? ' stroke-dasharray="14 10"' : ''} stroke-linecap="round" class="${className}"${marker === '' ? '' : ` marker-end="url(#${marker})"`}/>`;
}

export function circle(
  cx: number,
  cy: number,
  r: number,
  { dash = false, fill = 'none', className = 'pic-shape', width = STROKE } = {},
): string {
  return `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(r)}" fill="${fill}" stroke="currentColor" stroke-width="${width}"${dash ? ' stroke-dasharray="14 10"' : ''} class="${className}"/>`;
}

export function rect(
  x: number,
  y: number,
  w: number,
  h: number,
  { dash = false, className = 'pic-shape', radius = 16, width = STROKE } = {},
): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" rx="${radius}" fill="none" stroke="currentColor" stroke-width="${width}"${dash ? ' stroke-dasharray="14 10"' : ''} class="${className}"/>`;
}

/** A filled dot: the gap mark (red on screen, black in black-and-white; always with a word beside it). */
export function gapDot(cx: number, cy: number, r = 16): string {
  return `<circle cx="${round(cx)}" cy="${round(cy)}" r="${r}" fill="currentColor" class="pic-gap"/>`;
}

/** A five-pointed star centred on (cx, cy). */
export function star(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${round(cx + radius * Math.cos(angle))},${round(cy + radius * Math.sin(angle))}`;
  });
  return `<polygon points="${points.join(' ')}" fill="currentColor" class="pic-star"/>`;
}

/** An arrowhead marker for `marker-end`; its id is prefixed so several pictures share a page. */
export function arrowMarker(id: string): string {
  return `<defs><marker id="${id}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>`;
}
