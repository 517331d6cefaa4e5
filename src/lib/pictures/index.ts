/**
 * Draws a framework picture from its data: one drawer per kind of drawing. Pure: no Astro,
 * no file access; the picture component and the poster page put the markup on the page.
 */
import type { PictureDrawing } from '../../schemas/picture.ts';
import { drawArc } from './arc.ts';
import { drawCards } from './cards.ts';
import { drawCircles } from './circles.ts';
import { drawCycle } from './cycle.ts';
import { drawLadder } from './ladder.ts';
import { drawPowerMap } from './power-map.ts';
import { drawSequence } from './sequence.ts';
import { drawSnowflake } from './snowflake.ts';
import type { DrawOptions, Drawing, PictureText } from './svg.ts';

export type { DrawOptions, Drawing, PictureText } from './svg.ts';

/** The SVG of a picture's drawing, with its title and text alternative inside. */
export function drawPicture(drawing: PictureDrawing, text: PictureText, options: DrawOptions): Drawing {
  switch (drawing.kind) {
    case 'snowflake':
      return drawSnowflake(drawing, text, options);
    case 'ladder':
      return drawLadder(drawing, text, options);
    case 'power-map':
      return drawPowerMap(drawing, text, options);
    case 'cards':
      return drawCards(drawing, text, options);
    case 'sequence':
      return drawSequence(drawing, text, options);
    case 'circles':
      return drawCircles(drawing, text, options);
    case 'cycle':
      return drawCycle(drawing, text, options);
    case 'arc':
      return drawArc(drawing, text, options);
  }
}

/**
 * Printed as a landscape poster: a drawing at least 1.6 times as wide as tall. On a sheet that
 * also holds a title and the licence line, a landscape sheet only gives such a drawing more room
 * than a portrait one (Letter: 25 cm wide but about 12 cm tall once the title and licence are in).
 */
export function isWide(drawing: Drawing): boolean {
  return drawing.width >= drawing.height * 1.6;
}
