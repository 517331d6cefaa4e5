import { describe, expect, it } from 'vitest';
import { linkableTerms, linkTerms, type GlossaryTermRef } from '../../src/lib/glossary-links.ts';
import rehypeGlossaryLinks, { readGlossary } from '../../src/plugins/rehype-glossary-links.ts';

const terms: GlossaryTermRef[] = [
  { id: 'story-of-self', term: 'Story of self' },
  { id: 'one-on-one', term: 'One-on-one' },
  { id: 'story-bank', term: 'Story bank' },
  { id: 'leadership', term: 'Leadership' },
  { id: 'leadership-dashboard', term: 'Leadership dashboard' },
  { id: 'follow-up', term: 'Follow-up', notInside: ['follow-up coaching'] },
  { id: 'coaching', term: 'Coaching', notInside: ['follow-up coaching'] },
  { id: 'organizing', term: 'Organizing', notInside: ['organizing committee'] },
];

const link = (text: string, linked = new Set<string>()) => linkTerms(text, terms, linked);

describe('linking glossary terms in text', () => {
  it('links the first use of each term, plural forms included, ignoring case', () => {
    expect(link('Hold three one-on-ones this week. One-on-one time matters.')).toEqual([
      { text: 'Hold three ' },
      { text: 'one-on-ones', id: 'one-on-one' },
      { text: ' this week. One-on-one time matters.' },
    ]);
    expect(link('Your story of self goes in the story bank.')).toEqual([
      { text: 'Your ' },
      { text: 'story of self', id: 'story-of-self' },
      { text: ' goes in the ' },
      { text: 'story bank', id: 'story-bank' },
      { text: '.' },
    ]);
  });

  it('takes the longest term first: a multi-word term wins over the words inside it', () => {
    expect(link('Update the leadership dashboard.')).toEqual([
      { text: 'Update the ' },
      { text: 'leadership dashboard', id: 'leadership-dashboard' },
      { text: '.' },
    ]);
  });

  it('links nothing inside a longer term that is already linked on the page', () => {
    const linked = new Set(['leadership-dashboard']);
    expect(link('The leadership dashboard shows leadership growing.', linked)).toEqual([
      { text: 'The leadership dashboard shows ' },
      { text: 'leadership', id: 'leadership' },
      { text: ' growing.' },
    ]);
  });

  it('links no word inside a phrase that has no entry of its own (notInside)', () => {
    expect(link('Join follow-up coaching after the training.')).toEqual([{ text: 'Join follow-up coaching after the training.' }]);
    expect(link('The United Farm Workers Organizing Committee led the strike.')).toEqual([
      { text: 'The United Farm Workers Organizing Committee led the strike.' },
    ]);
    // Outside the phrase the words link as usual.
    expect(link('After follow-up coaching, coaching goes on.')).toEqual([
      { text: 'After follow-up coaching, ' },
      { text: 'coaching', id: 'coaching' },
      { text: ' goes on.' },
    ]);
  });

  it('matches a phrase across a line break, and never part of a longer or hyphenated word', () => {
    expect(link('A story\nof self.')).toEqual([{ text: 'A ' }, { text: 'story\nof self', id: 'story-of-self' }, { text: '.' }]);
    expect(link('The story-banking idea and a storybank')).toEqual([{ text: 'The story-banking idea and a storybank' }]);
  });

  it('adds the ids it links to the page set, so a second text on the page does not link them again', () => {
    const linked = new Set<string>();
    link('A one-on-one.', linked);
    expect(linked).toEqual(new Set(['one-on-one']));
    expect(link('Another one-on-one.', linked)).toEqual([{ text: 'Another one-on-one.' }]);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'Leadership, leadership dashboards and follow-up coaching: a one-on-one.';
    expect(
      link(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('leaves out terms marked autoLink: false and terms of two letters or fewer', () => {
    expect(
      linkableTerms([
        { id: 'target', term: 'Target', autoLink: false },
        { id: 'ok', term: 'OK' },
        { id: 'peak', term: 'Peak' },
      ]),
    ).toEqual([{ id: 'peak', term: 'Peak', notInside: [] }]);
  });
});

describe('rehype plugin', () => {
  it('links the first use of each term, not in headings or links, and not inside a longer term', () => {
    const plugin = rehypeGlossaryLinks({ root: 'content', base: '/' });
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'h2', children: [{ type: 'text', value: 'The one-on-one' }] },
        { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'A one-on-one is planned. Another one-on-one follows.' }] },
        {
          type: 'element',
          tagName: 'p',
          children: [
            { type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [{ type: 'text', value: 'the leadership dashboard' }] },
            { type: 'text', value: ' and the leadership dashboard again' },
          ],
        },
      ],
    };
    plugin(tree);
    const [heading, paragraph, second] = tree.children;
    expect(heading!.children).toEqual([{ type: 'text', value: 'The one-on-one' }]);
    expect(paragraph!.children).toEqual([
      { type: 'text', value: 'A ' },
      {
        type: 'element',
        tagName: 'a',
        properties: { href: '/glossary/#one-on-one', className: ['term-link'] },
        children: [{ type: 'text', value: 'one-on-one' }],
      },
      { type: 'text', value: ' is planned. Another one-on-one follows.' },
    ]);
    expect(second!.children.slice(1)).toEqual([
      { type: 'text', value: ' and the ' },
      {
        type: 'element',
        tagName: 'a',
        properties: { href: '/glossary/#leadership-dashboard', className: ['term-link'] },
        children: [{ type: 'text', value: 'leadership dashboard' }],
      },
      { type: 'text', value: ' again' },
    ]);
  });
});

describe('reading the glossary', () => {
  it('leaves out terms marked autoLink: false and reads the phrases a term is not linked inside', () => {
    const read = readGlossary('content/glossary');
    const ids = read.map((t) => t.id);
    expect(ids).toContain('one-on-one');
    expect(ids).not.toContain('target');
    expect(read.find((t) => t.id === 'follow-up')?.notInside).toContain('follow-up coaching');
  });

  it('links the real phrases the issue names as whole terms or not at all', () => {
    const real = readGlossary('content/glossary');
    const linked = (text: string) => linkTerms(text, real, new Set()).filter((s) => s.id !== undefined);
    expect(linked('Sign up for follow-up coaching.')).toEqual([]);
    expect(linked('Review the leadership dashboard.')).toEqual([{ text: 'leadership dashboard', id: 'leadership-dashboard' }]);
    expect(linked('The campaign organizing committee met.')).toEqual([]);
  });
});
