/**
 * Sentences of the interface that hold a link or a key name keep the link inside the
 * translated sentence, marked with a tag: `"Open <link>the facilitator page</link> for clock
 * times."`. A translator moves the tag with the words; the template lays the parts out and
 * decides what each tag becomes (`<a href>`, `<kbd>`…). No HTML from the dictionary is ever
 * injected.
 *
 * @example
 * richText('Press <kbd>Space</kbd> to start.')
 * // → [{ text: 'Press ' }, { text: 'Space', tag: 'kbd' }, { text: ' to start.' }]
 */
export interface RichPart {
  text: string;
  /** The tag name around this part (`link`, `kbd`…), absent for plain text. */
  tag?: string;
}

const tagged = /<([a-zA-Z][a-zA-Z0-9]*)>(.*?)<\/\1>/gs;

/** Splits a translated sentence into plain and tagged parts, in order. */
export function richText(sentence: string): RichPart[] {
  const parts: RichPart[] = [];
  let last = 0;
  for (const match of sentence.matchAll(tagged)) {
    const [whole, tag = '', text = ''] = match;
    if (match.index > last) parts.push({ text: sentence.slice(last, match.index) });
    parts.push({ text, tag });
    last = match.index + whole.length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last) });
  return parts;
}

/**
 * Fills `{name}` placeholders of a sentence the page handed to a client script (the server
 * reads it with `t()`, where single braces are left alone; the browser fills them with
 * values it only knows at run time).
 *
 * @example
 * fill('{answered} of {total} practices answered', { answered: 7, total: 10 })
 * // → '7 of 10 practices answered'
 */
export function fill(sentence: string, values: Readonly<Record<string, string | number>>): string {
  return sentence.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** A sentence in each plural form of a language (`one`, `other`, and `few`, `many`… where it has them). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * Reads a counted sentence in every plural form of `lang`, for a script that only learns the
 * count in the browser: `sentence(n)` is called (on the server, with `t`) with the smallest
 * number of each form.
 *
 * @example
 * pluralForms('en', (count) => t('search.page.results', { count }))
 * // → { one: '{count} result.', other: '{count} results.' }
 */
export function pluralForms(lang: string, sentence: (count: number) => string): PluralForms {
  const rules = new Intl.PluralRules(lang);
  const forms: PluralForms = {};
  // Whole numbers first, then fractions, which some languages give a form of their own.
  for (const n of [...Array.from({ length: 1001 }, (_, i) => i), 0.5, 1.5]) {
    const form = rules.select(n);
    forms[form] ??= sentence(n);
  }
  return forms;
}

/** Picks the form for `count` and fills `{count}` and any other values. */
export function plural(forms: PluralForms, lang: string, count: number, values: Readonly<Record<string, string | number>> = {}): string {
  const sentence = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other ?? '';
  return fill(sentence, { ...values, count });
}
