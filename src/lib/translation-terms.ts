/**
 * The glossary is the source of the Spanish terms: a translated page that still uses an English
 * term where the glossary gives one in Spanish is listed, with the term to use. A term that is
 * the same in both languages, or that the translated glossary accepts as an alternative
 * ("coaching" for «acompañamiento»), is not a miss.
 */
export interface TermPair {
  id: string;
  english: string;
  translated: string;
  /** Other accepted ways to say it in the translation. */
  alternatives: readonly string[];
}

export interface EnglishTermUse {
  file: string;
  english: string;
  translated: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalize = (text: string) => text.normalize('NFC').toLowerCase();

/**
 * The running text of a translated file: without YAML field names, and without what is quoted,
 * in italics or in parentheses (titles of cited works, and the English glosses interpreters need:
 * «quien decide» (target)).
 */
export function runningText(text: string): string {
  return (
    text
      // The interpretation notes name the English words on purpose: «quien decide» for target.
      .replace(/^\s*(?:-\s+)?interpreted:.*$/gm, ' ')
      .replace(/^\s*(?:-\s+)?[A-Za-z][A-Za-z0-9]*:/gm, ' ')
      .replace(/\*[^*\n]+\*|_[^_\n]+_|«[^»]*»|"[^"\n]*"|“[^”]*”|\([^)]*\)|`[^`]*`/g, ' ')
  );
}

/** The English terms `text` uses where the glossary has a term in its language. */
export function englishTermsIn(file: string, text: string, pairs: readonly TermPair[]): EnglishTermUse[] {
  const found: EnglishTermUse[] = [];
  const running = runningText(text).normalize('NFC');
  for (const pair of pairs) {
    const english = normalize(pair.english);
    const accepted = [pair.translated, ...pair.alternatives].map(normalize);
    if (english.length < 4 || accepted.some((form) => form === english || form.includes(english))) continue;
    // Whole words only, in lower case: a capitalized "Target" or "Organizing Committee" is a name.
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(english)}(?![\\p{L}\\p{N}])`, 'u');
    if (pattern.test(running)) found.push({ file, english: pair.english, translated: pair.translated });
  }
  return found;
}
