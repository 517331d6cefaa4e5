/**
 * Overlapping circles (story of self, us and now): left to right, each with its own line
 * style (solid, dashed, dotted) so they stay apart in black and white, a bold label and a
 * short detail inside.
 */
import type { DrawingOf } from '../../schemas/picture.ts';
import { SIZE, svgRoot, type DrawOptions, type Drawing, type PictureText } from './svg.ts';
import { fitText, linesHeight, round, textLines, wrapText } from './text.ts';

const R = 300;
const STEP = 2 * R - 120;
const STYLES = ['', ' stroke-dasharray="26 14"', ' stroke-dasharray="2 16" stroke-linecap="round"'] as const;

export function drawCircles(data: DrawingOf<'circles'>, text: PictureText, options: DrawOptions): Drawing {
  const n = data.circles.length;
  const width = 2 * R + (n - 1) * STEP + 80;
  const cy = R + 40;
  let body = '';
  data.circles.forEach((c, i) => {
    const cx = 40 + R + i * STEP;
    body += `<circle cx="${cx}" cy="${cy}" r="${R}" fill="none" stroke="currentColor" stroke-width="${i === 2 ? 9 : 6}"${STYLES[i] ?? ''} class="pic-shape pic-circle-${i + 1}"/>`;
    const textWidth = 2 * (R - 120) - 20;
    const label = fitText(c.label, textWidth, SIZE.label + 4, 2, SIZE.detail, true);
    const detail = c.detail === undefined ? undefined : fitText(c.detail, textWidth, SIZE.detail, 7, 22);
    const total = linesHeight(label.lines.length, label.size) + (detail ? 24 + linesHeight(detail.lines.length, detail.size) : 0);
    const top = cy - total / 2;
    body += textLines(label.lines, { x: cx, y: top + label.size * 0.8, size: label.size, anchor: 'middle', bold: true });
    if (detail)
      body += textLines(detail.lines, {
        x: cx,
        y: top + linesHeight(label.lines.length, label.size) + 24 + detail.size * 0.8,
        size: detail.size,
        anchor: 'middle',
        className: 'pic-secondary',
      });
  });
  let height = 2 * R + 80;
  if (data.footer !== undefined) {
    const footer = wrapText(data.footer, width - 80, SIZE.detail, true);
    body += textLines(footer, { x: width / 2, y: height + SIZE.detail * 0.8, size: SIZE.detail, anchor: 'middle', bold: true });
    height += linesHeight(footer.length, SIZE.detail) + 40;
  }
  return svgRoot('circles', text, options, round(width), height, body);
}
