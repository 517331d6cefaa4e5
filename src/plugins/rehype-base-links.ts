/**
 * Rehype plugin: puts the deployment base in front of every root-relative `href`, `src`, `srcset`
 * and `poster` that a Markdown or MDX body writes by hand (`[Call 1](/coaching-calls/call-1/)`, or
 * `<a href="/x/">` in MDX), so content links follow `astro build --base` and `BASE_PATH`. Idempotent:
 * a URL already under the base, a relative URL, an `#anchor` and another host stay as they are
 * (`rebase` in src/lib/urls.ts).
 */
import { resolve } from 'node:path';
import { isRootRelative, pageUrl, rebase, rebaseSrcset, ROOT_LOCALE, splitLocale, stripBase, type Locale } from '../lib/urls.ts';
import { localeOfContentFile } from '../lib/localize.ts';
import type { Deployment } from './deployment.ts';

interface HastNode {
  type: string;
  properties?: Record<string, unknown>;
  /** MDX JSX elements (`<a href="/x/">` written in an MDX body). */
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster']);

function rebaseValue(name: string, value: unknown, base: string, locale: Locale): unknown {
  if (name === 'srcSet' || name === 'srcset') {
    if (typeof value === 'string') return rebaseSrcset(value, base);
    if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? rebaseSrcset(v, base) : v));
    return value;
  }
  if (!URL_ATTRIBUTES.has(name) || typeof value !== 'string') return value;
  // A page link in a translated body goes to the page in the same language; files (a PDF, a picture) stay where they are.
  if (name !== 'href' || locale === ROOT_LOCALE || !isRootRelative(value)) return rebase(value, base);
  const path = stripBase(value, base);
  const isFile = /\.[a-z0-9]+$/i.test(path.split(/[?#]/)[0] ?? '');
  return isFile || splitLocale(path).locale !== ROOT_LOCALE ? rebase(value, base) : pageUrl(path, { base, locale });
}

export function rebaseTree(tree: HastNode, base: string, locale: Locale = ROOT_LOCALE): void {
  const visit = (node: HastNode) => {
    const props = node.properties;
    if (node.type === 'element' && props) for (const name of Object.keys(props)) props[name] = rebaseValue(name, props[name], base, locale);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      for (const attribute of node.attributes ?? [])
        if (attribute.type === 'mdxJsxAttribute' && attribute.name)
          attribute.value = rebaseValue(attribute.name, attribute.value, base, locale);
    node.children?.forEach(visit);
  };
  visit(tree);
}

export default function rehypeBaseLinks(options: { deployment: Deployment; root: string }) {
  const root = resolve(options.root);
  return (tree: HastNode, file?: { path?: string }) =>
    rebaseTree(tree, options.deployment.base, localeOfContentFile(root, file?.path) ?? ROOT_LOCALE);
}
