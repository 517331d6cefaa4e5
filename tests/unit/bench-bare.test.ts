import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFile, writeBareSite } from '../../scripts/lib/bench-bare.ts';
import { mainText, metaDescription } from '../../scripts/lib/bench-html.ts';

const repoRoot = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'bench-bare-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, body: string, description?: string) =>
  `<!doctype html><html><head>${description ? `<meta name="description" content="${description}">` : ''}</head><body>` +
  `<nav>Sidebar</nav><main><h1>${title}</h1>${body}</main></body></html>`;

function dist(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'dist-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

describe("a built page's <main> as plain text", () => {
  it('keeps headings, makes every other block a paragraph, and skips scripts, hidden parts and Starlight’s anchors', () => {
    const text = mainText(
      page(
        'Opening',
        '<p>Say <em>hello</em> &amp; welcome.</p><h2>Steps<span class="sl-anchor-link">Section titled Steps</span></h2>' +
          '<ul><li>One</li><li>Two</li></ul><script>var x = 1;</script><div hidden><p>secret</p></div>' +
          '<table><tr><td>45 min</td><td>Pairs</td></tr></table><img alt="A map of the room">',
      ),
    );
    expect(text).toEqual({
      title: 'Opening',
      markdown: 'Say hello \\& welcome.\n\n## Steps\n\nOne\n\nTwo\n\n45 min\n\nPairs\n\nA map of the room',
      // The title counts too: 1 + 4 + 1 + 2 + 3 + 5.
      words: 16,
    });
  });

  it('escapes what MDX or Markdown would read as syntax: braces, tags, emphasis, list and heading starts', () => {
    const text = mainText(page('T', '<p>{count} &lt;Card&gt; *not* _em_ #tag</p><p>1. not a list</p><p>- not an item</p>'));
    expect(text?.markdown).toBe('\\{count\\} \\<Card\\> \\*not\\* \\_em\\_ \\#tag\n\n1\\. not a list\n\n\\- not an item');
  });

  it('has no text for a page without <main> or without a heading', () => {
    expect(mainText('<html><body><p>x</p></body></html>')).toBeUndefined();
    expect(mainText('<main><p>no heading</p></main>')).toBeUndefined();
  });

  it('reads the meta description, decoded', () => {
    expect(metaDescription(page('T', '', 'Cases &amp; stories'))).toBe('Cases & stories');
    expect(metaDescription(page('T', ''))).toBeUndefined();
  });
});

describe('the bare Starlight site', () => {
  const built = dist({
    'index.html': page('Home', '<p>Welcome {all}.</p>', 'The home page'),
    'modules/opening/index.html': page('Opening', '<p>Meet each other.</p>'),
    'modules/opening/facilitator/index.html': page('Opening: facilitator', '<p>Prepare the room.</p>'),
    'print/facilitator/two-day/index.html': page('Pack', '<p>Everything again.</p>'),
    '404.html': page('Not found', '<p>Gone.</p>'),
    'empty/index.html': '<html><body><p>no main</p></body></html>',
  });

  it('names content files after the page path, in the format asked for', () => {
    expect(contentFile('/', 'mdx')).toBe('index.mdx');
    expect(contentFile('/modules/x/facilitator/', 'mdx')).toBe('modules/x/facilitator.mdx');
    expect(contentFile('/modules/x/', 'md')).toBe('modules/x.md');
  });

  it('writes the same pages as .mdx with the MDX integration, leaving out the 404 and the print packs with the reason', () => {
    const root = join(work, 'bare-mdx');
    const site = writeBareSite(built, root, repoRoot, { cacheDir: join(work, 'cache'), printPacks: false, format: 'mdx' });
    expect(site).toEqual({
      root,
      pages: 3,
      // Titles and bodies: 1 + 2, 1 + 3, 2 + 3.
      words: 12,
      skipped: [
        '/404.html (bare Starlight builds its own 404 page)',
        '/empty/ (no <main> with an <h1>)',
        '/print/facilitator/two-day/ (print pack; --bare-print-packs includes them)',
      ],
    });
    const docs = join(root, 'src/content/docs');
    expect(readFileSync(join(docs, 'index.mdx'), 'utf8')).toBe(
      '---\ntitle: "Home"\ndescription: "The home page"\n---\n\nWelcome \\{all\\}.\n',
    );
    expect(readFileSync(join(docs, 'modules/opening/facilitator.mdx'), 'utf8')).toBe(
      '---\ntitle: "Opening: facilitator"\n---\n\nPrepare the room.\n',
    );
    const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    expect(config).toContain("import mdx from '@astrojs/mdx';");
    expect(config).toContain("integrations: [starlight({ title: 'Bare Starlight', favicon: '/favicon.svg' }), mdx()],");
    expect(config).toContain('processor: unified({ remarkPlugins: [remarkGfm] })');
  });

  it('writes the .md profile without MDX, and the print packs when asked', () => {
    const root = join(work, 'bare-md');
    const site = writeBareSite(built, root, repoRoot, { cacheDir: join(work, 'cache-md'), printPacks: true, format: 'md' });
    expect(site.pages).toBe(4);
    expect(existsSync(join(root, 'src/content/docs/print/facilitator/two-day.md'))).toBe(true);
    expect(existsSync(join(root, 'src/content/docs/index.mdx'))).toBe(false);
    const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    expect(config).not.toContain('mdx');
    expect(config).toContain("integrations: [starlight({ title: 'Bare Starlight', favicon: '/favicon.svg' })],");
  });
});
