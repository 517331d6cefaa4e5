/**
 * HTML helpers for the benchmark: the words of a page's `<main>` as plain Markdown, to build a
 * bare Starlight site with the same words. (What a page loads is read by `loadedCode` in
 * src/lib/html.ts.)
 * A small tokenizer is enough: it only reads what Astro itself wrote.
 */
import { decodeEntities } from '../../src/lib/html.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text is not words on the page. */
const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript', 'textarea']);
/**
 * Starlight's own navigation inside `<main>`: the "Section titled …" label of heading anchors and
 * the previous/next links. Left out, so both sites' word counts measure the same content.
 */
const CHROME = /\bclass="[^"]*\b(sl-anchor-link|pagination-links)\b/;
/** Elements that end a run of text: each becomes its own Markdown paragraph. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'label',
  'legend',
  'li',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'select',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Escapes text so Markdown renders it as the same plain text. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~!&]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;

export interface PageText {
  /** The first `<h1>`, which Starlight renders from the `title` frontmatter. */
  title: string;
  /** Markdown: headings as `##`, every other block of text as a paragraph. */
  markdown: string;
  words: number;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The visible text of the page's `<main>`: headings as Markdown headings; paragraphs, list items,
 * table cells and other blocks as paragraphs of plain text. Skips scripts, styles, SVG,
 * `hidden` elements and Starlight's navigation. Returns undefined for a page without `<main>`.
 */
export function mainText(html: string): PageText | undefined {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return undefined;
  const source = html.slice(start, end);
  const blocks: string[] = [];
  let title: string | undefined;
  let buffer = '';
  let heading = 0;
  let hidden: { tag: string; depth: number } | undefined;
  let words = 0;

  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (!text) return;
    words += countWords(text);
    if (heading === 1 && title === undefined) title = text;
    else if (heading > 0) blocks.push(`${'#'.repeat(heading)} ${escapeMarkdown(text)}`);
    else blocks.push(escapeMarkdown(text));
  };

  let at = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match; match = TOKEN.exec(source)) {
    if (!hidden) buffer += decodeEntities(source.slice(at, match.index));
    at = TOKEN.lastIndex;
    const [whole, closing, rawName, attributes = ''] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (SKIP.has(name) && !closing && !whole.endsWith('/>')) {
      // Raw text (or markup that is not words): jump past the matching end tag.
      const close = source.toLowerCase().indexOf(`</${name}`, at);
      const after = close < 0 ? source.length : source.indexOf('>', close) + 1;
      at = after;
      TOKEN.lastIndex = after;
      continue;
    }
    if (hidden) {
      if (name === hidden.tag && !VOID.has(name)) hidden.depth += closing ? -1 : 1;
      if (hidden.depth === 0) hidden = undefined;
      continue;
    }
    if (!closing && (/(^|\s)hidden(\s|=|$)/.test(attributes) || CHROME.test(attributes)) && !VOID.has(name)) {
      hidden = { tag: name, depth: 1 };
      continue;
    }
    const level = /^h([1-6])$/.exec(name)?.[1];
    if (level) {
      flush();
      heading = closing ? 0 : Number(level);
    } else if (BLOCK.has(name)) {
      flush();
    } else if (name === 'img' && !closing) {
      // Alternative text is read out as words.
      const alt = /\balt="([^"]*)"/.exec(attributes)?.[1];
      if (alt) buffer += ` ${decodeEntities(alt)} `;
    }
  }
  if (!hidden) buffer += decodeEntities(source.slice(at));
  flush();
  if (title === undefined) return undefined;
  return { title, markdown: blocks.join('\n\n'), words };
}

/** The page's `<meta name="description">`, decoded, if it has one. */
export function metaDescription(html: string): string | undefined {
  const tag = /<meta\b[^>]*\bname="description"[^>]*>/i.exec(html)?.[0];
  const content = tag ? /\bcontent="([^"]*)"/i.exec(tag)?.[1] : undefined;
  return content === undefined ? undefined : decodeEntities(content);
}

/** Words in the page's `<main>` (the same count `mainText` reports). */
export function mainWords(html: string): number {
  return mainText(html)?.words ?? 0;
}
