/**
 * Parts in order (the parts of a one-on-one): numbered cards in reading order, each joined to
 * the next by an arrow; at the end of a row the arrow turns down to the next row.
 */
import type { DrawingOf } from '../../schemas/picture.ts';
import { cardGrid } from './card-grid.ts';
import { arrowMarker, svgRoot, type DrawOptions, type Drawing, type PictureText } from './svg.ts';
import { round } from './text.ts';

export function drawSequence(data: DrawingOf<'sequence'>, text: PictureText, options: DrawOptions): Drawing {
  const columns = data.items.length <= 4 ? data.items.length : 3;
  const grid = cardGrid(data.items, columns, 90, 90);
  const marker = `${options.idPrefix}-arrow`;
  let arrows = '';
  grid.cards.forEach((card, i) => {
    const next = grid.cards[i + 1];
    if (!next) return;
    if (next.y === card.y) {
      const y = card.y + card.height / 2;
      arrows += `<path d="M${round(card.x + card.width + 8)},${round(y)} H${round(next.x - 8)}" fill="none" stroke="currentColor" stroke-width="6" marker-end="url(#${marker})" class="pic-line"/>`;
    } else {
      // From the bottom of the row's last card, down and back to the start of the next row.
      const midY = card.y + card.height + 45;
      arrows += `<path d="M${round(card.x + card.width / 2)},${round(card.y + card.height + 8)} V${round(midY)} H${round(next.x + next.width / 2)} V${round(next.y - 8)}" fill="none" stroke="currentColor" stroke-width="6" marker-end="url(#${marker})" class="pic-line"/>`;
    }
  });
  return svgRoot('sequence', text, options, grid.width, grid.height, arrowMarker(marker) + arrows + grid.svg);
}
