/**
 * The ladder of engagement (pathway of participation): numbered rungs from the lightest
 * commitment at the bottom to the heaviest at the top, and beside each rung the next ask that
 * moves a person up to the following one, with who makes it. Rows grow with their text.
 */
import type { DrawingOf } from '../../schemas/picture.ts';
import { arrowMarker, circle, line, rect, SIZE, svgRoot, type DrawOptions, type Drawing, type PictureText } from './svg.ts';
import { linesHeight, textLines, wrapText } from './text.ts';

const WIDTH = 1500;
const RAIL_LEFT = 150;
const RAIL_RIGHT = 720;
const ASK_LEFT = 800;
const PAD = 26;

export function drawLadder(data: DrawingOf<'ladder'>, text: PictureText, options: DrawOptions): Drawing {
  const labelWidth = RAIL_RIGHT - RAIL_LEFT - 2 * PAD - 80;
  const askWidth = WIDTH - ASK_LEFT - 30;
  const rows = data.steps.map((step) => {
    const label = wrapText(step.label, labelWidth, SIZE.detail + 4, true);
    const head =
      step.ask === undefined
        ? []
        : wrapText(step.asker === undefined ? `${data.askLabel}:` : `${data.askLabel} (${step.asker}):`, askWidth, SIZE.small, true);
    const ask = step.ask === undefined ? [] : wrapText(step.ask, askWidth, SIZE.small);
    const labelHeight = linesHeight(label.length, SIZE.detail + 4);
    const askHeight = linesHeight(head.length, SIZE.small) + (ask.length > 0 ? 10 + linesHeight(ask.length, SIZE.small) : 0);
    return { label, head, ask, labelHeight, askHeight, height: Math.max(110, labelHeight + 2 * PAD, askHeight + PAD) };
  });
  const marker = `${options.idPrefix}-arrow`;
  const top = 90;
  const gap = 34;
  const total = rows.reduce((sum, row) => sum + row.height + gap, 0);
  let body = arrowMarker(marker);
  // The rails, and the arrow of commitment beside them.
  body += line(RAIL_LEFT, top - 20, RAIL_LEFT, top + total, { width: 8 });
  body += line(RAIL_RIGHT, top - 20, RAIL_RIGHT, top + total, { width: 8 });
  body += line(70, top + total, 70, top + 10, { marker, width: 6 });
  body += textLines(wrapText(data.up, WIDTH - 120, SIZE.detail, true), { x: 40, y: top - 40, size: SIZE.detail, bold: true });
  // Rungs from the bottom (step 1) up.
  let bottom = top + total;
  const centers: number[] = [];
  rows.forEach((row, i) => {
    const y = bottom - gap - row.height;
    centers.push(y + row.height / 2);
    body += rect(RAIL_LEFT + 14, y, RAIL_RIGHT - RAIL_LEFT - 28, row.height, { radius: 10 });
    body += circle(RAIL_LEFT + 14 + PAD + 30, y + row.height / 2, 30, { width: 4 });
    body += textLines([String(i + 1)], {
      x: RAIL_LEFT + 14 + PAD + 30,
      y: y + row.height / 2 + 12,
      size: SIZE.small + 4,
      anchor: 'middle',
      bold: true,
    });
    body += textLines(row.label, {
      x: RAIL_LEFT + 14 + PAD + 80,
      y: y + (row.height - row.labelHeight) / 2 + (SIZE.detail + 4) * 0.8,
      size: SIZE.detail + 4,
      bold: true,
    });
    if (row.head.length > 0) {
      const askTop = y + (row.height - row.askHeight) / 2;
      body += textLines(row.head, {
        x: ASK_LEFT,
        y: askTop + SIZE.small * 0.8,
        size: SIZE.small,
        bold: true,
        className: 'pic-secondary',
      });
      body += textLines(row.ask, {
        x: ASK_LEFT,
        y: askTop + linesHeight(row.head.length, SIZE.small) + 10 + SIZE.small * 0.8,
        size: SIZE.small,
        italic: true,
      });
      // The ask lifts the person to the next rung.
      body += line(RAIL_RIGHT + 40, y + row.height - 10, RAIL_RIGHT + 40, Math.max(top, y - gap + 6), {
        marker,
        width: 5,
        className: 'pic-line pic-ask',
      });
    }
    bottom = y;
  });
  return svgRoot('ladder', text, options, WIDTH, top + total + 40, body);
}
