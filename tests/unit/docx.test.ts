import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { caseBlocks, docxBytes, packBlocks, wordDocument, worksheetBlocks, type DocxWords } from '../../src/lib/docx/documents.ts';
import { handouts, sourceLine } from '../../src/lib/docx/handouts.ts';
import type { Curriculum } from '../../src/lib/curriculum.ts';

const words: DocxWords = {
  name: 'Name:',
  organization: 'Organization:',
  date: 'Date:',
  questions: 'Discussion questions',
  sources: 'Sources',
  worksheets: 'Worksheets',
  cases: 'Case studies to read',
  glossary: 'Glossary',
  agenda: 'Agenda',
  licence: 'You may copy, share and adapt this curriculum.',
};

/** The file as Word would read it, as HTML (mammoth). */
async function html(blocks: Parameters<typeof wordDocument>[1]): Promise<string> {
  const bytes = await docxBytes(wordDocument('Test', blocks, words, 'en-US'));
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

describe('a worksheet as a Word file', () => {
  const worksheet = {
    title: 'Worksheet: Team charter',
    from: 'From the activity “Team charter”.',
    instructions: 'Write a first charter.',
    sections: [
      { heading: 'Purpose', prompt: 'Why the team exists.', kind: 'lines', rows: 3, columns: [] },
      { heading: 'Roles', prompt: 'Who does what.', kind: 'table', rows: 2, columns: ['Role', 'Person'] },
      { heading: 'Check', prompt: 'Tick what is true.', kind: 'checklist', rows: 1, columns: ['We meet monthly', 'We have a leader'] },
      { heading: 'Our snowflake', prompt: 'Draw it.', kind: 'drawing', rows: 6, columns: [] },
    ],
  };

  it('has the heading, instructions and every section with room to write', async () => {
    const out = await html(worksheetBlocks(worksheet, words));
    expect(out).toContain('<h1>Purpose</h1>');
    expect(out).toContain('Write a first charter.');
    expect(out).toContain('Name: ____');
    // The table: a header row and two empty rows to type in.
    expect(out).toMatch(
      /<table><thead><tr><th><p><strong>Role<\/strong><\/p><\/th><th><p><strong>Person<\/strong><\/p><\/th><\/tr><\/thead><tbody>(<tr><td><\/td><td><\/td><\/tr>){2}<\/tbody><\/table>/,
    );
    expect(out).toContain('☐  We meet monthly');
    // A drawing is one empty box (a one-cell table), not ruled lines.
    expect(out).toContain('<h1>Our snowflake</h1><p>Draw it.</p><table><tr><td></td></tr></table>');
    expect(out).toContain('You may copy, share and adapt this curriculum.');
  });
});

describe('a case study as a Word file', () => {
  const study = {
    title: 'A case',
    meta: 'Documented case · An organization · A place',
    body: '## In short\n\nWorkers **won** a *raise*. See [the glossary](/glossary/#one-on-one).\n\n1. First\n2. Second\n\n- a point\n\n> a quote\n\n| A | B |\n|---|---|\n| 1 | 2 |\n',
    questions: ['What did they build?'],
    sources: [sourceLine({ author: 'A. Author', title: 'A Book', publisher: 'A Press', year: 2020, url: 'https://example.org/book' })],
  };

  it('keeps headings, emphasis, links (written out by the resolver), lists, quotes and tables', async () => {
    const out = await html(caseBlocks(study, words, (url) => `https://site.example${url}`));
    expect(out).toContain('<h2>In short</h2>');
    expect(out).toContain('Workers <strong>won</strong> a <em>raise</em>.');
    expect(out).toContain('<a href="https://site.example/glossary/#one-on-one">the glossary</a>');
    expect(out).toContain('<ol><li>First</li><li>Second</li></ol>');
    expect(out).toContain('<ul><li>a point</li></ul>');
    expect(out).toContain('<em>a quote</em>');
    expect(out).toContain('<td><p>1</p></td><td><p>2</p></td>');
    expect(out).toContain('<h1>Discussion questions</h1><ol><li>What did they build?</li></ol>');
    expect(out).toContain('A. Author. A Book. A Press, 2020. https://example.org/book');
  });

  it('moves its headings down a level inside a pack', async () => {
    const out = await html(
      packBlocks(
        {
          title: 'Pack',
          intro: 'For the day.',
          agenda: [{ heading: 'Day 1', lines: [{ time: '09:00', title: 'Welcome' }] }],
          worksheets: [],
          cases: [study],
          glossary: [{ term: 'One-on-one', definition: 'A meeting of two.' }],
        },
        words,
        (u) => u,
      ),
    );
    expect(out).toContain('<h2>Day 1</h2><table><tr><td><p>09:00</p></td><td><p>Welcome</p></td></tr></table>');
    expect(out).toContain('<h3>In short</h3>');
    expect(out).toContain('<strong>One-on-one: </strong>A meeting of two.');
  });
});

it('lists one handout per worksheet, case, module and format, with stable names', () => {
  const curriculum = {
    activities: [{ id: 'snowflake-chart' }],
    caseStudies: [{ id: 'ufw-grape-strike' }],
    modules: [{ id: 'opening' }],
  } as unknown as Curriculum;
  expect(handouts(curriculum, ['two-day']).map((h) => h.stem)).toEqual([
    'worksheet-snowflake-chart',
    'case-ufw-grape-strike',
    'opening-participant-pack',
    'two-day-participant-pack',
  ]);
});
