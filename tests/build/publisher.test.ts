/**
 * The publisher file drives every contact, apply and edit link: the valid fixture built with
 * the empty publisher (as committed) names nobody and links to /publisher/#how; built with a
 * filled-in publisher (tests/fixtures/publisher-filled/), every link points where it says and
 * every "Edit this page" opens the real file under content/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, sitePath } from '../../src/lib/html.ts';
import { fixtureRoot, readContent, writeContent } from '../support/content-harness.ts';

const work = mkdtempSync(join(tmpdir(), 'do-publisher-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the valid fixture (with an overlay folder on top) and returns the output folder and content folder. */
function build(name: string, overlay?: string): { outDir: string; content: string } {
  const content = join(work, name, 'content');
  const outDir = join(work, name, 'dist');
  writeContent(readContent(join(fixtureRoot, 'valid'), overlay && join(fixtureRoot, overlay)), content);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, CURRICULUM_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return { outDir, content };
}

const read = (outDir: string, page: string) => readFileSync(join(outDir, page), 'utf8');

/** The `<p data-publisher="…">` paragraphs of a page, by field, as HTML. */
function publisherNotes(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<p data-publisher="(\w+)"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => [m[1] ?? '', m[0]]));
}

/** The hrefs of the links in a piece of HTML. */
const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));

/** The "Edit this page" link of a page (Starlight's EditLink), if any. */
function editLink(html: string): string | undefined {
  return /<a href="([^"]+)" class="sl-flex print:hidden[^"]*"[^>]*>[\s\S]*?Edit page/.exec(html)?.[1];
}

/** Pages made from one content file: the kinds that must have "Edit this page". */
const contentPage =
  /^\/((modules|activities|worksheets|cases|practices|guides|programs|coaching-calls)\/[^/]+\/(facilitator\/)?|fixture-page\/)$/;

const fields = ['organization', 'contact', 'coaches', 'cost', 'apply', 'applyTo', 'repository'];

describe('with the publisher file as committed (nothing named)', () => {
  let outDir = '';
  beforeAll(() => ({ outDir } = build('empty')), 120_000);

  it('says plainly that nothing is named and links to how to name it', () => {
    const notes = publisherNotes(read(outDir, 'programs/fixture-program/index.html'));
    expect([...notes.keys()]).toEqual(fields);
    for (const [field, html] of notes) {
      expect(html, field).toContain('data-not-named');
      expect(html, field).toContain('This copy of the curriculum has not named');
      expect(hrefs(html), field).toEqual(['/publisher/#how']);
    }
    const page = read(outDir, 'publisher/index.html');
    expect(page).toContain('id="how"');
    // The publisher page says it once, for every field together, not once per field.
    expect(page.match(/data-not-named/g)).toHaveLength(1);
    expect(page).toContain(
      'This copy of the curriculum has not named the organization that publishes it, how to reach the publisher, who coaches, the cost or how it is set, how to apply, where the application goes, and its source repository.',
    );
  });

  it('has no edit link, no social links, and the licence line without a publisher', () => {
    for (const file of htmlFiles(outDir)) expect(editLink(readFileSync(file, 'utf8')), file).toBeUndefined();
    const home = read(outDir, 'index.html');
    expect(home).not.toMatch(/class="social-icons/);
    expect(home).toContain('if you credit it as “Distributed Organizing” by its contributors, link to');
  });
});

describe('with a filled-in publisher file', () => {
  let outDir = '';
  let content = '';
  beforeAll(() => ({ outDir, content } = build('filled', 'publisher-filled')), 120_000);

  it('shows each field with the links it names', () => {
    const notes = publisherNotes(read(outDir, 'programs/fixture-program/index.html'));
    expect([...notes.keys()]).toEqual(fields);
    for (const html of notes.values()) expect(html).not.toContain('data-not-named');
    expect(notes.get('organization')).toContain('Example Organization');
    expect(hrefs(notes.get('contact') ?? '')).toEqual(['mailto:hello@example.org', 'https://example.org/']);
    expect(notes.get('coaches')).toContain('Organizers with at least five years of experience in worker centers');
    expect(notes.get('cost')).toContain('A sliding scale');
    expect(notes.get('apply')).toContain('Fill in the written application');
    expect(hrefs(notes.get('applyTo') ?? '')).toEqual(['mailto:apply@example.org', 'https://example.org/apply/']);
    expect(hrefs(notes.get('repository') ?? '')).toEqual(['https://github.com/example/curriculum']);
  });

  it('gives every content page an edit link to its real file under content/', () => {
    const pages = htmlFiles(outDir)
      .map((file) => sitePath(outDir, file))
      .filter((path) => contentPage.test(path));
    expect(pages.length).toBeGreaterThanOrEqual(15);
    const prefix = 'https://github.com/example/curriculum/edit/trunk/content/';
    for (const page of pages) {
      const link = editLink(readFileSync(join(outDir, page, 'index.html'), 'utf8'));
      expect(link, page).toMatch(new RegExp(`^${prefix.replaceAll('.', '\\.')}`));
      const file = (link ?? '').slice(prefix.length);
      expect(existsSync(join(content, file)), `${page} → ${file}`).toBe(true);
    }
    expect(editLink(read(outDir, 'activities/pairs-story/index.html'))).toBe(`${prefix}activities/pairs-story.mdx`);
    expect(editLink(read(outDir, 'worksheets/pairs-story/index.html'))).toBe(`${prefix}activities/pairs-story.mdx`);
    expect(editLink(read(outDir, 'fixture-page/index.html'))).toBe(`${prefix}docs/fixture-page.md`);
    expect(editLink(read(outDir, 'publisher/index.html'))).toBe(`${prefix}publisher.yaml`);
  });

  it('puts the repository, email and website in the header and the credit in the footer', () => {
    const home = read(outDir, 'index.html');
    for (const href of ['https://github.com/example/curriculum', 'mailto:hello@example.org', 'https://example.org/'])
      expect(hrefs(home), href).toContain(href);
    expect(home).toContain(
      'if you credit it as “Distributed Organizing” by its contributors, published by Example Organization (source: https://github.com/example/curriculum), link to',
    );
    expect(hrefs(read(outDir, 'publisher/index.html'))).toContain(
      'https://github.com/example/curriculum/blob/trunk/README.md#name-the-publisher',
    );
  });
});
