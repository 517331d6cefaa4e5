/** Numbered cards in rows, each as tall as the tallest card of its row: shared by `cards` and `sequence`. */
import { circle, rect, SIZE } from './svg.ts';
import { linesHeight, textLines, wrapText } from './text.ts';

export interface CardPart {
  label: string;
  detail?: string | undefined;
}

export interface PlacedCard {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardGrid {
  svg: string;
  cards: PlacedCard[];
  width: number;
  height: number;
}

const CARD_W = 440;
const PAD = 26;
const NUMBER_R = 30;

/** Lays out `parts` `columns` to a row with `gapX` between cards (room for arrows) and draws them numbered. */
export function cardGrid(parts: readonly CardPart[], columns: number, gapX: number, gapY: number, dash = false): CardGrid {
  const labelSize = SIZE.detail + 6;
  const detailSize = SIZE.small;
  const labelWidth = CARD_W - 2 * PAD - 2 * NUMBER_R - 16;
  const detailWidth = CARD_W - 2 * PAD;
  const texts = parts.map((p) => ({
    label: wrapText(p.label, labelWidth, labelSize, true),
    detail: p.detail === undefined ? [] : wrapText(p.detail, detailWidth, detailSize),
  }));
  const heights = texts.map(
    (t) =>
      PAD +
      Math.max(2 * NUMBER_R, linesHeight(t.label.length, labelSize)) +
      (t.detail.length > 0 ? 18 + linesHeight(t.detail.length, detailSize) : 0) +
      PAD,
  );
  const cards: PlacedCard[] = [];
  let svg = '';
  let y = 20;
  for (let start = 0; start < parts.length; start += columns) {
    const rowHeight = Math.max(...heights.slice(start, start + columns));
    for (let i = start; i < Math.min(parts.length, start + columns); i++) {
      const x = 20 + (i - start) * (CARD_W + gapX);
      const t = texts[i] ?? { label: [], detail: [] };
      cards.push({ x, y, width: CARD_W, height: rowHeight });
      svg += rect(x, y, CARD_W, rowHeight, { dash });
      svg += circle(x + PAD + NUMBER_R, y + PAD + NUMBER_R, NUMBER_R, { width: 4 });
      svg += textLines([String(i + 1)], {
        x: x + PAD + NUMBER_R,
        y: y + PAD + NUMBER_R + 11,
        size: SIZE.small + 4,
        anchor: 'middle',
        bold: true,
      });
      const labelTop = y + PAD + Math.max(0, NUMBER_R - linesHeight(t.label.length, labelSize) / 2);
      svg += textLines(t.label, { x: x + PAD + 2 * NUMBER_R + 16, y: labelTop + labelSize * 0.8, size: labelSize, bold: true });
      const detailTop = y + PAD + Math.max(2 * NUMBER_R, linesHeight(t.label.length, labelSize)) + 18;
      if (t.detail.length > 0)
        svg += textLines(t.detail, { x: x + PAD, y: detailTop + detailSize * 0.8, size: detailSize, className: 'pic-secondary' });
    }
    y += rowHeight + gapY;
  }
  const used = Math.min(columns, parts.length);
  return { svg, cards, width: 40 + used * CARD_W + (used - 1) * gapX, height: y - gapY + 20 };
}
