/**
 * "Did you mean …": the closest known name to one an author wrote, when it is close enough
 * to be a slip of the keyboard (a misspelt field, reference id or listed value).
 */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `written`, or `undefined` when none is plausibly meant. Case is
 * ignored when measuring (`shrinkto` → `shrinkTo`); at most a third of the letters (and at
 * least 2) may differ. Ties go to the candidate listed first.
 *
 * @example closestName('pair-story', ['pairs-story', 'power-map']) // 'pairs-story'
 * @example closestName('lecture', ['plenary', 'pairs']) // undefined
 */
export function closestName(written: string, candidates: readonly string[]): string | undefined {
  const word = written.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { name: string; cost: number } | undefined;
  for (const name of candidates) {
    if (name === written) continue;
    const cost = distance(word, name.toLowerCase());
    if (cost <= limit && (best === undefined || cost < best.cost)) best = { name, cost };
  }
  return best?.name;
}

/** ` Did you mean "x"?` or nothing, ready to put in a fix text. */
export function didYouMean(written: string, candidates: readonly string[]): string {
  const name = closestName(written, candidates);
  return name === undefined ? '' : `did you mean "${name}"? `;
}
