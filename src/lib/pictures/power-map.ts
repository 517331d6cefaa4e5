/**
 * The power map: a grid with power over the decision from low (bottom) to high (top) and
 * position from against us (left) to with us (right). Players of a worked example sit on a
 * 1–5 scale each way; the primary target has a double ring, a secondary target a dashed ring,
 * a player someone in the base knows a star, a guess a question mark, and arrows show who
 * influences whom. Every mark is a shape, never only a colour.
 */
import type { DrawingOf } from '../../schemas/picture.ts';
import { drawKey } from './key.ts';
import { arrowMarker, circle, line, rect, SIZE, star, svgRoot, type DrawOptions, type Drawing, type PictureText } from './svg.ts';
import { linesHeight, round, textLines, wrapText } from './text.ts';

const LEFT = 230;
const TOP = 110;
const GRID_W = 1200;
const GRID_H = 860;
const WIDTH = LEFT + GRID_W + 70;

export function drawPowerMap(data: DrawingOf<'power-map'>, text: PictureText, options: DrawOptions): Drawing {
  const marker = `${options.idPrefix}-arrow`;
  const right = LEFT + GRID_W;
  const bottom = TOP + GRID_H;
  const xOf = (position: number) => LEFT + ((position - 0.5) / 5) * GRID_W;
  const yOf = (power: number) => bottom - ((power - 0.5) / 5) * GRID_H;
  let body = arrowMarker(marker);
  body += rect(LEFT, TOP, GRID_W, GRID_H, { radius: 0, width: 6 });
  body += line(LEFT + GRID_W / 2, TOP, LEFT + GRID_W / 2, bottom, { dash: true, width: 3 });
  body += line(LEFT, TOP + GRID_H / 2, right, TOP + GRID_H / 2, { dash: true, width: 3 });
  // Axes: arrows along the left and bottom edges, with their names and ends.
  body += line(LEFT - 60, bottom, LEFT - 60, TOP, { marker, width: 6 });
  body += textLines(wrapText(data.power.label, GRID_W, SIZE.detail, true), { x: LEFT - 90, y: TOP - 50, size: SIZE.detail, bold: true });
  body += textLines(wrapText(data.power.high, 150, SIZE.small), { x: LEFT - 80, y: TOP + 40, size: SIZE.small, anchor: 'end' });
  body += textLines(wrapText(data.power.low, 150, SIZE.small), { x: LEFT - 80, y: bottom - 10, size: SIZE.small, anchor: 'end' });
  body += line(LEFT, bottom + 50, right, bottom + 50, { marker, width: 6 });
  body += textLines(wrapText(data.position.low, GRID_W / 2 - 20, SIZE.small), { x: LEFT, y: bottom + 95, size: SIZE.small });
  body += textLines(wrapText(data.position.high, GRID_W / 2 - 20, SIZE.small), {
    x: right,
    y: bottom + 95,
    size: SIZE.small,
    anchor: 'end',
  });
  const axisName = wrapText(data.position.label, GRID_W, SIZE.detail, true);
  body += textLines(axisName, { x: LEFT + GRID_W / 2, y: bottom + 145, size: SIZE.detail, anchor: 'middle', bold: true });

  // Players sharing a cell stand one under the other.
  const seen = new Map<string, number>();
  const spots = data.players.map((p) => {
    const cell = `${p.position},${p.power}`;
    const k = seen.get(cell) ?? 0;
    seen.set(cell, k + 1);
    return { player: p, x: xOf(p.position), y: yOf(p.power) - 40 + k * 90 };
  });
  const byName = new Map(spots.map((s) => [s.player.name, s]));
  for (const from of spots) {
    for (const name of from.player.influences) {
      const to = byName.get(name);
      if (!to) continue;
      const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      const ux = (to.x - from.x) / d;
      const uy = (to.y - from.y) / d;
      // A slight curve keeps a line off the players it passes.
      const x1 = from.x + ux * 36;
      const y1 = from.y + uy * 36;
      const x2 = to.x - ux * 52;
      const y2 = to.y - uy * 52;
      const bend = 0.18 * d;
      const qx = (x1 + x2) / 2 - uy * bend;
      const qy = (y1 + y2) / 2 + ux * bend;
      body += `<path d="M${round(x1)},${round(y1)} Q${round(qx)},${round(qy)} ${round(x2)},${round(y2)}" fill="none" stroke="currentColor" stroke-width="4" marker-end="url(#${marker})" class="pic-line pic-influence"/>`;
    }
  }
  for (const { player, x, y } of spots) {
    body += circle(x, y, 12, { fill: 'currentColor', width: 0 });
    if (player.target === 'primary') body += circle(x, y, 30, { width: 5 }) + circle(x, y, 42, { width: 5 });
    if (player.target === 'secondary') body += circle(x, y, 34, { dash: true, width: 5 });
    if (player.known) body += star(x - 62, y, 24);
    const name = wrapText(player.unsure ? `${player.name} ?` : player.name, 230, SIZE.small, true);
    body += textLines(name, { x, y: y + 48 + SIZE.small * 0.8, size: SIZE.small, anchor: 'middle', bold: true });
  }
  const keyTop = bottom + 145 + linesHeight(axisName.length, SIZE.detail) + 30;
  const key = drawKey(
    [
      { mark: (x, y) => circle(x, y, 12, { width: 3 }) + circle(x, y, 22, { width: 4 }), label: data.key.primary },
      { mark: (x, y) => circle(x, y, 22, { dash: true, width: 4 }), label: data.key.secondary },
      { mark: (x, y) => star(x, y, 22), label: data.key.known },
      { mark: (x, y) => line(x - 30, y, x + 25, y, { marker, width: 4 }), label: data.key.influence },
      { mark: (x, y) => textLines(['?'], { x, y: y + 12, size: SIZE.label, anchor: 'middle', bold: true }), label: data.key.unsure },
    ],
    40,
    keyTop,
    WIDTH - 80,
  );
  return svgRoot('power-map', text, options, WIDTH, keyTop + key.height + 30, body + key.svg);
}
