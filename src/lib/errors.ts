/**
 * One shape for every content mistake: the file, the field, what was expected, what was
 * found, how to fix it, and the id of the check that caught it. Schema errors (from zod)
 * and curriculum rule errors print the same way, so an author learns one format:
 *
 *   content/modules/first.mdx → agenda[1].kind: expected …; found "lecture". Fix: … [field-one-of]
 */

export type Severity = 'error' | 'warning';

export interface ContentProblem {
  /** Path of the content file from the project root, e.g. `content/modules/relationships.mdx`. */
  file: string;
  /** The field inside the file, e.g. `agenda[2].minutes`; `(file)` when the whole file is at fault. */
  field: string;
  expected: string;
  found: string;
  fix: string;
  /** Id of the check: a schema field rule (`field-text`, `src/schemas/fields.ts`) or a curriculum rule (`src/lib/rules.ts`). */
  rule: string;
  severity: Severity;
}

/** Formats a problem on one line: `file → field: expected …; found …. Fix: … [rule]` */
export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${problem.file} → ${problem.field}: expected ${problem.expected}; found ${problem.found}. Fix: ${problem.fix} [${problem.rule}]`;
}

/** Problems sorted by file (a folder-wide problem before the folder's files), then as found. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.file < b.problem.file ? -1 : a.problem.file > b.problem.file ? 1 : a.index - b.index))
    .map(({ problem }) => problem);
}

/** The heading above a list of problems: `The curriculum content has 2 problems:`. */
export function reportHeading(count: number): string {
  return `The curriculum content has ${count === 1 ? '1 problem' : `${count} problems`}:`;
}

/** A whole report: the heading, then one line per problem, sorted by file. Empty when there are none. */
export function formatReport(problems: readonly ContentProblem[]): string {
  if (problems.length === 0) return '';
  return [reportHeading(problems.length), ...sortProblems(problems).map(formatProblem)].join('\n');
}

/** Thrown when content breaks a rule; its message is the whole report, one problem per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Turns a path from a schema error (`['agenda', 2, 'minutes']`) into `agenda[2].minutes`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(file)' : out;
}

/** A schema issue as zod reports it (the parts this module reads). */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

const messageShape = /^expected (.+?); found (.+?)\. Fix: (.+) \[([a-z-]+)\]$/s;

/** Splits a field builder's message (`expected …; found …. Fix: … [rule]`) into its parts. */
function fromMessage(file: string, field: string, message: string): ContentProblem {
  const parts = messageShape.exec(message);
  if (!parts) {
    // Only a schema built without the field builders of src/schemas/fields.ts gets here.
    return {
      file,
      field,
      expected: 'a valid value',
      found: `something else (${message})`,
      fix: 'compare the field with the schema in src/schemas/.',
      rule: 'field-other',
      severity: 'error',
    };
  }
  const [, expected = '', found = '', fix = '', rule = ''] = parts;
  return { file, field, expected, found, fix, rule, severity: 'error' };
}

/**
 * Turns the schema issues of one file into problems, once each (zod can report one mistake
 * twice). An unknown field is reported at its own path (`agenda[1].shrinkto`, or `titel`
 * at the top of the file), one problem per field.
 */
export function schemaProblems(file: string, issues: readonly SchemaIssue[]): ContentProblem[] {
  const out = new Map<string, ContentProblem>();
  for (const issue of issues) {
    const lines = issue.message.split('\n');
    const perKey = issue.code === 'unrecognized_keys' && issue.keys !== undefined && issue.keys.length === lines.length;
    lines.forEach((line, i) => {
      const key = perKey ? issue.keys?.[i] : undefined;
      const problem = fromMessage(file, fieldPath(key === undefined ? issue.path : [...issue.path, key]), line);
      out.set(formatProblem(problem), problem);
    });
  }
  return withoutRenamedConsequences([...out.values()]);
}

const suggestion = /^did you mean "([^"]+)"\?/;

/**
 * A misspelt required field is reported twice by zod: the unknown spelling and the missing
 * field. When the unknown field's fix already names the missing one ("did you mean
 * "summary"?"), the second line is the same mistake; keep only the first.
 */
function withoutRenamedConsequences(problems: ContentProblem[]): ContentProblem[] {
  const renamed = new Set<string>();
  for (const problem of problems) {
    const near = problem.rule === 'field-unknown' ? suggestion.exec(problem.fix)?.[1] : undefined;
    if (near === undefined) continue;
    const parent = problem.field.includes('.') ? problem.field.slice(0, problem.field.lastIndexOf('.') + 1) : '';
    renamed.add(`${parent}${near}`);
  }
  return problems.filter((p) => !(renamed.has(p.field) && p.found === 'nothing (the field is missing)'));
}
