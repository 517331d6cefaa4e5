/**
 * Astro integration: after the build, gives every HTML page a Content-Security-Policy that
 * allows exactly its own inline code (see src/lib/csp.ts), and writes `_headers` with the
 * site-wide policy for static hosts that read it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/html.ts';
import { buildPolicy, headersFile, inlineCode, mergeInlineCode, withPolicyMeta, type InlineCode } from '../lib/csp.ts';

/** Adds the policies to the built pages in `dir`; returns how many pages it wrote. */
export function applyContentSecurityPolicy(dir: string): number {
  const files = htmlFiles(dir);
  const pages: InlineCode[] = [];
  const output: [string, string][] = [];
  // Compute every page first and write afterwards, so an error leaves no page half-processed.
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const code = inlineCode(html);
    pages.push(code);
    output.push([file, withPolicyMeta(html, buildPolicy(code), relative(dir, file))]);
  }
  for (const [file, html] of output) writeFileSync(file, html);
  writeFileSync(join(dir, '_headers'), headersFile(buildPolicy(mergeInlineCode(pages), { header: true })));
  return files.length;
}

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'distributed-organizing:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = applyContentSecurityPolicy(fileURLToPath(dir));
        logger.info(`Content-Security-Policy added to ${count} pages; _headers written.`);
      },
    },
  };
}
