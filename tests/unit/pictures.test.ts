/** The picture drawers: accessible SVG, every label drawn and escaped, long labels wrapped, marks that do not rely on colour. */
import { describe, expect, it } from 'vitest';
import { drawPicture, isWide } from '../../src/lib/pictures/index.ts';
import { escapeXml, fitText, textWidth, wrapText } from '../../src/lib/pictures/text.ts';
import { drawingSchema, pictureKinds, type PictureDrawing } from '../../src/schemas/picture.ts';
import { labelsOf, linesOutside, longerLabels, sameWords, svgLines, svgWords } from '../support/svg-text.ts';

const text = { title: 'A <title> & "more"', alt: "What it shows: Rosa's team & Luis's team." };
const draw = (drawing: PictureDrawing, idPrefix = 'test') => drawPicture(drawing, text, { idPrefix }).svg;
const parse = (data: unknown): PictureDrawing => drawingSchema.parse(data);

/** One drawing of each kind; labels carry characters that must be escaped. */
const samples: Record<(typeof pictureKinds)[number], PictureDrawing> = {
  snowflake: parse({
    kind: 'snowflake',
    center: { name: 'Coordinating <committee>', people: ['Luis', 'Rosa & Ana'] },
    teams: [
      { name: "Day laborers' team", leader: 'Luis' },
      { name: 'House cleaners', leader: 'Rosa & Ana', teams: [{ name: 'Building team', leader: 'Carmen' }] },
      { name: 'Outreach team', gap: 'no leader yet' },
    ],
    key: { line: 'Support, both ways', leader: 'One leader, two teams', gap: 'A gap' },
  }),
  ladder: parse({
    kind: 'ladder',
    up: 'Heavier commitment',
    askLabel: 'Next ask',
    steps: [
      { label: 'Comes to a workshop', ask: '"Will you come on the 15th?"', asker: 'the leader' },
      { label: 'Comes to a meeting', ask: 'Will you call three co-workers?' },
      { label: 'Leads a team' },
    ],
  }),
  'power-map': parse({
    kind: 'power-map',
    power: { label: 'Power over the decision', low: 'Low', high: 'High' },
    position: { label: 'Where they stand', low: 'Against us', high: 'With us' },
    players: [
      { name: 'The owner', power: 5, position: 1, target: 'primary' },
      { name: 'The manager <GM>', power: 4, position: 3, target: 'secondary', unsure: true, influences: ['The owner'] },
      { name: 'The pastor', power: 3, position: 4, known: true, influences: ['The owner'] },
    ],
    key: { primary: 'Can say yes', secondary: 'Can move them', known: 'We know them', influence: 'Influences', unsure: 'Not sure' },
  }),
  cards: parse({ kind: 'cards', items: [{ label: 'A real team', detail: 'Members need each other.' }, { label: 'Coaching & <help>' }] }),
  sequence: parse({ kind: 'sequence', items: [{ label: 'Open' }, { label: 'Explore', detail: 'Values & interests' }, { label: 'Ask' }] }),
  circles: parse({
    kind: 'circles',
    circles: [{ label: 'Self' }, { label: 'Us', detail: 'What we share' }, { label: 'Now' }],
    footer: 'Challenge, choice & outcome',
  }),
  cycle: parse({
    kind: 'cycle',
    steps: [{ label: 'Observe' }, { label: 'Diagnose', detail: 'Motivation, strategy or skills?' }, { label: 'Check in' }],
    center: { label: 'GROW' },
  }),
  arc: parse({
    kind: 'arc',
    start: 'Today',
    end: 'Goal date',
    points: [
      { kind: 'period', label: 'Foundation', detail: 'One-on-ones' },
      { kind: 'kickoff', label: 'Kick-off' },
      { kind: 'peak', label: 'Peak 1' },
      { kind: 'peak', label: 'Final peak', detail: 'The goal won' },
    ],
  }),
};

describe('text helpers', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
  it('wraps between words and keeps every line within the width', () => {
    const lines = wrapText('Win back the unpaid wages of the twelve workers at the car wash by July', 300, 30);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 30)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe('Win back the unpaid wages of the twelve workers at the car wash by July');
  });
  it('breaks a long word after its own hyphen, or cuts it with one', () => {
    expect(wrapText('Hiring-corner team', 260, 32, true)).toEqual(['Hiring-', 'corner team']);
    const cut = wrapText('Entrenamientodelíderes', 150, 30);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut[0]).toMatch(/-$/);
    expect(cut.join('').replace(/-/g, '')).toBe('Entrenamientodelíderes');
  });
  it('shrinks the font before it adds lines, down to its smallest size', () => {
    const fitted = fitText('Kitchen team, restaurant 3', 200, 34, 3, 24, true);
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
    expect(fitted.size).toBeLessThanOrEqual(34);
    expect(fitted.size).toBeGreaterThanOrEqual(24);
  });
});

