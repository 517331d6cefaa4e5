/**
 * The publisher of this copy of the curriculum (`content/publisher.yaml`, schema in
 * `src/schemas/publisher.ts`), turned into what pages and the Starlight config show: the
 * contact and application links, the coaching offer, "Edit this page" and the social links.
 *
 * A field that is not set stays `undefined` here; pages then say that this copy has not
 * named it (never a made-up name, address or person) and link to `paths.publisher()`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import en from '../content/i18n/en.json' with { type: 'json' };
import { publisherSchema, type PublisherData } from '../schemas/publisher.ts';

export type { PublisherData };

/** The publisher file, relative to the content root. */
export const publisherFile = 'publisher.yaml';

/** What an unset publisher holds: only the licences, which every copy carries. */
export const unnamedPublisher: PublisherData = { licence: { content: 'CC-BY-SA-4.0', code: 'MIT' } };

/**
 * Reads the publisher file under `root` for the Starlight config, which is loaded before the
 * content check runs. A missing or broken file gives `unnamedPublisher`, so the config never
 * stops on it: the content check then reports the broken file in its usual one line.
 */
export function readPublisher(root: string): PublisherData {
  const path = join(root, publisherFile);
  if (!existsSync(path)) return unnamedPublisher;
  try {
    const result = publisherSchema().safeParse(parseYaml(readFileSync(path, 'utf8')));
    return result.success ? result.data : unnamedPublisher;
  } catch {
    return unnamedPublisher;
  }
}

/** A link the page shows: where it goes and the words it shows. */
export interface ShownLink {
  href: string;
  text: string;
}

/** The mailto link of an address. */
export function mailLink(email: string): ShownLink {
  return { href: `mailto:${email}`, text: email };
}

