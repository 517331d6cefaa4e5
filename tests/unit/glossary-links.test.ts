import { describe, expect, it } from 'vitest';
import { firstTerm } from '../../src/lib/glossary-links.ts';
import rehypeGlossaryLinks from '../../src/plugins/rehype-glossary-links.ts';

const terms = [
  { id: 'story-of-self', term: 'Story of self' },
  { id: 'one-on-one', term: 'One-on-one' },
  { id: 'story-bank', term: 'Story bank' },
];

describe('glossary terms in text', () => {
  it('finds the earliest term, plural forms included, ignoring case', () => {
    expect(firstTerm('Hold three one-on-ones this week.', terms, new Set())).toEqual({ id: 'one-on-one', index: 11, length: 11 });
    expect(firstTerm('Your story of self goes in the story bank.', terms, new Set())).toEqual({
      id: 'story-of-self',
      index: 5,
      length: 13,
    });
  });
  it('skips terms already linked and words that only contain a term', () => {
    expect(firstTerm('A story of self.', terms, new Set(['story-of-self']))).toBeUndefined();
    expect(firstTerm('The story-banking idea', terms, new Set())).toBeUndefined();
  });
});

describe('rehype plugin', () => {
  it('links the first use of each term, not in headings or links', () => {
    const plugin = rehypeGlossaryLinks({ folder: 'content/glossary', base: '/' });
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'h2', children: [{ type: 'text', value: 'The one-on-one' }] },
        { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'A one-on-one is planned. Another one-on-one follows.' }] },
      ],
    };
    plugin(tree);
    const paragraph = tree.children[1]!;
    expect(tree.children[0]!.children).toEqual([{ type: 'text', value: 'The one-on-one' }]);
    expect(paragraph.children).toEqual([
      { type: 'text', value: 'A ' },
      {
        type: 'element',
        tagName: 'a',
        properties: { href: '/glossary/#one-on-one', className: ['term-link'] },
        children: [{ type: 'text', value: 'one-on-one' }],
      },
      { type: 'text', value: ' is planned. Another one-on-one follows.' },
    ]);
  });
});

describe('reading the glossary', () => {
  it('leaves out terms marked autoLink: false', async () => {
    const { readGlossary } = await import('../../src/plugins/rehype-glossary-links.ts');
    const ids = readGlossary('content/glossary').map((t) => t.id);
    expect(ids).toContain('one-on-one');
    expect(ids).not.toContain('target');
  });
});
