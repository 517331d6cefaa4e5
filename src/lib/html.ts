/** Small readers of built HTML shared by the build (CSP), the benchmark and the tests. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file under `dir` (none when it does not exist). */
export function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every HTML file under `dir`, sorted. */
export const htmlFiles = (dir: string): string[] =>
  files(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();

/** Site path of a built HTML file: "index.html" → "/", "a/b/index.html" → "/a/b/", "404.html" → "/404.html". */
export function sitePath(dist: string, file: string): string {
  const rel = relative(dist, file).split('\\').join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  times: '×',
  copy: '©',
};

/** Decodes character references (named, decimal, hex) in text or an attribute value. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Script types a browser runs, from a `<script>` tag's attributes. JSON and other data blocks are not code. */
export function isExecutable(attributes: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

export interface Asset {
  file: string;
  bytes: Buffer;
}

/** Resolves a URL in a built page ("/_astro/x.js", "./y.js" relative to a built file) to a file in dist. */
function resolveAsset(dist: string, url: string, fromFile?: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined; // another host: not part of the site
  const clean = url.split(/[?#]/)[0] ?? '';
  const file = clean.startsWith('/') ? join(dist, clean) : join(fromFile ? dirname(fromFile) : dist, clean);
  return existsSync(file) ? file : undefined;
}

/** Static imports in a JavaScript module: `import … from "./x.js"` and `import "./x.js"` (not `import("…")`). */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']((?:\.{1,2}\/|\/)[^"']+\.m?js)["']/g;

const attr = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attributes)?.[1];

export interface LoadedCode {
  /** Script files the page loads up front, with every module they import statically. */
  scriptFiles: Asset[];
  /** Text of the inline scripts the browser runs. */
  inlineScripts: string[];
  /** Linked stylesheets (print stylesheets included: browsers download them too). */
  styleFiles: Asset[];
  /** Text of inline `<style>` elements. */
  inlineStyles: string[];
}

/** The JavaScript and CSS a built page loads before any interaction. */
export function loadedCode(dist: string, html: string): LoadedCode {
  const scripts = new Map<string, Buffer>();
  const follow = (file: string) => {
    if (scripts.has(file)) return;
    const bytes = readFileSync(file);
    scripts.set(file, bytes);
    for (const [, url = ''] of bytes.toString('utf8').matchAll(STATIC_IMPORT)) {
      const imported = resolveAsset(dist, url, file);
      if (imported) follow(imported);
    }
  };
  const inlineScripts: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!isExecutable(attributes)) continue;
    const src = attr(attributes, 'src');
    if (src !== undefined) {
      const file = resolveAsset(dist, src);
      if (file) follow(file);
      continue;
    }
    inlineScripts.push(body);
    for (const [, url = ''] of body.matchAll(STATIC_IMPORT)) {
      const file = resolveAsset(dist, url);
      if (file) follow(file);
    }
  }
  const styles = new Map<string, Buffer>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
    const href = attr(tag, 'href');
    if (href === undefined) continue;
    const file = resolveAsset(dist, href);
    if (!file) continue;
    if (rel.split(/\s+/).includes('stylesheet') && !styles.has(file)) styles.set(file, readFileSync(file));
    if (rel.split(/\s+/).includes('modulepreload')) follow(file);
  }
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(([, body = '']) => body);
  const asAssets = (map: Map<string, Buffer>) => [...map].map(([file, bytes]) => ({ file, bytes }));
  return { scriptFiles: asAssets(scripts), inlineScripts, styleFiles: asAssets(styles), inlineStyles };
}
