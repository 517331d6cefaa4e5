/**
 * The build's rules for worksheets, run with the curriculum rules (src/lib/rules.ts): a drawing
 * that draws a diagram reads tables that exist above it, by their real column headings; row
 * headings belong to tables. Pure: it returns problems in the one shape (src/lib/errors.ts).
 */
import type { ContentProblem } from './errors.ts';
import type { ActivityData, Entry } from './content-types.ts';
import { sectionKey } from './worksheet-answers.ts';
import { drawingSpec } from './worksheet-drawings.ts';

export const worksheetRules = {
  'worksheet-drawing-reads-a-table':
    'A worksheet drawing with a `diagram` reads table sections above it (`from`), by their column headings, as many as the diagram needs.',
  'worksheet-row-headings-in-a-table': 'Only a `table` section has `rowHeadings`, and it has a column for them and one more to fill in.',
} as const;
export type WorksheetRule = keyof typeof worksheetRules;

export function checkWorksheets(activities: readonly Entry<ActivityData>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, data } of activities) {
    const { sections } = data.worksheet;
    sections.forEach((section, i) => {
      const at = `worksheet.sections[${i}]`;
      const result = drawingSpec(sections, i, sectionKey);
      if ('problem' in result) {
        const { field, expected, found, fix } = result.problem;
        problems.push({ file, field: `${at}.${field}`, expected, found, fix, rule: 'worksheet-drawing-reads-a-table', severity: 'error' });
      }
      if (section.rowHeadings.length > 0 && (section.kind !== 'table' || section.columns.length < 2)) {
        problems.push({
          file,
          field: `${at}.rowHeadings`,
          expected: 'row headings only in a table with at least 2 columns (the first holds them)',
          found: section.kind === 'table' ? `a table with ${section.columns.length} column` : `a ${section.kind} section`,
          fix:
            section.kind === 'table'
              ? 'add a column for the row headings and one to fill in.'
              : 'remove rowHeadings, or make the section kind: table.',
          rule: 'worksheet-row-headings-in-a-table',
          severity: 'error',
        });
      }
    });
  }
  return problems;
}
