/** Numbered cards (Hackman's five conditions): a list with no order of steps, so no arrows. */
import type { DrawingOf } from '../../schemas/picture.ts';
import { cardGrid } from './card-grid.ts';
import { svgRoot, type DrawOptions, type Drawing, type PictureText } from './svg.ts';

export function drawCards(data: DrawingOf<'cards'>, text: PictureText, options: DrawOptions): Drawing {
  const columns = data.items.length <= 4 ? data.items.length : 3;
  const grid = cardGrid(data.items, columns, 40, 40);
  return svgRoot('cards', text, options, grid.width, grid.height, grid.svg);
}
