/**
 * Finds interface text written straight into templates and client scripts instead of coming
 * from the i18n dictionary (`src/content/i18n/en.json`, read with `Astro.locals.t`).
 *
 * - `.astro` files are parsed with Astro's own compiler. Reported when they contain a letter:
 *   every text node (also inside `{cond && <p>…</p>}`); every string value of an attribute
 *   people read or hear (`aria-label`, `title`, `alt`, `placeholder`, `label`, `value`…);
 *   every string prop of a component (`<LinkList empty="…">`) but its technical ones
 *   (`class`, `id`, `href`…); every string or template literal given to a property that
 *   names text (`title:`, `description:`, `text:`, `label:`…, as in
 *   `frontmatter={{ title: '…' }}` or a headings list), in the markup or the frontmatter.
 *   `<style>` bodies are code; `<script>` bodies are checked as client scripts (below);
 *   `<script type="application/json">` is data.
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
  'content',
]);

/** `value` is text only on the buttons an `<input>` draws; on `<option>` or a checkbox it is a code. */
const buttonInputTypes = new Set(['submit', 'button', 'reset']);

/**
 * Text allowed in a template, each for a reason. Matched against the trimmed text.
 * Keep it short: a word here is a word a Spanish edition cannot translate.
 */
export const allowedText: ReadonlyMap<string, string> = new Map([
  // Key caps the page's own script binds (run mode: E extend, P projector, A apply cuts; the
  // search dialog: Ctrl+K). The key is the same in every language, and a translated label
  // would no longer match the key that works.
  ['E', 'run mode key: extend'],
  ['P', 'run mode key: projector view'],
  ['A', 'run mode key: apply cuts'],
  ['K', 'search dialog key: Ctrl+K'],
]);

/** Props of components that carry code values (class names, ids, addresses), never text. */
export const technicalProps: ReadonlySet<string> = new Set([
  'class',
  'id',
  'href',
  'slot',
  'name',
  'type',
  'variant',
  'icon',
  'agendaId',
  'prefix',
  'lang',
]);

/** Object properties whose value is text for people (page titles, headings, button texts). */
export const textProperties: ReadonlySet<string> = new Set([
  'title',
  'description',
  'tagline',
  'text',
  'label',
  'caption',
  'heading',
  'empty',
  'note',
  'meta',
  'what',
  'message',
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

function propertyName(node: Node): string {
  const key = node['key'];
  if (!isNode(key)) return '';
  if (typeof key['name'] === 'string') return key['name'];
  return typeof key['value'] === 'string' ? key['value'] : '';
}

function attributeOf(element: Node, name: string): unknown {
  const opening = element['openingElement'];
  const attributes = isNode(opening) ? opening['attributes'] : undefined;
  if (!Array.isArray(attributes)) return undefined;
  for (const attribute of attributes as unknown[]) {
    if (!isNode(attribute) || !isNode(attribute['name']) || attribute['name']['name'] !== name) continue;
    const value = attribute['value'];
    return isNode(value) ? value['value'] : undefined;
  }
  return undefined;
}

/** The text of a string literal, or of a template literal without its `${…}` parts. */
function literalText(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Literal' && typeof node['value'] === 'string') return node['value'];
  if (node.type === 'TemplateLiteral' && Array.isArray(node['quasis'])) {
    return (node['quasis'] as unknown[])
      .map((quasi) =>
        isNode(quasi) && isNode(quasi['value']) && typeof quasi['value']['cooked'] === 'string' ? quasi['value']['cooked'] : '',
      )
      .join(' ');
  }
  return undefined;
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
  const visit = (value: unknown, insideCode: boolean, element?: Node): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, insideCode, element);
      return;
    }
    if (!isNode(value)) return;
    if (value.type === 'JSXText' && !insideCode && typeof value['value'] === 'string') report(value, value['value']);
    if (value.type === 'JSXAttribute') {
      const name = value['name'];
      const attribute = isNode(name) && typeof name['name'] === 'string' ? name['name'] : '';
      const literal = value['value'];
      const text = isNode(literal) && literal.type === 'Literal' && typeof literal['value'] === 'string' ? literal['value'] : undefined;
      const tag = element ? elementName(element) : '';
      const component = /^[A-Z]/.test(tag);
      const buttonValue =
        attribute === 'value' && tag === 'input' && element !== undefined && buttonInputTypes.has(String(attributeOf(element, 'type')));
      const readable =
        readableAttributes.has(attribute) || buttonValue || (component && !technicalProps.has(attribute) && !attribute.includes(':'));
      if (text !== undefined && isNode(literal) && readable) report(literal, text);
    }
    if (value.type === 'Property' && textProperties.has(propertyName(value))) {
      const text = literalText(value['value']);
      if (text !== undefined && isNode(value['value'])) report(value['value'], text);
    }
    if (value.type === 'JSXElement' && elementName(value) === 'script' && attributeOf(value, 'type') !== 'application/json') {
      const opening = value['openingElement'];
      const closing = value['closingElement'];
      const from = isNode(opening) && typeof opening['end'] === 'number' ? opening['end'] : 0;
      const to = isNode(closing) && typeof closing['start'] === 'number' ? closing['start'] : from;
      const body = source.slice(from, to);
      const first = lineOf(source, from) - 1;
      for (const finding of scanClientScript(file, body)) findings.push({ ...finding, line: finding.line + first });
    }
    const tag = value.type === 'JSXElement' ? elementName(value) : '';
    const childInsideCode = insideCode || codeElements.has(tag);
    for (const [key, child] of Object.entries(value)) {
      if (key === 'children') visit(child, childInsideCode);
      else if (key === 'openingElement') visit(child, insideCode, value);
      else if (typeof child === 'object')
        visit(child, insideCode, value.type === 'JSXOpeningElement' && key === 'attributes' ? element : undefined);
    }
  };
  const { ast } = parse(source) as { ast: unknown };
  visit(ast, false);
  return findings;
}

/** Patterns in client code that put a string literal on the page. */
const domSinks: readonly RegExp[] = [
  /\.(?:textContent|innerText|innerHTML|outerHTML|title|placeholder|alt|ariaLabel|value)\s*\+?=\s*(['"`])((?:(?!\1).)*)\1/g,
  /setAttribute\(\s*['"](?:aria-(?:label|description|placeholder|roledescription|valuetext)|title|alt|placeholder|label)['"]\s*,\s*(['"`])((?:(?!\1).)*)\1/g,
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
