/**
 * What a worksheet page lays out, computed once for Worksheet.astro: each section with its key
 * (the name its answers are saved under), the drawings with what they read, the blank drawing
 * printed on paper, and the shape the page script checks answers against.
 */
import { sectionKey, worksheetShape, type SectionInput, type WorksheetShape } from './worksheet-answers.ts';
import {
  drawFrom,
  drawingSpec,
  type Diagram,
  type DiagramWords,
  type DrawingSectionInput,
  type DrawingSpec,
} from './worksheet-drawings.ts';

export type WorksheetSectionInput = SectionInput & DrawingSectionInput & { prompt: string };

export interface SectionView {
  key: string;
  heading: string;
  prompt: string;
  kind: SectionInput['kind'];
  rows: number;
  columns: readonly string[];
  rowHeadings: readonly string[];
  /** A drawing's diagram and the tables it reads; undefined for a box drawn by hand. */
  spec?: DrawingSpec;
  /** A drawing on paper: the diagram with no answers (the power map's empty grid), in a box `rows` lines high. */
  blank?: Diagram;
}

export interface WorksheetView {
  shape: WorksheetShape;
  sections: SectionView[];
}

/** Height of one writing line in a drawing box, in the drawing's units (560 wide). */
const LINE = 40;

export function worksheetView(id: string, title: string, sections: readonly WorksheetSectionInput[], words: DiagramWords): WorksheetView {
  const shape = worksheetShape(id, title, sections);
  const keys = new Map<number, string>();
  let answered = 0;
  sections.forEach((section, i) => {
    if (section.kind === 'drawing') keys.set(i, `${sectionKey(section.heading)}-drawing-${i}`);
    else keys.set(i, shape.sections[answered++]?.key ?? sectionKey(section.heading));
  });
  return {
    shape,
    sections: sections.map((section, i): SectionView => {
      const view: SectionView = {
        key: keys.get(i) ?? sectionKey(section.heading),
        heading: section.heading,
        prompt: section.prompt,
        kind: section.kind,
        rows: section.rows,
        columns: section.columns,
        rowHeadings: section.rowHeadings,
      };
      if (section.kind !== 'drawing') return view;
      const result = drawingSpec(sections, i, (heading) => sectionKey(heading));
      // The table keys in a spec must be the saved keys (a repeated heading gets -2).
      const spec =
        'spec' in result
          ? {
              ...result.spec,
              sources: result.spec.sources.map((source, s) => {
                const table = sections.findIndex((t) => t.kind === 'table' && t.heading === section.from[s]?.table);
                return { ...source, key: keys.get(table) ?? source.key };
              }),
            }
          : undefined;
      const drawn = spec ? drawFrom(spec, {}, words) : { width: 560, height: 0, shapes: [], summary: [] };
      const height = Math.max(drawn.height, section.rows * LINE);
      return { ...view, ...(spec ? { spec } : {}), blank: { ...drawn, height } };
    }),
  };
}
