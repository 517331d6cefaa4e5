import { describe, expect, it } from 'vitest';
import { activityCriteria, countLabel, matchesActivity, matchesFacets, settingsOf } from '../../src/lib/finder.ts';
import { durationBand, groupBands } from '../../src/lib/facets.ts';
import en from '../../src/content/i18n/en.json' with { type: 'json' };

const row = { minutes: 30, min: 4, max: 24, settings: settingsOf('both'), practices: ['narrative', 'recruitment'], artifact: 'Story bank' };

describe('activity finder', () => {
  it('finds an activity for 20 people in 30 minutes, online', () => {
    expect(matchesActivity(row, activityCriteria({ people: '20', minutes: '30', setting: 'online' }))).toBe(true);
  });
  it('rejects activities that are too long, too small, the wrong setting or practice', () => {
    expect(matchesActivity(row, { maxMinutes: 20 })).toBe(false);
    expect(matchesActivity(row, { people: 30 })).toBe(false);
    expect(matchesActivity(row, { people: 3 })).toBe(false);
    expect(matchesActivity({ ...row, settings: settingsOf('in-person') }, { setting: 'online' })).toBe(false);
    expect(matchesActivity(row, { practice: 'coaching' })).toBe(false);
  });
  it('matches the artifact by words, ignoring case', () => {
    expect(matchesActivity(row, { artifact: 'story' })).toBe(true);
    expect(matchesActivity(row, { artifact: 'dashboard' })).toBe(false);
  });
  it('ignores values that are not sensible numbers', () => {
    expect(activityCriteria({ people: '-4', minutes: 'abc', setting: '', practice: '', artifact: '  ' })).toEqual({
      maxMinutes: undefined,
      people: undefined,
      setting: undefined,
      practice: undefined,
      artifact: undefined,
    });
  });
});

describe('facets', () => {
  it('matches every chosen facet and ignores empty choices', () => {
    const study = { sector: ['domestic-work'], practice: ['relationships', 'teams'], kind: ['documented'] };
    expect(matchesFacets(study, { sector: 'domestic-work', practice: 'teams', kind: '' })).toBe(true);
    expect(matchesFacets(study, { kind: 'composite' })).toBe(false);
  });
  it('puts activities into duration and group-size bands', () => {
    expect([15, 20, 21, 45, 61].map((minutes) => durationBand(minutes))).toEqual([
      'Up to 20 min',
      'Up to 20 min',
      '21–40 min',
      '41–60 min',
      'Over an hour',
    ]);
    expect(groupBands({ min: 4, max: 40 })).toEqual(['2–9 people', '10–24 people', '25 or more']);
    expect(groupBands({ min: 10, max: 12 })).toEqual(['10–24 people']);
  });
  it('counts what is shown', () => {
    const words = { all: en['activities.finder.countAll'], some: en['activities.finder.countSome'] };
    expect(countLabel(17, 17, words)).toBe('All 17 activities shown.');
    expect(countLabel(3, 17, words)).toBe('3 of 17 activities shown.');
  });
});

import { hasCriteria, pagefindFilters, readSearchState, writeSearchState } from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('round-trips the query and filters', () => {
    const state = { query: 'one-on-one', filters: { type: ['Activity'], practice: ['Coaching', 'Relationships and one-on-ones'] } };
    const search = writeSearchState(state);
    expect(search).toBe('?q=one-on-one&type=Activity&practice=Coaching&practice=Relationships+and+one-on-ones');
    expect(readSearchState(search)).toEqual(state);
  });
  it('ignores unknown facets, duplicates and empty values, and caps lengths', () => {
    const state = readSearchState(`?q=${'x'.repeat(300)}&evil=1&type=Activity&type=Activity&type=&sector=${'y'.repeat(200)}`);
    expect(state.query.length).toBe(200);
    expect(state.filters).toEqual({ type: ['Activity'], sector: ['y'.repeat(120)] });
  });
  it('builds Pagefind filters and knows when there is nothing to look for', () => {
    expect(pagefindFilters({ practice: ['A', 'B'] }, { practice: 'Practice' })).toEqual({ Practice: { any: ['A', 'B'] } });
    expect(hasCriteria({ query: ' ', filters: {} })).toBe(false);
    expect(hasCriteria({ query: '', filters: { kind: ['Composite case'] } })).toBe(true);
    expect(writeSearchState({ query: '', filters: {} })).toBe('');
  });
});
