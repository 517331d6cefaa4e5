/**
 * A cycle (the coaching cycle): numbered steps around a circle, clockwise from the top, with
 * arrows from each to the next and from the last back to the first; what happens inside one
 * turn sits in the middle.
 */
import type { DrawingOf } from '../../schemas/picture.ts';
import { arrowMarker, circle, rect, SIZE, svgRoot, type DrawOptions, type Drawing, type PictureText } from './svg.ts';
import { linesHeight, round, textLines, wrapText } from './text.ts';

const RING = 440;
const BOX_W = 390;
const PAD = 22;

export function drawCycle(data: DrawingOf<'cycle'>, text: PictureText, options: DrawOptions): Drawing {
  const n = data.steps.length;
  const marker = `${options.idPrefix}-arrow`;
  const labelSize = SIZE.detail + 6;
  const detailSize = SIZE.small - 2;
  const boxes = data.steps.map((step, i) => {
    const label = wrapText(`${i + 1}. ${step.label}`, BOX_W - 2 * PAD, labelSize, true);
    const detail = step.detail === undefined ? [] : wrapText(step.detail, BOX_W - 2 * PAD, detailSize);
    const height = 2 * PAD + linesHeight(label.length, labelSize) + (detail.length > 0 ? 14 + linesHeight(detail.length, detailSize) : 0);
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    return { label, detail, height, angle, x: RING * Math.cos(angle), y: RING * Math.sin(angle) };
  });
  const margin = 30;
  const left = Math.min(...boxes.map((b) => b.x - BOX_W / 2)) - margin;
  const right = Math.max(...boxes.map((b) => b.x + BOX_W / 2)) + margin;
  const top = Math.min(...boxes.map((b) => b.y - b.height / 2), -RING) - margin;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height / 2), RING) + margin;
  const cx = -left;
  const cy = -top;
  let body = arrowMarker(marker);
  // Arcs between the steps, along the ring, from the edge of one box to the edge of the next.
  const inside = (b: (typeof boxes)[number], angle: number) => {
    const x = RING * Math.cos(angle);
    const y = RING * Math.sin(angle);
    return Math.abs(x - b.x) < BOX_W / 2 + 22 && Math.abs(y - b.y) < b.height / 2 + 22;
  };
  boxes.forEach((b, i) => {
    const next = boxes[(i + 1) % n] ?? b;
    const to = b.angle + (2 * Math.PI) / n;
    let a1 = b.angle;
    while (a1 < to && inside(b, a1)) a1 += 0.004;
    let a2 = to;
    while (a2 > a1 && inside(next, a2)) a2 -= 0.004;
    if (a2 - a1 < 0.05) return;
    const x1 = cx + RING * Math.cos(a1);
    const y1 = cy + RING * Math.sin(a1);
    const x2 = cx + RING * Math.cos(a2);
    const y2 = cy + RING * Math.sin(a2);
    body += `<path d="M${round(x1)},${round(y1)} A${RING},${RING} 0 0 1 ${round(x2)},${round(y2)}" fill="none" stroke="currentColor" stroke-width="7" marker-end="url(#${marker})" class="pic-line pic-cycle-arrow"/>`;
  });
  for (const b of boxes) {
    const x = cx + b.x - BOX_W / 2;
    const y = cy + b.y - b.height / 2;
    body += rect(x, y, BOX_W, b.height);
    body += textLines(b.label, { x: x + PAD, y: y + PAD + labelSize * 0.8, size: labelSize, bold: true });
    if (b.detail.length > 0)
      body += textLines(b.detail, {
        x: x + PAD,
        y: y + PAD + linesHeight(b.label.length, labelSize) + 14 + detailSize * 0.8,
        size: detailSize,
        className: 'pic-secondary',
      });
  }
  if (data.center) {
    const inner = Math.max(150, RING - BOX_W / 2 - 60);
    const width = inner * 1.45;
    const label = wrapText(data.center.label, width, SIZE.detail + 2, true);
    const detail = data.center.detail === undefined ? [] : wrapText(data.center.detail, width, SIZE.small - 2);
    const total = linesHeight(label.length, SIZE.detail + 2) + (detail.length > 0 ? 14 + linesHeight(detail.length, SIZE.small - 2) : 0);
    const textTop = cy - total / 2;
    body += circle(cx, cy, inner, { dash: true, width: 3 });
    body += textLines(label, { x: cx, y: textTop + (SIZE.detail + 2) * 0.8, size: SIZE.detail + 2, anchor: 'middle', bold: true });
    if (detail.length > 0)
      body += textLines(detail, {
        x: cx,
        y: textTop + linesHeight(label.length, SIZE.detail + 2) + 14 + (SIZE.small - 2) * 0.8,
        size: SIZE.small - 2,
        anchor: 'middle',
        className: 'pic-secondary',
      });
  }
  return svgRoot('cycle', text, options, right - left, bottom - top, body);
}
