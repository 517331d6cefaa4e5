/**
 * One shape for every content mistake: the file, the field, what was expected, what was
 * found, and how to fix it. Schema errors (from zod) and curriculum rule errors print the
 * same way, so an author learns one format.
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
  severity: Severity;
}

/** Formats a problem on one line: `file → field: expected …; found …. Fix: …` */
export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${problem.file} → ${problem.field}: expected ${problem.expected}; found ${problem.found}. Fix: ${problem.fix}`;
}

/** Thrown when content breaks a rule; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The curriculum content has ${count}:\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`);
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

/**
 * Formats one schema issue. Field builders in `src/schemas/fields.ts` write messages as
 * `expected …; found …. Fix: …`; anything else (an unknown field, say) is wrapped so the
 * line still reads the same way.
 */
export function formatSchemaIssue(
  file: string,
  issue: { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] },
): string {
  const field = fieldPath(issue.path);
  if (issue.message.startsWith('expected ')) return `${file} → ${field}: ${issue.message}`;
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `${file} → ${field}: expected only the documented fields; found ${issue.keys.map((k) => `"${k}"`).join(', ')}. Fix: check the spelling against the schema in src/schemas/, or remove the field.`;
  }
  return `${file} → ${field}: expected a valid value; found something else (${issue.message}). Fix: compare the field with the schema in src/schemas/.`;
}

/** Formats every schema issue of one file, once each (zod can report one mistake twice). */
export function formatSchemaIssues(file: string, issues: readonly Parameters<typeof formatSchemaIssue>[1][]): string[] {
  return [...new Set(issues.map((issue) => formatSchemaIssue(file, issue)))];
}
