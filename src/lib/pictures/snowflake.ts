/**
 * The snowflake: a central team in the middle, the teams its members lead around it, and the
 * smaller teams those grew further out. Each team shows its leader's first name (who is also
 * named in the central team: one leader, two teams). A gap is a dashed circle with a filled
 * dot and its reason in words, so it reads in black and white.
 */
import type { DrawingOf } from '../../schemas/picture.ts';
import { drawKey } from './key.ts';
import { circle, gapDot, line, SIZE, svgRoot, type DrawOptions, type Drawing, type PictureText } from './svg.ts';
import { fitText, linesHeight, LINE_HEIGHT, round, textLines } from './text.ts';

const R_CENTER = 225;
const R_TEAM = 180;
const R_SMALL = 135;
const TEAM_DISTANCE = R_CENTER + R_TEAM + 90;
const SMALL_DISTANCE = R_TEAM + R_SMALL + 90;
/** Degrees between the smaller teams of one team: enough that neighbours do not touch. */
const SPREAD = (2 * Math.asin((R_SMALL + 16) / SMALL_DISTANCE) * 180) / Math.PI;

interface Placed {
  x: number;
  y: number;
  r: number;
}

/** Text centred in a circle: a bold name, then a second block (leader or gap). */
function circleText(x: number, y: number, r: number, name: string, second: string | undefined, nameSize: number, secondSize: number): string {
  const width = r * 1.55;
  const head = fitText(name, width, nameSize, 3, Math.round(nameSize * 0.72), true);
  const tail = second === undefined ? undefined : fitText(second, width, secondSize, 3, Math.round(secondSize * 0.75));
  const gap = tail ? head.size * 0.45 : 0;
  const total = linesHeight(head.lines.length, head.size) + gap + (tail ? linesHeight(tail.lines.length, tail.size) : 0);
  const top = y - total / 2;
  let svg = textLines(head.lines, { x, y: top + head.size * 0.8, size: head.size, anchor: 'middle', bold: true });
  if (tail) {
    const tailTop = top + linesHeight(head.lines.length, head.size) + gap;
    svg += textLines(tail.lines, { x, y: tailTop + tail.size * 0.8, size: tail.size, anchor: 'middle', className: 'pic-text pic-secondary' });
  }
  return svg;
}

/** A line from the edge of one circle to the edge of another, so it never runs under a label. */
function join(a: Placed, b: Placed, dash: boolean): string {
  const d = Math.hypot(b.x - a.x, b.y - a.y);
  const ux = (b.x - a.x) / d;
  const uy = (b.y - a.y) / d;
  return line(a.x + ux * a.r, a.y + uy * a.r, b.x - ux * b.r, b.y - uy * b.r, { dash });
}

function team(at: Placed, name: string, leader: string | undefined, gap: string | undefined, nameSize: number, secondSize: number): string {
  const second = gap === undefined ? leader : leader === undefined ? gap : `${leader}: ${gap}`;
  let svg = circle(at.x, at.y, at.r, { dash: gap !== undefined, className: gap === undefined ? 'pic-shape' : 'pic-shape pic-gap-shape' });
  svg += circleText(at.x, at.y, at.r, name, second, nameSize, secondSize);
  if (gap !== undefined) svg += gapDot(at.x + at.r * 0.72, at.y - at.r * 0.72, 20);
  return svg;
}

export function drawSnowflake(data: DrawingOf<'snowflake'>, text: PictureText, options: DrawOptions): Drawing {
  const n = data.teams.length;
  const offset = n % 2 === 0 ? 180 / n : 0;
  const rad = (deg: number) => (deg * Math.PI) / 180;
  let lines = '';
  let shapes = '';
  const placed: Placed[] = [{ x: 0, y: 0, r: R_CENTER }];
  data.teams.forEach((t, i) => {
    const angle = -90 + offset + (i * 360) / n;
    const at = { x: TEAM_DISTANCE * Math.cos(rad(angle)), y: TEAM_DISTANCE * Math.sin(rad(angle)), r: R_TEAM };
    placed.push(at);
    lines += join(placed[0] ?? at, at, t.gap !== undefined);
    shapes += team(at, t.name, t.leader, t.gap, SIZE.label, SIZE.detail + 2);
    t.teams.forEach((small, j) => {
      const a = angle + (j - (t.teams.length - 1) / 2) * SPREAD;
      const sat = { x: at.x + SMALL_DISTANCE * Math.cos(rad(a)), y: at.y + SMALL_DISTANCE * Math.sin(rad(a)), r: R_SMALL };
      placed.push(sat);
      lines += join(at, sat, small.gap !== undefined);
      shapes += team(sat, small.name, small.leader, small.gap, SIZE.detail + 4, SIZE.detail);
    });
  });
  const people = data.center.people.join(', ');
  const center =
    circle(0, 0, R_CENTER, { width: 8, className: 'pic-shape pic-center' }) +
    circleText(0, 0, R_CENTER, data.center.name, people === '' ? undefined : people, SIZE.title, SIZE.detail + 4);

  const margin = 40;
  const minX = Math.min(...placed.map((p) => p.x - p.r)) - margin;
  const maxX = Math.max(...placed.map((p) => p.x + p.r)) + margin;
  const minY = Math.min(...placed.map((p) => p.y - p.r)) - margin;
  const maxY = Math.max(...placed.map((p) => p.y + p.r)) + margin;
  const width = Math.max(maxX - minX, 1100);
  const shiftX = (width - (maxX - minX)) / 2 - minX;
  const drawingHeight = maxY - minY;
  const key = drawKey(
    [
      { mark: (x, y) => line(x - 30, y, x + 30, y), label: data.key.line },
      {
        mark: (x, y) => circle(x - 12, y, 16, { width: 4 }) + circle(x + 12, y, 16, { width: 4 }),
        label: data.key.leader,
      },
      ...(data.key.gap === undefined ? [] : [{ mark: (x: number, y: number) => gapDot(x, y, 14) + circle(x, y, 26, { dash: true, width: 3 }), label: data.key.gap }]),
    ],
    margin,
    drawingHeight + 10,
    width - 2 * margin,
  );
  const body = `<g transform="translate(${round(shiftX)} ${round(-minY)})">${lines}${center}${shapes}</g>${key.svg}`;
  return svgRoot('snowflake', text, options, width, drawingHeight + 10 + key.height + margin * (LINE_HEIGHT - 1) + 20, body);
}
