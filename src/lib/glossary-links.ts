/**
 * Finding glossary terms in running text, so each page links a term to its definition
 * where it is first used. Pure: the rehype plugin in src/plugins/ applies it to page bodies,
 * and `GlossaryText.astro` to text held in frontmatter (objectives, key points, summaries).
 *
 * The rules, in order:
 * 1. The longest phrase wins: at any place in the text, a multi-word term ("leadership
 *    dashboard") is taken before a term inside it ("leadership"), even when the longer term
 *    was linked earlier on the page (it is then left as text, and nothing inside it is linked).
 * 2. A term's `notInside` phrases ("follow-up coaching" for "follow-up") are names of their own
 *    with no entry: they are taken like terms but never linked, so no word inside them is.
 * 3. Matches never overlap, and each term is linked once per page (its first use).
 * 4. Case is ignored; a term also matches its plural with -s or -es ("one-on-ones"); a term
 *    never matches part of a longer word or a hyphenated word ("story-banking").
 */

export interface GlossaryTermRef {
  id: string;
  term: string;
  /** Phrases with no entry of their own that contain this term and must not be linked inside. */
  notInside?: readonly string[] | undefined;
}

/** A piece of text: plain, or the use of a term to link to its entry `id`. */
export type TextSegment = { text: string; id?: undefined } | { text: string; id: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spaces in a phrase match any run of white space (a line break inside a paragraph). */
const phraseSource = (phrase: string) => phrase.trim().split(/\s+/).map(escape).join('\\s+');

const patterns = new Map<string, RegExp>();
function pattern(phrase: string): RegExp {
  let compiled = patterns.get(phrase);
  if (!compiled) {
    compiled = new RegExp(`(?<![\\p{L}\\p{N}-])${phraseSource(phrase)}(?:s|es)?(?![\\p{L}\\p{N}-])`, 'giu');
    patterns.set(phrase, compiled);
  }
  return compiled;
}

interface Candidate {
  /** The term id, or undefined for a phrase that is only there to block its inner words. */
  id: string | undefined;
  index: number;
  length: number;
}

/** Every place any term or blocking phrase occurs, longest first at each place, without overlaps. */
function matches(text: string, terms: readonly GlossaryTermRef[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (phrase: string, id: string | undefined) => {
    const regex = pattern(phrase);
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) found.push({ id, index: m.index, length: m[0].length });
  };
  for (const term of terms) {
    add(term.term, term.id);
    for (const phrase of term.notInside ?? []) add(phrase, undefined);
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length || Number(a.id === undefined) - Number(b.id === undefined));
  const chosen: Candidate[] = [];
  let end = 0;
  for (const candidate of found) {
    if (candidate.index < end) continue;
    chosen.push(candidate);
    end = candidate.index + candidate.length;
  }
  return chosen;
}

/**
 * Splits `text` into plain pieces and term uses to link. `linked` holds the ids already linked on
 * the page; the ids linked here are added to it.
 *
 *   linkTerms('A leadership dashboard', [{ id: 'leadership', term: 'Leadership' },
 *     { id: 'leadership-dashboard', term: 'Leadership dashboard' }], new Set())
 *   → [{ text: 'A ' }, { text: 'leadership dashboard', id: 'leadership-dashboard' }]
 */
export function linkTerms(text: string, terms: readonly GlossaryTermRef[], linked: Set<string>): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const match of matches(text, terms)) {
    if (match.id === undefined || linked.has(match.id)) continue;
    linked.add(match.id);
    if (match.index > at) out.push({ text: text.slice(at, match.index) });
    out.push({ text: text.slice(match.index, match.index + match.length), id: match.id });
    at = match.index + match.length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The terms that link automatically: those not marked `autoLink: false`, longer than two letters; each accepted alternative (a translation's `alternatives`) links to the same term. */
export function linkableTerms<T extends GlossaryTermRef & { autoLink?: boolean | undefined; alternatives?: readonly string[] | undefined }>(
  terms: readonly T[],
): GlossaryTermRef[] {
  return terms
    .filter((t) => t.autoLink !== false)
    .flatMap(({ id, term, notInside, alternatives }) =>
      [term, ...(alternatives ?? [])].map((form) => ({ id, term: form, notInside: notInside ?? [] })),
    )
    .filter((t) => t.term.length > 2);
}

const linkedOnPage = new WeakMap<object, Set<string>>();

/** The set of terms linked so far on one page, keyed by an object that lives as long as the page's render (`Astro.locals`). */
export function linkedOn(page: object): Set<string> {
  let linked = linkedOnPage.get(page);
  if (!linked) {
    linked = new Set<string>();
    linkedOnPage.set(page, linked);
  }
  return linked;
}
