import { describe, expect, it } from 'vitest';
import { MAX_FOCUS, readState, summarize } from '../../src/lib/assessment.ts';

const practices = ['leadership', 'narrative', 'relationships', 'pathways', 'strategy'].map((id) => ({ id, title: id.toUpperCase() }));
const ids = practices.map((p) => p.id);

describe('the self-assessment summary', () => {
  it('names at most two practices to start with: the lowest marked, first on the page when tied', () => {
    expect(MAX_FOCUS).toBe(2);
    const summary = summarize({ leadership: 2, narrative: 1, relationships: 1, pathways: 1, strategy: 3 }, practices);
    expect(summary.focus).toEqual(['NARRATIVE', 'RELATIONSHIPS']);
    expect(summarize({ leadership: 3, narrative: 2 }, practices).focus).toEqual(['NARRATIVE']);
  });

  it('gives no average and no start for a practice already spreading', () => {
    const summary = summarize({ leadership: 4, narrative: 4 }, practices);
    expect(summary).toEqual({ answered: 2, total: 5, focus: [], strengths: ['LEADERSHIP', 'NARRATIVE'] });
    expect(Object.keys(summary)).not.toContain('average');
  });

  it('ignores marks that are not a level 1–4 of a known practice', () => {
    expect(summarize({ leadership: 0, narrative: 2.5, nope: 1, strategy: 5 }, practices)).toEqual({
      answered: 0,
      total: 5,
      focus: [],
      strengths: [],
    });
  });
});

describe('what the device keeps', () => {
  it('round-trips the header, the levels and the examples', () => {
    const saved = {
      organization: 'A worker center',
      date: '2026-12-01',
      people: 'Ana, Luis',
      levels: { leadership: 2 },
      examples: { leadership: 'Members ran the May meeting.' },
    };
    expect(readState(JSON.stringify(saved), ids)).toEqual({ state: saved, dropped: [] });
  });

  it('loads an old save of levels only', () => {
    expect(readState(JSON.stringify({ leadership: 3, narrative: 1 }), ids).state.levels).toEqual({ leadership: 3, narrative: 1 });
  });

  it('keeps what is valid from tampered storage and says what it dropped', () => {
    const tampered = JSON.stringify({
      organization: '<img src=x onerror=alert(1)>',
      date: 42,
      people: 'x'.repeat(5000),
      levels: { leadership: 9, narrative: 2, unknown: 1 },
      examples: { narrative: { html: true }, strategy: 'We wrote a one-pager.' },
    });
    const { state, dropped } = readState(tampered, ids);
    // Kept as text: the page sets it as a field's value, never as HTML.
    expect(state.organization).toBe('<img src=x onerror=alert(1)>');
    expect(state.levels).toEqual({ narrative: 2 });
    expect(state.examples).toEqual({ strategy: 'We wrote a one-pager.' });
    expect(dropped.sort()).toEqual(['date', 'examples.narrative', 'levels.leadership', 'levels.unknown', 'people']);
  });

  it('starts empty from nothing, or from something that is not a save', () => {
    expect(readState(null, ids).dropped).toEqual([]);
    expect(readState('not json', ids)).toEqual({
      state: { organization: '', date: '', people: '', levels: {}, examples: {} },
      dropped: ['(not readable)'],
    });
    expect(readState('[1,2]', ids).dropped).toEqual(['(not readable)']);
  });
});
