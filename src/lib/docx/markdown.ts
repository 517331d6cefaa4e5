/**
 * Markdown (a case study's body) as Word paragraphs: headings, paragraphs with bold, italic and
 * links, bulleted and numbered lists, block quotes and tables. Parsed with remark (the parser
 * Astro itself uses) and GitHub-flavoured Markdown, so a Word file reads as the page does.
 */
import type { Blockquote, List, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ExternalHyperlink, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

interface Style {
  bold?: boolean;
  italics?: boolean;
}

/** A link inside the site ("/glossary/#x") is written out against the site's address when it is known. */
export type LinkResolver = (url: string) => string;

function runs(nodes: readonly PhrasingContent[], link: LinkResolver, style: Style = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value, ...style })];
      case 'inlineCode':
        return [new TextRun({ text: node.value, font: 'Courier New', ...style })];
      case 'strong':
        return runs(node.children, link, { ...style, bold: true });
      case 'emphasis':
        return runs(node.children, link, { ...style, italics: true });
      case 'delete':
        return runs(node.children, link, style);
      case 'break':
        return [new TextRun({ text: '', break: 1 })];
      case 'link':
        return [
          new ExternalHyperlink({
            link: link(node.url),
            children: runs(node.children, link, style).filter((c): c is TextRun => c instanceof TextRun),
          }),
        ];
      default:
        return [];
    }
  });
}

function list(node: List, link: LinkResolver, level: number): Paragraph[] {
  return node.children.flatMap((item) =>
    item.children.flatMap((child, i): (Paragraph | Table)[] => {
      if (child.type === 'paragraph') {
        return [
          new Paragraph({
            children: runs(child.children, link),
            ...(i === 0
              ? node.ordered
                ? { numbering: { reference: 'numbered', level } }
                : { bullet: { level } }
              : { indent: { left: 720 * (level + 1) } }),
          }),
        ];
      }
      if (child.type === 'list') return list(child, link, level + 1);
      return blocks([child], link);
    }),
  ) as Paragraph[];
}

function quote(node: Blockquote, link: LinkResolver): Paragraph[] {
  return node.children.flatMap((child) =>
    child.type === 'paragraph' ? [new Paragraph({ children: runs(child.children, link, { italics: true }), indent: { left: 720 } })] : [],
  );
}

function table(node: MdTable, link: LinkResolver): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: node.children.map(
      (row, r) =>
        new TableRow({
          // Only the first row repeats as a header; docx writes `false` as a header mark too.
          ...(r === 0 ? { tableHeader: true } : {}),
          children: row.children.map(
            (cell) => new TableCell({ children: [new Paragraph({ children: runs(cell.children, link, r === 0 ? { bold: true } : {}) })] }),
          ),
        }),
    ),
  });
}

function blocks(nodes: readonly RootContent[], link: LinkResolver, headingShift = 0): (Paragraph | Table)[] {
  return nodes.flatMap((node): (Paragraph | Table)[] => {
    switch (node.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: HEADINGS[Math.min(HEADINGS.length - 1, node.depth - 1 + headingShift)] ?? HeadingLevel.HEADING_4,
            children: runs(node.children, link),
          }),
        ];
      case 'paragraph':
        return [new Paragraph({ children: runs(node.children, link) })];
      case 'list':
        return list(node, link, 0);
      case 'blockquote':
        return quote(node, link);
      case 'table':
        return [table(node, link)];
      case 'thematicBreak':
        return [new Paragraph({ text: '' })];
      default:
        return [];
    }
  });
}

/** The blocks of a Markdown text. `headingShift` moves "## x" down a level inside a larger document. */
export function markdownBlocks(markdown: string, link: LinkResolver, headingShift = 0): (Paragraph | Table)[] {
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return blocks(tree.children, link, headingShift);
}
