/**
 * The publisher file (content/publisher.yaml) and what the site makes of it: the committed
 * default names nobody; the schema reports mistakes in the usual one line; edit, social,
 * README and credit links are built from the fields that are set, and only from them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatReport } from '../../src/lib/errors.ts';
import {
  contentFileOf,
  creditLine,
  editBaseUrl,
  editUrl,
  englishSocialLabels,
  publisherView,
  readmeUrl,
  readPublisher,
  socialLinks,
  starlightEditUrl,
  unnamedPublisher,
  type PublisherData,
} from '../../src/lib/publisher.ts';
import { fixtureRoot, readContent, sourceFiles } from '../support/content-harness.ts';

const work = mkdtempSync(join(tmpdir(), 'do-publisher-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const licence = { content: 'CC-BY-SA-4.0', code: 'MIT' } as const;
const withRepository = (repository: string, branch?: string): PublisherData => ({ licence, source: { repository, branch } });
const labels = englishSocialLabels;
const words = {
  credit: '“Distributed Organizing” by its contributors',
  creditPublished: (organization: string) => `“Distributed Organizing” by its contributors, published by ${organization}`,
  source: (url: string) => `source: ${url}`,
};

/** The report of the valid fixture with `publisher.yaml` replaced by `text`. */
function reportFor(text: string): string {
  const files = readContent(join(fixtureRoot, 'valid'));
  files.set('publisher.yaml', text);
  return formatReport(checkContent(sourceFiles(files)));
}

describe('the committed publisher file', () => {
  const committed = readPublisher('content');

  it('names nobody: no organization, contact, coach, cost, application or repository', () => {
    expect(publisherView(committed)).toEqual({
      organization: undefined,
      contact: [],
      coaches: undefined,
      cost: undefined,
      apply: undefined,
      applyTo: [],
      repository: undefined,
    });
    expect(committed.licence).toEqual(licence);
    expect(editBaseUrl(committed)).toBeUndefined();
    expect(socialLinks(committed, labels)).toEqual([]);
    expect(readmeUrl(committed)).toBeUndefined();
  });

  it('passes the content check', () => {
    expect(checkContent(sourceFiles(readContent('content'))).filter((p) => p.file === 'content/publisher.yaml')).toEqual([]);
  });
});

describe('the publisher schema, through the content check', () => {
  it('reports an email address that is not one', () => {
    expect(reportFor('contact:\n  email: training at example.org\nlicence:\n  content: CC-BY-SA-4.0\n  code: MIT\n')).toBe(
      'The curriculum content has 1 problem:\ncontent/publisher.yaml → contact.email: expected the contact email as an email address (e.g. training@example.org); found "training at example.org". Fix: write the whole address, or leave the field empty. [field-email]',
    );
  });

  it('reports a misspelt field with the field it means', () => {
    expect(reportFor('organisation: Example Organization\nlicence:\n  content: CC-BY-SA-4.0\n  code: MIT\n')).toContain(
      'content/publisher.yaml → organisation: expected a documented field of the publisher file; found "organisation". Fix: did you mean "organization"? Rename the field, or remove it. [field-unknown]',
    );
  });

  it('requires the licences, and only the ones the content and code are under', () => {
    expect(reportFor('organization:\n')).toContain('content/publisher.yaml → licence: expected the licences; found nothing');
    expect(reportFor('licence:\n  content: CC-BY-4.0\n  code: MIT\n')).toContain(
      'content/publisher.yaml → licence.content: expected the licence of the content: one of "CC-BY-SA-4.0"; found "CC-BY-4.0".',
    );
  });

  it('reports a repository that is not a web address', () => {
    expect(reportFor('source:\n  repository: github.com/example/curriculum\nlicence:\n  content: CC-BY-SA-4.0\n  code: MIT\n')).toContain(
      'content/publisher.yaml → source.repository: expected the web address of the source repository as a full web address starting with https://; found "github.com/example/curriculum".',
    );
  });

  it('treats an empty field as not named', () => {
    expect(reportFor('organization:\ncontact:\n  email:\nlicence:\n  content: CC-BY-SA-4.0\n  code: MIT\n')).toBe('');
  });
});

describe('readPublisher', () => {
  it('reads a filled-in file', () => {
    const publisher = readPublisher(join(fixtureRoot, 'publisher-filled'));
    expect(publisher.organization).toBe('Example Organization');
    expect(publisher.coaching?.applyTo).toEqual({ email: 'apply@example.org', website: 'https://example.org/apply/' });
  });

  it('gives only the licences for a missing or broken file (the content check reports the broken one)', () => {
    expect(readPublisher(join(work, 'nowhere'))).toEqual(unnamedPublisher);
    writeFileSync(join(work, 'publisher.yaml'), 'organization: [unclosed\n');
    expect(readPublisher(work)).toEqual(unnamedPublisher);
    writeFileSync(join(work, 'publisher.yaml'), 'contact:\n  email: not an address\nlicence:\n  content: CC-BY-SA-4.0\n  code: MIT\n');
    expect(readPublisher(work)).toEqual(unnamedPublisher);
  });
});

