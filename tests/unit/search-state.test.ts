import { describe, expect, it } from 'vitest';
import { SEARCH_RANKING, bestSection, chosenCount, searchRanking } from '../../src/lib/search-state.ts';
import { glossaryIndex, letterOf, termMatches, foldText } from '../../src/lib/glossary-index.ts';

describe('search ranking and results', () => {
  it("puts the site's ranking on top of Starlight's settings", () => {
    expect(searchRanking({ pageLength: 0.1, termSaturation: 2 })).toEqual({ pageLength: 0.1, termSaturation: 2, ...SEARCH_RANKING });
    expect(searchRanking(undefined)).toEqual(SEARCH_RANKING);
    expect(SEARCH_RANKING.metaWeights.terms).toBeGreaterThan(SEARCH_RANKING.metaWeights.title);
  });

  it('counts the chosen filter values', () => {
    expect(chosenCount({})).toBe(0);
    expect(chosenCount({ type: ['Activity', 'Module'], kind: ['Composite case'] })).toBe(3);
  });

  it('opens a result at the section whose matches weigh most, never at the page top', () => {
    const sub = (url: string, weights: number[]) => ({
      url,
      title: url,
      excerpt: '',
      locations: weights.map((_, i) => i),
      weighted_locations: weights.map((weight) => ({ weight })),
    });
    const page = '/glossary/';
    // Two mentions in a definition weigh less than the term's own heading (weight 10) and one mention.
    expect(
      bestSection(page, [
        sub('/glossary/#_top', [1]),
        sub('/glossary/#leadership-team', [1, 1]),
        sub('/glossary/#snowflake-model', [10, 1]),
      ])?.url,
    ).toBe('/glossary/#snowflake-model');
    expect(bestSection('/modules/x/', [sub('/modules/x/#_top', [7, 1]), sub('/modules/x/#agenda', [1])])).toBeUndefined();
    expect(bestSection('/modules/x/', [])).toBeUndefined();
    // Without weights, the number of matches decides; ties go to the first.
    expect(
      bestSection('/p/', [
        { url: '/p/#a', title: 'a', excerpt: '', locations: [1] },
        { url: '/p/#b', title: 'b', excerpt: '', locations: [2] },
      ])?.url,
    ).toBe('/p/#a');
  });
});

describe('glossary index and filter', () => {
  const terms = [{ term: 'Action plan' }, { term: 'Agitation' }, { term: 'Ñandú' }, { term: 'Organizing' }, { term: '1:1 meeting' }];

  it('files terms under their first letter without accents, and "#" for a digit', () => {
    expect(letterOf('Ñandú')).toBe('N');
    expect(letterOf('éxito')).toBe('E');
    expect(letterOf('1:1 meeting')).toBe('#');
    const index = glossaryIndex(terms);
    expect(index.groups.map((g) => [g.letter, g.id, g.terms.map((t) => t.term)])).toEqual([
      ['A', 'letter-a', ['Action plan', 'Agitation']],
      ['N', 'letter-n', ['Ñandú']],
      ['O', 'letter-o', ['Organizing']],
      ['#', 'letter-other', ['1:1 meeting']],
    ]);
    expect(index.letters).toHaveLength(27);
    expect(index.letters.filter((l) => l.hasTerms).map((l) => l.letter)).toEqual(['A', 'N', 'O', '#']);
  });

  it('shows a term when every typed word is in it, ignoring case and accents', () => {
    expect(foldText('  Ñandú   Wall ')).toBe('nandu wall');
    expect(termMatches('Leadership dashboard', 'lead')).toBe(true);
    expect(termMatches('Leadership dashboard', 'DASH lead')).toBe(true);
    expect(termMatches('Ñandú', 'nandu')).toBe(true);
    expect(termMatches('Coaching', 'lead')).toBe(false);
    expect(termMatches('Coaching', '   ')).toBe(true);
  });
});
