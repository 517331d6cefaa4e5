/**
 * The editable Word handouts (`.docx`): each worksheet, each case study, and the participant
 * packs, written from the same data as their pages with the `docx` library. Pure: plain data in,
 * a `Document` out; `src/pages/docx/[stem].docx.ts` turns it into a file at build time.
 *
 * A worksheet becomes real, empty space to type into: ruled paragraphs for lines, a table with
 * empty rows, a ☐ list for checklists, and one tall empty box for anything drawn by hand.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  HeightRule,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { markdownBlocks, type LinkResolver } from './markdown.ts';

/** A worksheet section as the activity schema describes it (any layout kind). */
export interface DocxSection {
  heading: string;
  prompt: string;
  kind: string;
  rows: number;
  columns: readonly string[];
}

export interface DocxWorksheet {
  title: string;
  /** "From the activity “Snowflake chart”." */
  from: string;
  instructions: string;
  sections: readonly DocxSection[];
}

export interface DocxCase {
  title: string;
  /** Kind · organization · region. */
  meta: string;
  /** The case's Markdown body. */
  body: string;
  questions: readonly string[];
  /** Each source as one line of text. */
  sources: readonly string[];
}

export interface DocxAgenda {
  heading: string;
  lines: readonly { time: string; title: string }[];
}

/** The words a handout needs besides its content, in the handout's language. */
export interface DocxWords {
  name: string;
  organization: string;
  date: string;
  questions: string;
  sources: string;
  worksheets: string;
  cases: string;
  glossary: string;
  agenda: string;
  /** What a reuser may do and how to credit (the licence line, as plain text). */
  licence: string;
}

type Block = Paragraph | Table;

const RULE = { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } as const;
const BOX = { style: BorderStyle.SINGLE, size: 8, color: '404040' } as const;

/** One empty ruled paragraph: a line to write or type on. */
const line = () => new Paragraph({ text: '', border: { bottom: RULE }, spacing: { before: 240 } });

function worksheetHead(words: DocxWords): Paragraph {
  return new Paragraph({
    children: [
      new TextRun({ text: `${words.name} ____________________   ` }),
      new TextRun({ text: `${words.organization} ____________________   ` }),
      new TextRun({ text: `${words.date} __________` }),
    ],
    spacing: { after: 200 },
  });
}

function section(s: DocxSection, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Block[] {
  const head: Block[] = [
    new Paragraph({ heading: level, text: s.heading, keepNext: true }),
    new Paragraph({ text: s.prompt, keepNext: true }),
  ];
  if (s.kind === 'lines') return [...head, ...Array.from({ length: s.rows }, line)];
  if (s.kind === 'checklist') return [...head, ...s.columns.map((c) => new Paragraph({ text: `☐  ${c}` }))];
  if (s.kind === 'table' && s.columns.length > 0) {
    const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
    return [
      ...head,
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: s.columns.map((c) => cell(c, true)) }),
          ...Array.from(
            { length: s.rows },
            () => new TableRow({ height: { value: 560, rule: HeightRule.ATLEAST }, children: s.columns.map(() => cell('')) }),
          ),
        ],
      }),
    ];
  }
  // A drawing (or any layout without lines): one tall empty box.
  return [
    ...head,
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          height: { value: 600 * Math.max(4, s.rows), rule: HeightRule.ATLEAST },
          children: [new TableCell({ borders: { top: BOX, bottom: BOX, left: BOX, right: BOX }, children: [new Paragraph('')] })],
        }),
      ],
    }),
  ];
}

/** The blocks of one worksheet; `level` 1 on its own, 2 inside a pack. */
export function worksheetBlocks(w: DocxWorksheet, words: DocxWords, level: 1 | 2 = 1): Block[] {
  const title = level === 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_1;
  const sectionLevel = level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
  return [
    new Paragraph({ heading: title, text: w.title }),
    new Paragraph({ children: [new TextRun({ text: w.from, italics: true })] }),
    worksheetHead(words),
    new Paragraph({ text: w.instructions, spacing: { after: 200 } }),
    ...w.sections.flatMap((s) => section(s, sectionLevel)),
  ];
}

/** The blocks of one case study; `level` 1 on its own, 2 inside a pack. */
export function caseBlocks(c: DocxCase, words: DocxWords, link: LinkResolver, level: 1 | 2 = 1): Block[] {
  const title = level === 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_1;
  const sub = level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
  return [
    new Paragraph({ heading: title, text: c.title }),
    new Paragraph({ children: [new TextRun({ text: c.meta, italics: true })] }),
    ...markdownBlocks(c.body, link, level - 1),
    new Paragraph({ heading: sub, text: words.questions }),
    ...c.questions.map((q) => new Paragraph({ text: q, numbering: { reference: 'numbered', level: 0 } })),
    ...(c.sources.length > 0
      ? [new Paragraph({ heading: sub, text: words.sources }), ...c.sources.map((s) => new Paragraph({ text: s, bullet: { level: 0 } }))]
      : []),
  ];
}

function agendaBlocks(agenda: readonly DocxAgenda[]): Block[] {
  return agenda.flatMap((a) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: a.heading, keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: a.lines.map(
        (l) =>
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, children: [new Paragraph(l.time)] }),
              new TableCell({ children: [new Paragraph(l.title)] }),
            ],
          }),
      ),
    }),
  ]);
}

export interface DocxPack {
  title: string;
  /** One sentence under the title (what the pack is for). */
  intro: string;
  agenda: readonly DocxAgenda[];
  worksheets: readonly DocxWorksheet[];
  cases: readonly DocxCase[];
  glossary: readonly { term: string; definition: string }[];
}

/** A participant pack: the agenda without notes, the worksheets, the cases, the glossary. */
export function packBlocks(p: DocxPack, words: DocxWords, link: LinkResolver): Block[] {
  const part = (text: string) => new Paragraph({ heading: HeadingLevel.TITLE, text, pageBreakBefore: true });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: p.title }),
    new Paragraph(p.intro),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: words.agenda }),
    ...agendaBlocks(p.agenda),
    ...(p.worksheets.length > 0 ? [part(words.worksheets), ...p.worksheets.flatMap((w) => worksheetBlocks(w, words, 2))] : []),
    ...(p.cases.length > 0 ? [part(words.cases), ...p.cases.flatMap((c) => caseBlocks(c, words, link, 2))] : []),
    ...(p.glossary.length > 0
      ? [
          part(words.glossary),
          ...p.glossary.map(
            (g) => new Paragraph({ children: [new TextRun({ text: `${g.term}: `, bold: true }), new TextRun(g.definition)] }),
          ),
        ]
      : []),
  ];
}

/** A Word document of the given blocks, with the licence line at the end and the handout's title as its title. */
export function wordDocument(title: string, blocks: readonly Block[], words: DocxWords, language: string): Document {
  return new Document({
    title,
    creator: 'Distributed Organizing curriculum',
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: language } } } } },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        // US Letter with one-inch margins; Word, LibreOffice and Google Docs re-flow it on A4.
        properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        children: [...blocks, new Paragraph({ children: [new TextRun({ text: words.licence, size: 16 })], spacing: { before: 400 } })],
      },
    ],
  });
}

/** The file's bytes. */
export async function docxBytes(document: Document): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(document);
}
