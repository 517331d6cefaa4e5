/**
 * Content-Security-Policy for the built site. Static hosts cannot add nonces, so the policy
 * allows exactly the inline code each page carries, by hash: every inline script, every inline
 * `<style>` and every `style="…"` attribute value the page ships. Nothing else runs or applies,
 * and nothing loads from another host.
 *
 * Each page gets its own policy in a `<meta http-equiv>` tag; hosts that read a `_headers` file
 * (Netlify, Cloudflare Pages) also get one site-wide header with the union of the hashes and the
 * directives a meta tag cannot carry (`frame-ancestors`).
 */
import { createHash } from 'node:crypto';
import { decodeEntities, isExecutable } from './html.ts';

export interface InlineCode {
  /** Text of inline scripts the browser runs (JSON data blocks excluded). */
  scripts: string[];
  /** Text of inline `<style>` elements. */
  styles: string[];
  /** Values of `style` attributes, entities decoded. */
  styleAttributes: string[];
}

/** Finds the inline code in one HTML document. */
export function inlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(attributes) || !isExecutable(attributes)) continue;
    scripts.push(body);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(([, body = '']) => body);
  const styleAttributes: string[] = [];
  for (const [, tag = ''] of html.matchAll(/<([a-z][^\s>/]*(?:\s[^>]*)?)>/gi)) {
    for (const [, , value = ''] of tag.matchAll(/\sstyle\s*=\s*(["'])([\s\S]*?)\1/gi)) styleAttributes.push(decodeEntities(value));
  }
  return { scripts, styles, styleAttributes };
}

/** A CSP hash source for some text: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const unique = (values: string[]) => [...new Set(values)].sort();

/**
 * The policy for inline code. `header` adds the directives only an HTTP header can carry.
 * Pagefind's search runs WebAssembly, hence `'wasm-unsafe-eval'` (it allows compiling
 * WebAssembly, not `eval` of JavaScript).
 */
export function buildPolicy(code: InlineCode, { header = false }: { header?: boolean } = {}): string {
  const scripts = unique(code.scripts.map(hashSource));
  const styles = unique(code.styles.map(hashSource));
  const attributes = unique(code.styleAttributes.map(hashSource));
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scripts].join(' '),
    ['style-src', "'self'", ...styles].join(' '),
    attributes.length > 0 ? ['style-src-attr', "'unsafe-hashes'", ...attributes].join(' ') : "style-src-attr 'none'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Merges the inline code of many pages (for the one site-wide header). */
export function mergeInlineCode(pages: InlineCode[]): InlineCode {
  return {
    scripts: pages.flatMap((p) => p.scripts),
    styles: pages.flatMap((p) => p.styles),
    styleAttributes: pages.flatMap((p) => p.styleAttributes),
  };
}

/**
 * Puts the policy at the top of `<head>`, right after `<meta charset>` and before any script or
 * style it governs. Throws when the page
 * has no `<head>` or already carries a policy, so a page is never published half-protected.
 */
export function withPolicyMeta(html: string, policy: string, file: string): string {
  if (/http-equiv=["']?content-security-policy/i.test(html)) {
    throw new Error(
      `${file}: expected no Content-Security-Policy meta tag before the build adds one; found one. Fix: remove it from the page — the build writes the policy from the page's own inline code (src/lib/csp.ts).`,
    );
  }
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) {
    throw new Error(
      `${file}: expected a <head> element to carry the Content-Security-Policy; found none. Fix: render the page through Starlight's layout or give it a <head>.`,
    );
  }
  // After `<meta charset>`, which must stay within the first 1024 bytes, and before any script.
  const charset = /<meta\s+charset=[^>]*>/i.exec(html.slice(head.index));
  const at = charset ? head.index + charset.index + charset[0].length : head.index + head[0].length;
  const escaped = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${escaped}">${html.slice(at)}`;
}

/** Security headers for static hosts, in the `_headers` format Netlify and Cloudflare Pages read. */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}

/** Reads a `_headers` file: which headers apply to a path (`/*` and `/dir/*` patterns, exact paths). */
export function headersFor(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      applies = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
      continue;
    }
    const colon = line.indexOf(':');
    if (applies && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
