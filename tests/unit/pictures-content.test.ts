/** The real pictures: they parse, the sessions that teach each framework put it up, and every one draws within its frame. */
import { describe, expect, it } from 'vitest';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import { drawPicture } from '../../src/lib/pictures/index.ts';
import { picturePlaces, posterFiles, posterRequest } from '../../src/lib/pictures/views.ts';
import { KNOWN_REAL_ORGANIZATIONS } from '../../src/lib/rules.ts';
import { drawingSchema } from '../../src/schemas/picture.ts';
import { parseContent, readContent } from '../support/content-harness.ts';
import { labelsOf, linesOutside, longerLabels, sameWords, svgWords } from '../support/svg-text.ts';

const { input, schemaErrors } = parseContent(readContent('content'));
const curriculum = linkCurriculum(input);
const byId = (id: string) => curriculum.pictures.find((p) => p.id === id);

describe('the framework pictures', () => {
  it('parse without schema errors', () => {
    expect(schemaErrors).toEqual([]);
  });

  it('draw every framework the modules teach, each put up where a session teaches it', () => {
    const expected = {
      snowflake: 'opening',
      'snowflake-example': 'structure-and-teams',
      'five-team-conditions': 'structure-and-teams',
      'ladder-of-engagement': 'pathways',
      'power-map': 'strategy',
      'campaign-arc': 'strategy',
      'one-on-one': 'relationships',
      'public-narrative': 'public-narrative',
      'coaching-cycle': 'coaching',
    };
    for (const [id, module] of Object.entries(expected))
      expect(
        byId(id)?.uses.map((u) => u.moduleId),
        id,
      ).toContain(module);
    expect(curriculum.pictures.filter((p) => p.uses.length > 0).length).toBeGreaterThanOrEqual(8);
  });

  it('are put up in items whose notes show or draw them', () => {
    for (const picture of curriculum.pictures) {
      for (const use of picture.uses) {
        const module = curriculum.modules.find((m) => m.id === use.moduleId);
        const say = module?.agenda[use.itemNumber - 1]?.facilitator.say ?? '';
        expect(say, `${picture.id} in ${use.moduleId} item ${use.itemNumber}`).toMatch(
          /\b(put up|show|draw|flip chart|explain the grid|go through the parts)/i,
        );
      }
    }
  });

  it('have a real text alternative: sentences that describe the content, not "a diagram of"', () => {
    for (const picture of curriculum.pictures) {
      expect(picture.alt.length, picture.id).toBeGreaterThan(150);
      expect(picture.alt, picture.id).not.toMatch(/^(an? )?(diagram|picture|image|graphic|chart) (of|showing)/i);
      expect(picture.alt.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0).length, picture.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('name no real organization', () => {
    for (const picture of curriculum.pictures) {
      const words = [picture.title, picture.alt, picture.description ?? '', ...labelsOf(picture.drawing)].join(' ').toLowerCase();
      for (const name of KNOWN_REAL_ORGANIZATIONS) expect(words, picture.id).not.toContain(name.toLowerCase());
    }
  });

  it.each(curriculum.pictures.map((p) => [p.id, p] as const))('%s draws every label inside its frame, also 30%% longer', (_, picture) => {
    const svg = drawPicture(picture.drawing, picture, { idPrefix: 'x' }).svg;
    const words = svgWords(svg);
    for (const label of labelsOf(picture.drawing)) expect(words).toContain(sameWords(label));
    expect(linesOutside(svg)).toEqual([]);
    const spanish = drawPicture(drawingSchema.parse(longerLabels(picture.drawing)), picture, { idPrefix: 'x' }).svg;
    expect(linesOutside(spanish)).toEqual([]);
  });

  it('show the worked snowflake the structure module describes', () => {
    const example = byId('snowflake-example');
    expect(example?.madeUp).toBe(true);
    if (example?.drawing.kind !== 'snowflake') throw new Error('snowflake-example is not a snowflake');
    const { center, teams } = example.drawing;
    expect(center.name).toBe('Coordinating committee');
    expect(teams.map((t) => t.name)).toEqual(["Day laborers' team", "House cleaners' team", "Restaurant workers' team", 'Outreach team']);
    // Each team is led by a member of the committee: one leader, two teams.
    for (const team of teams) expect(center.people, team.name).toContain(team.leader);
    // Two gaps (the red dots), and first names only.
    expect([...teams, ...teams.flatMap((t) => t.teams)].filter((t) => t.gap !== undefined)).toHaveLength(2);
    for (const name of [...teams, ...teams.flatMap((t) => t.teams)].flatMap((t) => (t.leader ? [t.leader] : [])))
      expect(name).toMatch(/^\p{Lu}\p{Ll}+$/u);
  });

  it('list where each is used and its poster files on every paper', () => {
    const picture = byId('snowflake-example');
    if (!picture) throw new Error('no snowflake-example');
    const [use] = picture.uses;
    const module = curriculum.modules.find((m) => m.id === 'structure-and-teams');
    const activity = curriculum.activities.find((a) => a.id === 'snowflake-chart');
    expect(use?.itemTitle).toMatch(/snowflake/i);
    expect(picturePlaces(curriculum, picture)).toEqual([
      {
        title: `${module?.title ?? ''}, item ${use?.itemNumber ?? 0}: ${use?.itemTitle ?? ''}`,
        url: `/modules/structure-and-teams/facilitator/#item-${use?.itemNumber ?? 0}`,
      },
      { title: `Activity: ${activity?.title ?? ''}`, url: '/activities/snowflake-chart/' },
    ]);
    expect(posterFiles(picture).map((f) => [f.title, f.url])).toEqual([
      ['PDF, US Letter', '/pdf/poster-snowflake-example-letter.pdf'],
      ['PDF, A4', '/pdf/poster-snowflake-example-a4.pdf'],
      ['PDF, Tabloid (11 × 17 in)', '/pdf/poster-snowflake-example-tabloid.pdf'],
      ['PDF, A3', '/pdf/poster-snowflake-example-a3.pdf'],
    ]);
    expect(posterRequest(picture)).toEqual({
      stem: 'poster-snowflake-example',
      papers: ['letter', 'a4', 'tabloid', 'a3'],
      footer: 'Poster: Example snowflake: a made-up worker center',
      landscape: false,
    });
    expect(posterRequest(byId('one-on-one') ?? picture).landscape).toBe(true);
    expect(posterRequest(byId('ladder-of-engagement') ?? picture).landscape).toBe(false);
  });
});
