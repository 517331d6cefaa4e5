/**
 * Rehype plugin: in every MDX page, links the first use of each glossary term to its
 * definition on the glossary page. Skips headings, links, code and the term's own page.
 * Terms are read from content/glossary/*.yaml when the site builds; which words link is
 * decided by `linkTerms` (src/lib/glossary-links.ts), the same function templates use for
 * text held in frontmatter.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { linkableTerms, linkTerms, type GlossaryTermRef } from '../lib/glossary-links.ts';
import { pageUrl, paths, ROOT_LOCALE } from '../lib/urls.ts';
import { localeOfContentFile } from '../lib/localize.ts';
import type { TranslationLocale } from '../schemas/translation.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

interface TermFile {
  term?: unknown;
  autoLink?: unknown;
  notInside?: unknown;
  alternatives?: unknown;
}

const readTerm = (path: string): TermFile => (existsSync(path) ? (parse(readFileSync(path, 'utf8')) as TermFile) : {});

/**
 * The linkable terms of the glossary in `folder` (content/glossary). With `translated`
 * (content/es/glossary), the terms of that language: each translated term, its accepted
 * alternatives and its own phrases not to link inside; whether a term links at all stays the
 * English file's `autoLink`.
 */
export function readGlossary(folder: string, translated?: string): GlossaryTermRef[] {
  if (!existsSync(folder)) return [];
  const entries = readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = readTerm(join(folder, f));
      const own = translated === undefined ? data : readTerm(join(translated, f));
      return {
        id: f.replace(/\.yaml$/, ''),
        term: typeof own.term === 'string' ? own.term : '',
        autoLink: data.autoLink !== false && own.autoLink !== false,
        notInside: strings(own.notInside),
        alternatives: translated === undefined ? [] : strings(own.alternatives),
      };
    });
  return linkableTerms(entries);
}

export interface GlossaryLinkOptions {
  /** The content folder (content/): its glossary/ and each translation's <locale>/glossary/. */
  root: string;
  /**
   * The deployment base, or an object whose `base` the build fills in once Astro has resolved it
   * (src/plugins/deployment.ts), so `astro build --base /x/` reaches this plugin.
   */
  base: string | { base: string };
}

export default function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const root = resolve(options.root);
  const byLocale = new Map<string, GlossaryTermRef[]>();
  const termsIn = (locale: TranslationLocale | undefined): GlossaryTermRef[] => {
    const key = locale ?? 'en';
    if (!byLocale.has(key)) byLocale.set(key, readGlossary(join(root, 'glossary'), locale && join(root, locale, 'glossary')));
    return byLocale.get(key) ?? [];
  };
  return (tree: HastNode, file?: { path?: string }) => {
    const base = typeof options.base === 'string' ? options.base : options.base.base;
    const locale = localeOfContentFile(root, file?.path);
    const terms = termsIn(locale);
    const href = (id: string) => pageUrl(paths.term(id), { base, locale: locale ?? ROOT_LOCALE });
    const linked = new Set<string>();
    const visit = (node: HastNode) => {
      if (!node.children) return;
      const out: HastNode[] = [];
      for (const child of node.children) {
        if (child.type === 'element' && child.tagName && SKIP.has(child.tagName)) {
          out.push(child);
          continue;
        }
        if (child.type !== 'text' || !child.value) {
          visit(child);
          out.push(child);
          continue;
        }
        for (const segment of linkTerms(child.value, terms, linked)) {
          out.push(
            segment.id === undefined
              ? { type: 'text', value: segment.text }
              : {
                  type: 'element',
                  tagName: 'a',
                  properties: { href: href(segment.id), className: ['term-link'] },
                  children: [{ type: 'text', value: segment.text }],
                },
          );
        }
      }
      node.children = out;
    };
    visit(tree);
  };
}