/** A web link shown by its address without the scheme (`example.org/apply`). */
export function webLink(url: string): ShownLink {
  return { href: url, text: url.replace(/^https?:\/\//, '').replace(/\/$/, '') };
}

/** The email and web links of a `{ email, website }` group, email first. */
function links(group: { email?: string | undefined; website?: string | undefined } | undefined): ShownLink[] {
  return [...(group?.email ? [mailLink(group.email)] : []), ...(group?.website ? [webLink(group.website)] : [])];
}

/** Everything a page may show about the publisher; `undefined` or `[]` where this copy names nothing. */
export interface PublisherView {
  organization: string | undefined;
  /** How to reach the publisher: email and/or web page. */
  contact: ShownLink[];
  coaches: string | undefined;
  cost: string | undefined;
  apply: string | undefined;
  /** Where an application goes: web form and/or email. */
  applyTo: ShownLink[];
  repository: ShownLink | undefined;
}

export function publisherView(publisher: PublisherData): PublisherView {
  const repository = publisher.source?.repository;
  return {
    organization: publisher.organization,
    contact: links(publisher.contact),
    coaches: publisher.coaching?.coaches,
    cost: publisher.coaching?.cost,
    apply: publisher.coaching?.apply,
    applyTo: links(publisher.coaching?.applyTo),
    repository: repository === undefined ? undefined : webLink(repository),
  };
}

/** The code hosts whose edit address the site knows, by host name. */
const editPaths: Record<string, { icon: 'github' | 'gitlab' | 'codeberg'; edit: (branch: string) => string }> = {
  'github.com': { icon: 'github', edit: (branch) => `/edit/${branch}/` },
  'gitlab.com': { icon: 'gitlab', edit: (branch) => `/-/edit/${branch}/` },
  'codeberg.org': { icon: 'codeberg', edit: (branch) => `/_edit/${branch}/` },
};

/** The repository address without a trailing slash or `.git`. */
function repositoryRoot(url: string): string {
  return url.replace(/\/+$/, '').replace(/\.git$/, '');
}

/**
 * The address "Edit this page" starts from (Starlight's `editLink.baseUrl`): the repository's
 * edit view of its branch (default `main`), to which a file path from the project root
 * (`content/activities/pairs-story.mdx`) is added. `undefined` when no repository is set or
 * its host is not one whose edit address is known (GitHub, GitLab, Codeberg).
 */
export function editBaseUrl(publisher: PublisherData): string | undefined {
  const repository = publisher.source?.repository;
  if (repository === undefined) return undefined;
  const host = editPaths[new URL(repository).hostname];
  return host === undefined ? undefined : `${repositoryRoot(repository)}${host.edit(publisher.source?.branch ?? 'main')}`;
}

/** "Edit this page" for one content file (`content/…`, as `Entry.file` holds it), or `undefined`. */
export function editUrl(publisher: PublisherData, file: string): string | undefined {
  const base = editBaseUrl(publisher);
  return base === undefined ? undefined : `${base}${file.replace(/^\/+/, '')}`;
}

/**
 * The path as authors see it (`content/docs/x.md`) of a file Astro gives relative to the
 * project (`entry.filePath`), whatever folder the content root is.
 */
export function contentFileOf(filePath: string, root: string): string {
  return `content/${relative(root, filePath).split(sep).join('/')}`;
}

/**
 * "Edit this page" of a Starlight page. Starlight joins `editLink.baseUrl` and the entry's path
 * from the project; this joins the path under `content/` instead, so the link is right whatever
 * the content root. An address Starlight did not make that way (a page that set its own, or
 * none) is left as it is.
 */
export function starlightEditUrl(
  publisher: PublisherData,
  current: string | undefined,
  filePath: string,
  root: string,
): string | undefined {
  const base = editBaseUrl(publisher);
  if (current === undefined || base === undefined || current !== new URL(`${base}${filePath}`).href) return current;
  return editUrl(publisher, contentFileOf(filePath, root));
}

/** A Starlight social link (the icons in the header). */
export interface SocialLink {
  icon: 'github' | 'gitlab' | 'codeberg' | 'external' | 'email';
  label: string;
  href: string;
}

/** The words of the social links, from the dictionary (`publisher.social.*`). */
export interface SocialLabels {
  source: string;
  email: string;
  website: string;
}

/** The English words of the social links, for the Starlight config (which has no `t`). */
export const englishSocialLabels: SocialLabels = {
  source: en['publisher.social.source'],
  email: en['publisher.social.email'],
  website: en['publisher.social.website'],
};

/** Starlight's `social` links: the source repository, the contact email and web page, as far as they are set. */
export function socialLinks(publisher: PublisherData, labels: SocialLabels): SocialLink[] {
  const repository = publisher.source?.repository;
  const email = publisher.contact?.email;
  const website = publisher.contact?.website;
  return [
    ...(repository
      ? [{ icon: editPaths[new URL(repository).hostname]?.icon ?? 'external', label: labels.source, href: repository } as const]
      : []),
    ...(email ? [{ icon: 'email', label: labels.email, href: mailLink(email).href } as const] : []),
    ...(website ? [{ icon: 'external', label: labels.website, href: website } as const] : []),
  ];
}

/** Where the README explains the publisher file, in the repository when one is set. */
export function readmeUrl(publisher: PublisherData): string | undefined {
  const repository = publisher.source?.repository;
  if (repository === undefined) return undefined;
  const host = new URL(repository).hostname;
  const branch = publisher.source?.branch ?? 'main';
  const view = host === 'gitlab.com' ? `/-/blob/${branch}/` : host === 'codeberg.org' ? `/src/branch/${branch}/` : `/blob/${branch}/`;
  return `${repositoryRoot(repository)}${view}README.md#name-the-publisher`;
}

/** The official pages of the licences (from spdx-license-list, as LICENSE and LICENSE-CONTENT.md). */
export const licenceUrls = {
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/legalcode',
  MIT: 'https://opensource.org/license/mit/',
} as const;

/** The words of the credit line, from the dictionary (`licence.*`). */
export interface CreditWords {
  credit: string;
  creditPublished: (organization: string) => string;
  source: (url: string) => string;
}

/** How a reuser credits this copy: title and contributors, the publisher when named, the source when set. */
export function creditLine(publisher: PublisherData, words: CreditWords): string {
  const who = publisher.organization === undefined ? words.credit : words.creditPublished(publisher.organization);
  const repository = publisher.source?.repository;
  return repository === undefined ? who : `${who} (${words.source(repository)})`;
}