describe.each(pictureKinds)('the %s drawer', (kind) => {
  const drawing = samples[kind];
  const svg = draw(drawing);

  it('is an image named by its title and described by its text alternative', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 [\d.]+ [\d.]+" role="img" aria-labelledby="test-title test-desc"/,
    );
    expect(svg).toContain('<title id="test-title">A &lt;title&gt; &amp; &quot;more&quot;</title>');
    expect(svg).toContain('<desc id="test-desc">What it shows: Rosa&#39;s team &amp; Luis&#39;s team.</desc>');
  });

  it('draws every label of its data as text, escaped', () => {
    const words = svgWords(svg);
    for (const label of labelsOf(drawing)) expect(words).toContain(sameWords(label));
    expect(svg).not.toMatch(/<(?!\/?(svg|title|desc|g|defs|marker|path|line|circle|rect|polygon|text|tspan)[\s>/])/);
  });

  it('keeps a label 30% longer (as in Spanish) inside the picture', () => {
    const spanish = draw(parse(longerLabels(drawing)));
    expect(linesOutside(spanish)).toEqual([]);
    expect(linesOutside(svg)).toEqual([]);
  });

  it('uses only currentColor for ink, so the theme and print decide the colour', () => {
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|hsl\(|\b(red|green|blue)\b/i);
    expect(svg).not.toMatch(/\sstyle=/);
    const paints = [...svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map(([, paint]) => paint);
    expect(new Set(paints)).toEqual(new Set(paints.filter((p) => p === 'currentColor' || p === 'none')));
  });

  it('makes its ids unique with the prefix', () => {
    const ids = [...draw(drawing, 'p2').matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id);
    expect(ids.every((id) => id?.startsWith('p2-'))).toBe(true);
  });
});

describe('marks that do not rely on colour', () => {
  it('marks a snowflake gap with a dashed circle, a dot and its reason in words', () => {
    const svg = draw(samples.snowflake);
    expect(svg).toMatch(/<circle[^>]*stroke-dasharray[^>]*class="pic-shape pic-gap-shape"/);
    expect(svg).toContain('class="pic-gap"');
    expect(svgWords(svg)).toContain('no leader yet');
    // Two solid teams and the gap: one dashed team circle.
    expect(svg.match(/pic-gap-shape/g)).toHaveLength(1);
  });
  it('draws the primary target with two rings and a secondary target with a dashed ring', () => {
    const svg = draw(samples['power-map']);
    expect(svgWords(svg)).toContain('The manager <GM> ?');
    expect(svg.match(/stroke-dasharray="14 10" class="pic-shape"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(svg.match(/class="pic-line pic-influence"/g)).toHaveLength(2);
    expect(svg.match(/class="pic-star"/g)).toHaveLength(2);
  });
  it('gives each story circle its own line style', () => {
    const styles = [...draw(samples.circles).matchAll(/<circle[^>]*class="pic-shape pic-circle-\d"/g)].map(
      ([c]) => /stroke-dasharray="[^"]*"/.exec(c)?.[0] ?? 'solid',
    );
    expect(new Set(styles).size).toBe(3);
  });
  it('numbers the steps of a sequence, a cycle and the peaks of an arc', () => {
    const numbers = (svg: string) =>
      svgLines(svg)
        .map((l) => l.text)
        .filter((t) => /^\d+$/.test(t));
    expect(numbers(draw(samples.sequence))).toEqual(['1', '2', '3']);
    expect(svgWords(draw(samples.cycle))).toContain('1. Observe');
    expect(numbers(draw(samples.arc))).toEqual(['1', '2']);
    expect(numbers(draw(samples.ladder))).toEqual(['1', '2', '3']);
  });
  it('joins a sequence with one arrow less than its parts, and closes a cycle', () => {
    expect(draw(samples.sequence).match(/marker-end/g)).toHaveLength(2);
    expect(draw(samples.cycle).match(/pic-cycle-arrow/g)).toHaveLength(3);
  });
  it('draws a power-map line only to a player on the map', () => {
    const drawing = parse({ ...samples['power-map'], players: [{ name: 'A', power: 1, position: 1, influences: ['Nobody'] }] });
    expect(draw(drawing)).not.toContain('pic-influence');
  });
});

describe('shape', () => {
  it('tells wide drawings from tall ones, for the poster', () => {
    expect(isWide({ svg: '', width: 1540, height: 656 })).toBe(true);
    expect(isWide({ svg: '', width: 1500, height: 1129 })).toBe(false);
    expect(isWide({ svg: '', width: 1400, height: 1600 })).toBe(false);
  });
});
