/**
 * Rehype plugin: in every MDX page, links the first use of each glossary term to its
 * definition on the glossary page. Skips headings, links, code and the term's own page.
 * Terms are read from content/glossary/*.yaml when the site builds.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { firstTerm, type GlossaryTermRef } from '../lib/glossary-links.ts';
import { pageUrl, paths } from '../lib/urls.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

export function readGlossary(folder: string): GlossaryTermRef[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = parse(readFileSync(join(folder, f), 'utf8')) as { term?: unknown; autoLink?: unknown };
      return { id: f.replace(/\.yaml$/, ''), term: String(data.term ?? ''), autoLink: data.autoLink !== false };
    })
    .filter((t) => t.term.length > 2 && t.autoLink)
    .map(({ id, term }) => ({ id, term }));
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
        let text = child.value;
        for (;;) {
          const match = firstTerm(text, terms, linked);
          if (!match) break;
          linked.add(match.id);
          if (match.index > 0) out.push({ type: 'text', value: text.slice(0, match.index) });
          out.push({
            type: 'element',
            tagName: 'a',
            properties: { href: href(match.id), className: ['term-link'] },
            children: [{ type: 'text', value: text.slice(match.index, match.index + match.length) }],
          });
          text = text.slice(match.index + match.length);
        }
        if (text) out.push({ type: 'text', value: text });
      }
      node.children = out;
    };
    visit(tree);
  };
}
