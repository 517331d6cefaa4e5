/**
 * The campaign arc: a line from today to the goal date that runs flat through periods of
 * steady work and rises to peaks of action, each higher than the one before. Peaks carry a
 * numbered triangle; periods a bracket; the labels sit under the time line, one column each.
 */
import type { DrawingOf } from '../../schemas/picture.ts';
import { arrowMarker, line, SIZE, svgRoot, type DrawOptions, type Drawing, type PictureText } from './svg.ts';
import { linesHeight, round, textLines, wrapText } from './text.ts';

const WIDTH = 1600;
const LEFT = 60;
const BASE = 760;

export function drawArc(data: DrawingOf<'arc'>, text: PictureText, options: DrawOptions): Drawing {
  const marker = `${options.idPrefix}-arrow`;
  const n = data.points.length;
  const column = (WIDTH - 2 * LEFT) / n;
  const peaks = data.points.filter((p) => p.kind === 'peak').length;
  let passed = 0;
  /** Height the kick-off added, kept until the next peak. */
  let lift = 0;
  let path = `M${LEFT},${BASE - 40}`;
  let marks = '';
  data.points.forEach((p, i) => {
    const x0 = LEFT + i * column;
    const mid = x0 + column / 2;
    const level = BASE - 40 - passed * 45 - lift;
    if (p.kind === 'kickoff') {
      // A step up, marked with an open circle.
      const up = level - 90;
      path += ` L${round(mid)},${round(level)} L${round(mid)},${round(up)} L${round(x0 + column)},${round(up)}`;
      marks += `<circle cx="${round(mid)}" cy="${round(up - 40)}" r="22" fill="none" stroke="currentColor" stroke-width="5" class="pic-shape pic-kickoff"/>`;
      lift = 90;
    } else if (p.kind === 'period') {
      path += ` L${round(x0 + column)},${round(level)}`;
      marks += `<path d="M${round(x0 + 16)},${round(level + 30)} v18 H${round(x0 + column - 16)} v-18" fill="none" stroke="currentColor" stroke-width="4" class="pic-line pic-period"/>`;
    } else {
      passed += 1;
      lift = 0;
      const top = BASE - 170 - (passed / Math.max(peaks, 1)) * 380;
      // The last peak is where the line ends: the goal won.
      path += ` L${round(mid)},${round(top)}${i === n - 1 ? '' : ` L${round(x0 + column)},${round(BASE - 40 - passed * 45)}`}`;
      marks += `<polygon points="${round(mid)},${round(top - 70)} ${round(mid - 30)},${round(top - 20)} ${round(mid + 30)},${round(top - 20)}" fill="currentColor" class="pic-peak"/>`;
      marks += textLines([String(passed)], { x: mid, y: top - 88, size: SIZE.small + 4, anchor: 'middle', bold: true });
      marks += line(mid, top + 14, mid, BASE + 20, { dash: true, width: 3, className: 'pic-line pic-guide' });
    }
  });
  let body = arrowMarker(marker);
  body += `<path d="${path}" fill="none" stroke="currentColor" stroke-width="9" stroke-linejoin="round" class="pic-line pic-arc"/>`;
  body += marks;
  // The time line, with its two ends named.
  body += line(LEFT, BASE + 20, WIDTH - LEFT, BASE + 20, { marker, width: 6 });
  body += textLines([data.start], { x: LEFT, y: BASE + 70, size: SIZE.small, bold: true });
  body += textLines([data.end], { x: WIDTH - LEFT, y: BASE + 70, size: SIZE.small, anchor: 'end', bold: true });
  let height = BASE + 110;
  const columns = data.points.map((p) => ({
    label: wrapText(p.label, column - 24, SIZE.small, true),
    detail: p.detail === undefined ? [] : wrapText(p.detail, column - 24, SIZE.small - 4),
  }));
  const tallest = Math.max(
    ...columns.map(
      (c) => linesHeight(c.label.length, SIZE.small) + (c.detail.length > 0 ? 12 + linesHeight(c.detail.length, SIZE.small - 4) : 0),
    ),
  );
  columns.forEach((c, i) => {
    const x = LEFT + i * column + 12;
    body += textLines(c.label, { x, y: height + SIZE.small * 0.8, size: SIZE.small, bold: true });
    if (c.detail.length > 0)
      body += textLines(c.detail, {
        x,
        y: height + linesHeight(c.label.length, SIZE.small) + 12 + (SIZE.small - 4) * 0.8,
        size: SIZE.small - 4,
        className: 'pic-secondary',
      });
  });
  height += tallest + 40;
  if (data.footer !== undefined) {
    const footer = wrapText(data.footer, WIDTH - 2 * LEFT, SIZE.detail, true);
    body += textLines(footer, { x: LEFT, y: height + SIZE.detail * 0.8, size: SIZE.detail, bold: true });
    height += linesHeight(footer.length, SIZE.detail) + 30;
  }
  return svgRoot('arc', text, options, WIDTH, height, body);
}
