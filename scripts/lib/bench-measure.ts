/**
 * What a build ships: HTML per page, the JavaScript and CSS each page loads up front (raw and
 * gzip), per page type, and the Pagefind index.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { files, htmlFiles, loadedCode, sitePath } from '../../src/lib/html.ts';
import { mainWords } from './bench-html.ts';
import { TOOLS, type PageJsGroup, type SizeSummary } from './bench-results.ts';
import { pageType, type PageType } from './page-types.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageSizes {
  path: string;
  type: PageType;
  html: Bytes;
  /** Script files (with their static imports) plus inline scripts. */
  js: Bytes;
  /** Linked stylesheets plus inline `<style>`. */
  css: Bytes;
  /** The script files, as paths in dist, for reports. */
  scripts: string[];
  words: number;
}

export interface TypeSizes {
  type: PageType;
  pages: number;
  /** The page the JS and CSS columns describe when pages differ: the one with the most JS. */
  heaviest: string;
  html: Bytes;
  htmlMax: Bytes;
  js: Bytes;
  jsMax: Bytes;
  css: Bytes;
}

export interface SiteSizes {
  pages: number;
  distBytes: number;
  words: number;
  html: { median: Bytes; max: Bytes; maxPath: string; total: Bytes };
  types: TypeSizes[];
  pagefind: { files: number; bytes: number };
  perPage: PageSizes[];
}

export const gz = (data: string | Buffer) => gzipSync(data).length;

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? 0;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

const medianBytes = (list: Bytes[]): Bytes => ({ raw: median(list.map((b) => b.raw)), gzip: median(list.map((b) => b.gzip)) });
const maxBy = <T>(list: T[], key: (t: T) => number): T => list.reduce((a, b) => (key(b) > key(a) ? b : a));

/** Measures every page of a build in `dist`. */
export function measureSite(dist: string): SiteSizes {
  const gzipOfFile = new Map<string, number>();
  const fileGzip = (file: string, bytes: Buffer) => {
    let size = gzipOfFile.get(file);
    if (size === undefined) {
      size = gz(bytes);
      gzipOfFile.set(file, size);
    }
    return size;
  };
  const perPage: PageSizes[] = htmlFiles(dist).map((file) => {
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const code = loadedCode(dist, text);
    const inlineJs = code.inlineScripts.join('\n');
    const inlineCss = code.inlineStyles.join('\n');
    const path = sitePath(dist, file);
    return {
      path,
      type: pageType(path),
      html: { raw: html.length, gzip: gz(html) },
      js: {
        raw: code.scriptFiles.reduce((s, f) => s + f.bytes.length, 0) + Buffer.byteLength(inlineJs),
        gzip: code.scriptFiles.reduce((s, f) => s + fileGzip(f.file, f.bytes), 0) + (inlineJs ? gz(inlineJs) : 0),
      },
      css: {
        raw: code.styleFiles.reduce((s, f) => s + f.bytes.length, 0) + Buffer.byteLength(inlineCss),
        gzip: code.styleFiles.reduce((s, f) => s + fileGzip(f.file, f.bytes), 0) + (inlineCss ? gz(inlineCss) : 0),
      },
      scripts: code.scriptFiles.map((f) => f.file.slice(dist.length)),
      words: mainWords(text),
    };
  });
  if (perPage.length === 0) throw new Error(`No HTML pages in ${dist}; did the build write somewhere else?`);

  const byType = new Map<PageType, PageSizes[]>();
  for (const page of perPage) byType.set(page.type, [...(byType.get(page.type) ?? []), page]);
  const types: TypeSizes[] = [...byType].map(([type, pages]) => {
    const heaviest = maxBy(pages, (p) => p.js.gzip);
    const largest = maxBy(pages, (p) => p.html.gzip);
    return {
      type,
      pages: pages.length,
      heaviest: heaviest.path,
      html: medianBytes(pages.map((p) => p.html)),
      htmlMax: largest.html,
      js: medianBytes(pages.map((p) => p.js)),
      jsMax: heaviest.js,
      css: medianBytes(pages.map((p) => p.css)),
    };
  });

  const all = files(dist);
  const pagefindFiles = files(join(dist, 'pagefind'));
  const largest = maxBy(perPage, (p) => p.html.gzip);
  return {
    pages: perPage.length,
    distBytes: all.reduce((s, f) => s + statSync(f).size, 0),
    words: perPage.reduce((s, p) => s + p.words, 0),
    html: {
      median: medianBytes(perPage.map((p) => p.html)),
      max: largest.html,
      maxPath: largest.path,
      total: { raw: perPage.reduce((s, p) => s + p.html.raw, 0), gzip: perPage.reduce((s, p) => s + p.html.gzip, 0) },
    },
    types,
    pagefind: { files: pagefindFiles.length, bytes: pagefindFiles.reduce((s, f) => s + statSync(f).size, 0) },
    perPage,
  };
}

/** The sizes without the per-page list, for the results file. */
export function summary(sizes: SiteSizes): SizeSummary {
  const { perPage, ...rest } = sizes;
  void perPage;
  return rest;
}

/** "/_astro/page.cNngjUgL.js" → "page.js": script names without Vite's content hash. */
const scriptName = (file: string) => (file.split('/').pop() ?? file).replace(/\.[\w-]{8}\.js$/, '.js');

/** Groups this site's pages by type, tool and JavaScript, against bare Starlight's content page. */
export function groupPageJs(ours: SiteSizes, bare: SiteSizes, bareJsGzip: number): PageJsGroup[] {
  const bareScripts = new Set(bare.perPage.flatMap((p) => p.scripts.map(scriptName)));
  const groups = new Map<string, PageJsGroup>();
  for (const page of ours.perPage) {
    if (page.type === 'not-found') continue;
    const tool = TOOLS.find((t) => t.matches(page))?.name ?? null;
    const key = `${page.type}|${tool}|${page.js.gzip}`;
    const group = groups.get(key) ?? {
      type: page.type,
      tool,
      jsGzip: page.js.gzip,
      extraGzip: page.js.gzip - bareJsGzip,
      pages: 0,
      examples: [],
      extraFiles: page.scripts.map(scriptName).filter((n) => !bareScripts.has(n)),
    };
    group.pages += 1;
    if (group.examples.length < 3) group.examples.push(page.path);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.extraGzip - a.extraGzip);
}
