/**
 * Finding glossary terms in running text, so each page links a term to its definition
 * where it is first used. Pure: the rehype plugin in src/plugins/ applies it to pages.
 */

export interface GlossaryTermRef {
  id: string;
  term: string;
}

export interface TermMatch {
  id: string;
  index: number;
  length: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words a term may also appear as: "One-on-one" also matches "one-on-ones". */
const patterns = new Map<string, RegExp>();
function pattern(term: string): RegExp {
  let compiled = patterns.get(term);
  if (!compiled) {
    compiled = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(term)}(?:s|es)?(?![\\p{L}\\p{N}-])`, 'iu');
    patterns.set(term, compiled);
  }
  return compiled;
}

/**
 * The first match in `text` of any term not yet linked, preferring the earliest position
 * and, at the same position, the longest term ("story of self" before "story").
 */
export function firstTerm(text: string, terms: readonly GlossaryTermRef[], linked: ReadonlySet<string>): TermMatch | undefined {
  let best: TermMatch | undefined;
  for (const { id, term } of terms) {
    if (linked.has(id)) continue;
    const match = pattern(term).exec(text);
    if (!match) continue;
    if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length))
      best = { id, index: match.index, length: match[0].length };
  }
  return best;
}
