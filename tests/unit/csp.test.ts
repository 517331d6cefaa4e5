import { describe, expect, it } from 'vitest';
import { buildPolicy, hashSource, headersFile, headersFor, inlineCode, mergeInlineCode, withPolicyMeta } from '../../src/lib/csp.ts';
import { prefixIds } from '../../src/lib/urls.ts';

const page = `<!doctype html><html><head><meta charset="utf-8"><title>x</title>
<script>document.documentElement.dataset.theme = 'dark';</script>
<script type="module" src="/_astro/page.js"></script>
<script type="application/json" data-items>{"a":1}</script>
<script type="module">import('/x.js');</script>
<style>.a{color:red}</style>
</head><body><span style="--depth: 0;">a</span><a href="#t" style='color: &quot;x&quot;'>b</a></body></html>`;

describe('Content-Security-Policy', () => {
  it('finds the inline code a page runs, skipping external scripts and JSON data', () => {
    expect(inlineCode(page)).toEqual({
      scripts: ["document.documentElement.dataset.theme = 'dark';", "import('/x.js');"],
      styles: ['.a{color:red}'],
      styleAttributes: ['--depth: 0;', 'color: "x"'],
    });
  });

  it('hashes with SHA-256 in the form CSP expects', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('allows exactly the hashed inline code, nothing from another host, and no unsafe-inline', () => {
    const policy = buildPolicy({ scripts: ['alert(1)'], styles: [], styleAttributes: ['--depth: 0;'] });
    expect(policy).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
        "style-src 'self'",
        `style-src-attr 'unsafe-hashes' ${hashSource('--depth: 0;')}`,
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join('; '),
    );
    expect(buildPolicy({ scripts: [], styles: [], styleAttributes: [] })).toContain("style-src-attr 'none'");
    expect(buildPolicy(mergeInlineCode([inlineCode(page), inlineCode(page)]), { header: true })).toMatch(/; frame-ancestors 'none'$/);
  });

  it('puts the policy after <meta charset>, which must stay in the first 1024 bytes', () => {
    expect(withPolicyMeta('<html><head><meta charset="utf-8"><title>t</title></head></html>', "default-src 'self'", 'x.html')).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"><title>t</title></head></html>`,
    );
  });

  it('puts the policy first in <head>, escaped', () => {
    const html = withPolicyMeta('<html><head><title>t</title></head></html>', `script-src 'self' "x" &`, 'a/index.html');
    expect(html).toBe(
      `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' &quot;x&quot; &amp;"><title>t</title></head></html>`,
    );
  });

  it('refuses a page without <head> or with a policy of its own, saying what to do', () => {
    expect(() => withPolicyMeta('<p>x</p>', "default-src 'self'", 'print/index.html')).toThrow(
      "print/index.html: expected a <head> element to carry the Content-Security-Policy; found none. Fix: render the page through Starlight's layout or give it a <head>.",
    );
    expect(() =>
      withPolicyMeta('<head><meta http-equiv="Content-Security-Policy" content="x"></head>', "default-src 'self'", 'a.html'),
    ).toThrow(
      "a.html: expected no Content-Security-Policy meta tag before the build adds one; found one. Fix: remove it from the page — the build writes the policy from the page's own inline code (src/lib/csp.ts).",
    );
  });

  it('writes and reads the _headers file static hosts use', () => {
    const file = headersFile("default-src 'self'");
    expect(headersFor(file, '/modules/x/')).toEqual({
      'Content-Security-Policy': "default-src 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
    expect(headersFor('/print/*\n  X-Robots-Tag: noindex\n/exact/\n  A: b\n', '/modules/')).toEqual({});
    expect(headersFor('/print/*\n  X-Robots-Tag: noindex\n', '/print/facilitator/two-day/')).toEqual({ 'X-Robots-Tag': 'noindex' });
  });
});

describe('prefixIds', () => {
  it('makes ids unique per joined document and keeps in-document links working', () => {
    expect(prefixIds('<h2 id="context">C</h2><a href="#context">up</a><a href="/cases/#x">out</a>', 'fight-for-15')).toBe(
      '<h2 id="fight-for-15-context">C</h2><a href="#fight-for-15-context">up</a><a href="/cases/#x">out</a>',
    );
  });
  it('keeps a picture named and its arrows drawn: aria-labelledby and url(#…) follow the ids', () => {
    expect(
      prefixIds('<svg aria-labelledby="p-title p-desc"><title id="p-title">T</title><line marker-end="url(#p-arrow)"/></svg>', 'm'),
    ).toBe('<svg aria-labelledby="m-p-title m-p-desc"><title id="m-p-title">T</title><line marker-end="url(#m-p-arrow)"/></svg>');
  });
});