describe('links from the publisher', () => {
  it('shows the contact and application links that are set, email first', () => {
    const view = publisherView({
      licence,
      organization: 'Example Organization',
      contact: { website: 'https://example.org/' },
      coaching: { applyTo: { email: 'apply@example.org', website: 'https://example.org/apply/' } },
    });
    expect(view.contact).toEqual([{ href: 'https://example.org/', text: 'example.org' }]);
    expect(view.applyTo).toEqual([
      { href: 'mailto:apply@example.org', text: 'apply@example.org' },
      { href: 'https://example.org/apply/', text: 'example.org/apply' },
    ]);
  });

  it('makes the edit address of GitHub, GitLab and Codeberg, on the branch (main by default)', () => {
    expect(editBaseUrl(withRepository('https://github.com/example/curriculum'))).toBe('https://github.com/example/curriculum/edit/main/');
    expect(editBaseUrl(withRepository('https://github.com/example/curriculum.git/', 'trunk'))).toBe(
      'https://github.com/example/curriculum/edit/trunk/',
    );
    expect(editBaseUrl(withRepository('https://gitlab.com/example/curriculum'))).toBe('https://gitlab.com/example/curriculum/-/edit/main/');
    expect(editBaseUrl(withRepository('https://codeberg.org/example/curriculum'))).toBe(
      'https://codeberg.org/example/curriculum/_edit/main/',
    );
    expect(editBaseUrl(withRepository('https://git.example.org/curriculum'))).toBeUndefined();
    expect(editUrl(withRepository('https://github.com/example/curriculum'), 'content/activities/pairs-story.mdx')).toBe(
      'https://github.com/example/curriculum/edit/main/content/activities/pairs-story.mdx',
    );
    expect(editUrl(unnamedPublisher, 'content/activities/pairs-story.mdx')).toBeUndefined();
  });

  it('points a Starlight page at its file under content/, whatever the content root', () => {
    const publisher = withRepository('https://github.com/example/curriculum');
    const base = 'https://github.com/example/curriculum/edit/main/';
    expect(contentFileOf('content/docs/404.md', './content')).toBe('content/docs/404.md');
    expect(contentFileOf(`${work}/content/docs/page.md`, `${work}/content`)).toBe('content/docs/page.md');
    // Starlight's own address (`new URL(baseUrl + filePath)`) for a content root outside the project.
    const starlights = new URL(`${base}../../tmp/x/content/docs/page.md`).href;
    expect(starlightEditUrl(publisher, starlights, '../../tmp/x/content/docs/page.md', '../../tmp/x/content')).toBe(
      `${base}content/docs/page.md`,
    );
    // A page that set its own address keeps it.
    expect(starlightEditUrl(publisher, `${base}content/activities/a.mdx`, 'content/docs/activities/a.md', './content')).toBe(
      `${base}content/activities/a.mdx`,
    );
    expect(starlightEditUrl(publisher, undefined, 'content/docs/404.md', './content')).toBeUndefined();
  });

  it('makes the social links from what is set', () => {
    expect(
      socialLinks(
        {
          licence,
          source: { repository: 'https://gitlab.com/example/curriculum' },
          contact: { email: 'hello@example.org', website: 'https://example.org/' },
        },
        labels,
      ),
    ).toEqual([
      { icon: 'gitlab', label: 'Source files', href: 'https://gitlab.com/example/curriculum' },
      { icon: 'email', label: 'Email the publisher', href: 'mailto:hello@example.org' },
      { icon: 'external', label: "The publisher's website", href: 'https://example.org/' },
    ]);
    expect(socialLinks({ licence, contact: { email: 'hello@example.org' } }, labels)).toEqual([
      { icon: 'email', label: 'Email the publisher', href: 'mailto:hello@example.org' },
    ]);
  });

  it('links the README section in the repository', () => {
    expect(readmeUrl(withRepository('https://github.com/example/curriculum', 'trunk'))).toBe(
      'https://github.com/example/curriculum/blob/trunk/README.md#name-the-publisher',
    );
    expect(readmeUrl(withRepository('https://codeberg.org/example/curriculum'))).toBe(
      'https://codeberg.org/example/curriculum/src/branch/main/README.md#name-the-publisher',
    );
  });

  it('credits the contributors, the publisher when named and the source when set', () => {
    expect(creditLine(unnamedPublisher, words)).toBe('“Distributed Organizing” by its contributors');
    expect(creditLine({ ...withRepository('https://github.com/example/curriculum'), organization: 'Example Organization' }, words)).toBe(
      '“Distributed Organizing” by its contributors, published by Example Organization (source: https://github.com/example/curriculum)',
    );
  });
});
