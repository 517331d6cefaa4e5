import { describe, expect, it } from 'vitest';
import { cacheKey, escapeHtml, linkedStyles, pageOfFile, pdfRequestOf, planJobs } from '../../scripts/lib/pdf-jobs.ts';
import { pdfHead, readPdfRequest, type PdfRequest } from '../../src/lib/print-files.ts';

/** The tag as Astro writes it: the content attribute HTML-escaped. */
const tagOf = (request: PdfRequest) => {
  const { name, content } = pdfHead(request).attrs;
  return `<meta name="${name}" content="${content.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
};
const pack: PdfRequest = { stem: 'opening-facilitator-pack', papers: ['letter', 'a4'], footer: 'Facilitator pack · "Opening" & more' };

describe('a page asks for PDFs', () => {
  it('round-trips the request through the built HTML', () => {
    const html = `<html><head>${tagOf(pack)}<link rel="stylesheet" href="/_astro/a.css"></head></html>`;
    expect(pdfRequestOf(html, '/print/x/')).toEqual({ ...pack, landscape: false });
  });

  it('finds nothing on a page without the tag', () => {
    expect(pdfRequestOf('<html><head><meta name="description" content="x"></head></html>', '/a/')).toBeUndefined();
  });

  it('names the page when the tag cannot be read', () => {
    expect(() => pdfRequestOf('<meta name="x-print-pdf" content="{nope">', '/print/bad/')).toThrow(
      '/print/bad/: its PDF request is not JSON. Fix: build the tag with pdfHead() from src/lib/print-files.ts.',
    );
    expect(() => pdfRequestOf('<meta name="x-print-pdf">', '/print/bad/')).toThrow('/print/bad/: its x-print-pdf tag has no content.');
  });

  it('rejects unsafe stems and unknown papers', () => {
    expect(() => pdfHead({ ...pack, stem: '../etc/passwd' })).toThrow('must be lowercase letters, digits and dashes');
    expect(() => pdfHead({ ...pack, papers: [] })).toThrow('asks for no paper size');
    expect(readPdfRequest(JSON.stringify({ ...pack, papers: ['legal'] }))).toEqual({
      error: 'its paper sizes ["legal"] are not a list of letter, a4, tabloid, a3',
    });
    expect(readPdfRequest(JSON.stringify({ ...pack, stem: 'A B' }))).toEqual({ error: 'its PDF stem "A B" is not a file name' });
    expect(readPdfRequest(JSON.stringify({ ...pack, footer: 3 }))).toEqual({ error: 'its PDF footer is not text' });
  });
});

describe('the plan', () => {
  it('writes one file per paper, named by toolPaths.pdfFile', () => {
    const jobs = planJobs([{ page: '/print/modules/opening/facilitator/', request: pack }]);
    expect(jobs.map((j) => j.file)).toEqual(['pdf/opening-facilitator-pack-a4.pdf', 'pdf/opening-facilitator-pack-letter.pdf']);
  });

  it('refuses two pages asking for one file', () => {
    expect(() =>
      planJobs([
        { page: '/a/', request: pack },
        { page: '/b/', request: { ...pack, papers: ['a4'] } },
      ]),
    ).toThrow('/b/ and /a/ both ask for pdf/opening-facilitator-pack-a4.pdf. Fix: give one of them another PDF stem.');
  });

  it('maps built files to pages', () => {
    expect(pageOfFile('print/modules/opening/facilitator/index.html')).toBe('/print/modules/opening/facilitator/');
    expect(pageOfFile('index.html')).toBe('/');
    expect(pageOfFile('404.html')).toBe('/404.html');
  });
});

describe('the cache key', () => {
  const [job] = planJobs([{ page: '/print/x/', request: pack }]);
  if (!job) throw new Error('no job');

  it('stays the same for the same page and changes with its HTML, styles, paper and request', () => {
    const key = cacheKey(job, '<p>a</p>', ['body{}']);
    expect(cacheKey(job, '<p>a</p>', ['body{}'])).toBe(key);
    expect(cacheKey(job, '<p>b</p>', ['body{}'])).not.toBe(key);
    expect(cacheKey(job, '<p>a</p>', ['body{color:red}'])).not.toBe(key);
    expect(cacheKey({ ...job, paper: 'letter' }, '<p>a</p>', ['body{}'])).not.toBe(key);
    expect(cacheKey({ ...job, request: { ...pack, footer: 'other' } }, '<p>a</p>', ['body{}'])).not.toBe(key);
  });

  it('reads the local stylesheets a page links, and only those', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="https://x.org/b.css"><link href="/c/_astro/d.css" rel="stylesheet">';
    expect(linkedStyles(html)).toEqual(['/_astro/a.css', '/c/_astro/d.css']);
  });
});

it('escapes the footer for the print template', () => {
  expect(escapeHtml(`<b>"x" & 'y'</b>`)).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;');
});
