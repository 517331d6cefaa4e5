/**
 * Finds interface text written straight into templates and client scripts instead of coming
 * from the i18n dictionary (`src/content/i18n/en.json`, read with `Astro.locals.t`).
 *
 * - `.astro` files are parsed with Astro's own compiler: every text node (also inside
 *   `{cond && <p>…</p>}`) and every string value of an attribute people read or hear
 *   (`aria-label`, `title`, `alt`, `placeholder`, `label`, `value`…) that contains a letter
 *   is reported. `<script>` and `<style>` bodies are code, not text.
 * - Client `.ts` scripts are read line by line for string literals that reach the page:
 *   `textContent =`, `innerText =`, `innerHTML =`, `setAttribute('aria-label', 'Text')`,
 *   `.title =`, `.placeholder =`, `alert(…)`, `confirm(…)`.
 */
import { parse } from '@astrojs/compiler-rs';

/** One piece of hard-coded interface text. */
export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Attributes whose value is read or heard by people. */
export const readableAttributes: ReadonlySet<string> = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
  'value',
  'content',
]);

/**
 * Text allowed in a template, each for a reason. Matched against the trimmed text.
 * Keep it short: a word here is a word a Spanish edition cannot translate.
 */
export const allowedText: ReadonlyMap<string, string> = new Map([
  // Nothing yet: every word a reader sees comes from the dictionary.
]);

/** Elements whose children are code or data, never text for people. */
const codeElements = new Set(['script', 'style']);

const hasLetter = /\p{L}/u;

interface Node {
  type?: unknown;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function elementName(element: Node): string {
  const opening = element['openingElement'];
  if (!isNode(opening)) return '';
  const name = opening['name'];
  return isNode(name) && typeof name['name'] === 'string' ? name['name'] : '';
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source[i] === '\n') line++;
  return line;
}

function offsetOf(node: Node): number {
  const start = node['start'];
  return typeof start === 'number' ? start : 0;
}

/** Is this text allowed (no letter at all, or on the allow-list)? */
export function isAllowed(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return !hasLetter.test(trimmed) || allowedText.has(trimmed);
}

/** Hard-coded interface text in one `.astro` source. */
export function scanAstro(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  const report = (node: Node, text: string) => {
    if (isAllowed(text)) return;
    findings.push({ file, line: lineOf(source, offsetOf(node)), text: text.replace(/\s+/g, ' ').trim() });
  };
  const visit = (value: unknown, insideCode: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, insideCode);
      return;
    }
    if (!isNode(value)) return;
    if (value.type === 'AstroFrontmatter') return;
    if (value.type === 'JSXText' && !insideCode && typeof value['value'] === 'string') report(value, value['value']);
    if (value.type === 'JSXAttribute') {
      const name = value['name'];
      const attribute = isNode(name) && typeof name['name'] === 'string' ? name['name'] : '';
      const literal = value['value'];
      if (readableAttributes.has(attribute) && isNode(literal) && literal.type === 'Literal' && typeof literal['value'] === 'string') {
        report(literal, literal['value']);
      }
    }
    const childInsideCode = insideCode || (value.type === 'JSXElement' && codeElements.has(elementName(value)));
    for (const [key, child] of Object.entries(value)) {
      if (key === 'children') visit(child, childInsideCode);
      else if (typeof child === 'object') visit(child, insideCode);
    }
  };
  const { ast } = parse(source) as { ast: unknown };
  visit(ast, false);
  return findings;
}

/** Patterns in client code that put a string literal on the page. */
const domSinks: readonly RegExp[] = [
  /\.(?:textContent|innerText|innerHTML|outerHTML|title|placeholder|alt|ariaLabel|value)\s*\+?=\s*(['"`])((?:(?!\1).)*)\1/g,
  /setAttribute\(\s*['"](?:aria-[a-z]+|title|alt|placeholder|label|value)['"]\s*,\s*(['"`])((?:(?!\1).)*)\1/g,
  /\b(?:alert|confirm|prompt)\(\s*(['"`])((?:(?!\1).)*)\1/g,
];

/** Hard-coded interface text in one client script. */
export function scanClientScript(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  source.split('\n').forEach((lineText, index) => {
    for (const sink of domSinks) {
      for (const match of lineText.matchAll(sink)) {
        const literal = (match[2] ?? '').replace(/\$\{[^}]*\}/g, '');
        if (!isAllowed(literal)) findings.push({ file, line: index + 1, text: literal.trim() });
      }
    }
  });
  return findings;
}

/** "src/x.astro:12 “Text”", one line per finding. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line} “${f.text}” — move it to src/content/i18n/en.json and read it with t()`).join('\n');
}
