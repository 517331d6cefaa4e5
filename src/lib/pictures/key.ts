/** The key under a picture: one row per mark, the mark drawn beside its words. */
import { SIZE } from './svg.ts';
import { linesHeight, LINE_HEIGHT, textLines, wrapText } from './text.ts';

export interface KeyEntry {
  /** Draws the mark with its centre at (x, y), about 60 units wide. */
  mark: (x: number, y: number) => string;
  label: string;
}

/** Draws the key from (x, y) over `width`, two entries to a row; returns the markup and its height. */
export function drawKey(entries: readonly KeyEntry[], x: number, y: number, width: number): { svg: string; height: number } {
  const size = SIZE.detail + 2;
  const columns = width >= 1100 ? 2 : 1;
  const columnWidth = width / columns;
  let svg = '';
  let top = y;
  for (let i = 0; i < entries.length; i += columns) {
    const row = entries.slice(i, i + columns);
    const wrapped = row.map((entry) => wrapText(entry.label, columnWidth - 110, size));
    const rowHeight = Math.max(...wrapped.map((lines) => linesHeight(lines.length, size))) + size * (LINE_HEIGHT - 1) + 14;
    row.forEach((entry, j) => {
      const left = x + j * columnWidth;
      svg += entry.mark(left + 35, top + size * 0.6);
      svg += textLines(wrapped[j] ?? [], { x: left + 90, y: top + size * 0.95, size, className: 'pic-key' });
    });
    top += rowHeight;
  }
  return { svg, height: top - y };
}
