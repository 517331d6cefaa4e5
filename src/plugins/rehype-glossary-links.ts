/**
 * Rehype plugin: in every MDX page, links the first use of each glossary term to its
 * definition on the glossary page. Skips headings, links, code and the term's own page.
 * Terms are read from content/glossary/*.yaml when the site builds; which words link is
 * decided by `linkTerms` (src/lib/glossary-links.ts), the same function templates use for
 * text held in frontmatter.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { linkableTerms, linkTerms, type GlossaryTermRef } from '../lib/glossary-links.ts';
import { pageUrl, paths } from '../lib/urls.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function readGlossary(folder: string): GlossaryTermRef[] {
  if (!existsSync(folder)) return [];
  const entries = readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = parse(readFileSync(join(folder, f), 'utf8')) as { term?: unknown; autoLink?: unknown; notInside?: unknown };
      return {
        id: f.replace(/\.yaml$/, ''),
        term: typeof data.term === 'string' ? data.term : '',
        autoLink: data.autoLink !== false,
        notInside: strings(data.notInside),
      };
    });
  return linkableTerms(entries);
}

export interface GlossaryLinkOptions {
  /** The folder of glossary entries (content/glossary). */
  folder: string;
  /**
   * The deployment base, or an object whose `base` the build fills in once Astro has resolved it
   * (src/plugins/deployment.ts), so `astro build --base /x/` reaches this plugin.
   */
  base: string | { base: string };
}

export default function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const terms = readGlossary(options.folder);
  return (tree: HastNode) => {
    const base = typeof options.base === 'string' ? options.base : options.base.base;
    const href = (id: string) => pageUrl(paths.term(id), { base });
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
