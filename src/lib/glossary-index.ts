/**
 * The glossary page's A–Z index and its filter box: terms grouped by first letter, and the
 * test a typed filter applies. Pure, so the page (server) and its small script (browser) agree.
 */

/** Lower case, without accents, spaces collapsed: "Ñandú  Wall" → "nandu wall". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** The letter a term is filed under: its first letter without accents, upper case; "#" for a digit or sign. */
export function letterOf(term: string): string {
  const first = foldText(term).charAt(0).toLocaleUpperCase('en');
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** The anchor of a letter's section: "letter-a", "letter-other" for "#". */
export const letterId = (letter: string): string => (letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`);

export interface LetterGroup<T> {
  letter: string;
  id: string;
  terms: T[];
}

export interface GlossaryIndex<T> {
  /** A to Z (and "#" when some term starts with a digit or sign), each with whether a term starts with it. */
  letters: { letter: string; id: string; hasTerms: boolean }[];
  /** The letters that have terms, in order, each with its terms in the order given. */
  groups: LetterGroup<T>[];
}

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

export function glossaryIndex<T extends { term: string }>(terms: readonly T[]): GlossaryIndex<T> {
  const byLetter = new Map<string, T[]>();
  for (const term of terms) {
    const letter = letterOf(term.term);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), term]);
  }
  const order = [...ALPHABET, ...(byLetter.has('#') ? ['#'] : [])];
  return {
    letters: order.map((letter) => ({ letter, id: letterId(letter), hasTerms: byLetter.has(letter) })),
    groups: order.flatMap((letter) => {
      const group = byLetter.get(letter);
      return group ? [{ letter, id: letterId(letter), terms: group }] : [];
    }),
  };
}

/** Whether a term is shown for what the reader typed: every typed word is in the term (accents and case ignored). */
export function termMatches(term: string, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  const folded = foldText(term);
  return words.every((word) => folded.includes(word));
}
