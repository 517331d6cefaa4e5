/**
 * The snowflake: a central team in the middle, the teams its members lead around it, and the
 * smaller teams those grew further out. Each team shows its leader's first name (who is also
 * named in the central team: one leader, two teams). A gap is a dashed circle with a filled
 * dot and its reason in words, so it reads in black and white.
 */
import type { DrawingOf } from '../../schemas/picture.ts';
import { drawKey } from './key.ts';
import { circle, gapDot, line, SIZE, svgRoot, type DrawOptions, type Drawing, type PictureText } from './svg.ts';
import { fitText, linesHeight, textLines } from './text.ts';

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
function circleText(
  x: number,
  y: number,
  r: number,
  name: string,
  second: string | undefined,
  nameSize: number,
  secondSize: number,
): string {
  const width = r * 1.55;
  const head = fitText(name, width, nameSize, 3, Math.round(nameSize * 0.72), true);
  const tail = second === undefined ? undefined : fitText(second, width, secondSize, 3, Math.round(secondSize * 0.75));
  const gap = tail ? head.size * 0.45 : 0;
  const total = linesHeight(head.lines.length, head.size) + gap + (tail ? linesHeight(tail.lines.length, tail.size) : 0);
  const top = y - total / 2;
  let svg = textLines(head.lines, { x, y: top + head.size * 0.8, size: head.size, anchor: 'middle', bold: true });
  if (tail) {
    const tailTop = top + linesHeight(head.lines.length, head.size) + gap;
    svg += textLines(tail.lines, {
      x,
      y: tailTop + tail.size * 0.8,
      size: tail.size,
      anchor: 'middle',
      className: 'pic-secondary',
    });
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

interface PlacedTeam extends Placed {
  name: string;
  leader: string | undefined;
  gap: string | undefined;
  small: boolean;
  parent: Placed;
}

export function drawSnowflake(data: DrawingOf<'snowflake'>, text: PictureText, options: DrawOptions): Drawing {
  const n = data.teams.length;
  const offset = n % 2 === 0 ? 180 / n : 0;
  const rad = (deg: number) => (deg * Math.PI) / 180;
  // First place every circle around (0, 0), then move the whole drawing into the viewBox.
  const center: Placed = { x: 0, y: 0, r: R_CENTER };
  const teams: PlacedTeam[] = [];
  data.teams.forEach((t, i) => {
    const angle = -90 + offset + (i * 360) / n;
    const at = { x: TEAM_DISTANCE * Math.cos(rad(angle)), y: TEAM_DISTANCE * Math.sin(rad(angle)), r: R_TEAM };
    teams.push({ ...at, name: t.name, leader: t.leader, gap: t.gap, small: false, parent: center });
    t.teams.forEach((small, j) => {
      const a = angle + (j - (t.teams.length - 1) / 2) * SPREAD;
      teams.push({
        x: at.x + SMALL_DISTANCE * Math.cos(rad(a)),
        y: at.y + SMALL_DISTANCE * Math.sin(rad(a)),
        r: R_SMALL,
        name: small.name,
        leader: small.leader,
        gap: small.gap,
        small: true,
        parent: at,
      });
    });
  });
  const margin = 40;
  const all: Placed[] = [center, ...teams];
  const minX = Math.min(...all.map((p) => p.x - p.r)) - margin;
  const maxX = Math.max(...all.map((p) => p.x + p.r)) + margin;
  const minY = Math.min(...all.map((p) => p.y - p.r)) - margin;
  const maxY = Math.max(...all.map((p) => p.y + p.r)) + margin;
  const width = Math.max(maxX - minX, 1100);
  const dx = (width - (maxX - minX)) / 2 - minX;
  const dy = -minY;
  const move = (p: Placed): Placed => ({ x: p.x + dx, y: p.y + dy, r: p.r });

  let lines = '';
  let shapes = '';
  for (const t of teams) {
    const at = move(t);
    lines += join(move(t.parent), at, t.gap !== undefined);
    shapes += t.small
      ? team(at, t.name, t.leader, t.gap, SIZE.detail + 4, SIZE.detail)
      : team(at, t.name, t.leader, t.gap, SIZE.label, SIZE.detail + 2);
  }
  const people = data.center.people.join(', ');
  const c = move(center);
  const middle =
    circle(c.x, c.y, R_CENTER, { width: 8, className: 'pic-shape pic-center' }) +
    circleText(c.x, c.y, R_CENTER, data.center.name, people === '' ? undefined : people, SIZE.title, SIZE.detail + 4);

  const drawingHeight = maxY - minY;
  const key = drawKey(
    [
      { mark: (x, y) => line(x - 30, y, x + 30, y), label: data.key.line },
      {
        mark: (x, y) => circle(x - 12, y, 16, { width: 4 }) + circle(x + 12, y, 16, { width: 4 }),
        label: data.key.leader,
      },
      ...(data.key.gap === undefined
        ? []
        : [{ mark: (x: number, y: number) => gapDot(x, y, 14) + circle(x, y, 26, { dash: true, width: 3 }), label: data.key.gap }]),
    ],
    margin,
    drawingHeight + 10,
    width - 2 * margin,
  );
  return svgRoot('snowflake', text, options, width, drawingHeight + key.height + 40, lines + middle + shapes + key.svg);
}
