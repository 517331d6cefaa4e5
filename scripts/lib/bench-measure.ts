/**
 * What a build ships: reads every page of a build (HTML, the JavaScript and CSS it loads up
 * front) and the Pagefind index. The arithmetic is in bench-stats.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { files, htmlFiles, loadedCode, sitePath } from '../../src/lib/html.ts';
import { mainWords } from './bench-html.ts';
import { gz, maxBy, medianBytes, sumBytes, typeSizes } from './bench-stats.ts';
import { pageType } from './page-types.ts';
import type { PageSizes, SiteSizes, SizeSummary } from './bench-results.ts';

/** Measures every page of a build in `dist`. */
export function measureSite(dist: string): SiteSizes {
  const gzipOfFile = new Map<string, number>();
  const fileGzip = (file: string, bytes: Buffer) => {
    const size = gzipOfFile.get(file) ?? gz(bytes);
    gzipOfFile.set(file, size);
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
      total: sumBytes(perPage.map((p) => p.html)),
    },
    types: typeSizes(perPage),
    pagefind: { files: pagefindFiles.length, bytes: pagefindFiles.reduce((s, f) => s + statSync(f).size, 0) },
    perPage,
  };
}

/** The sizes without the per-page list, for the results file. */
export function summary(sizes: SiteSizes): SizeSummary {
  const { pages, distBytes, words, html, types, pagefind } = sizes;
  return { pages, distBytes, words, html, types, pagefind };
}
