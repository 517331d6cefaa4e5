/**
 * The interface texts the room-size and interpretation tools write in the browser: the
 * checklist's counting sentences, the builder's messages about the room and the language.
 * Pages pick them out of `Astro.locals.t.all()` with `sizesTexts` and hand them to client
 * scripts as JSON; `sizesTranslator` fills them in the browser exactly as `t()` does.
 */
import type { InterfaceKey, Translate } from './labels.ts';

/** The dictionary prefixes the room tools read. */
const PREFIXES = ['sizes.', 'label.per.', 'label.duration.', 'checklist.'] as const;

const wanted = (key: string) => PREFIXES.some((prefix) => key.startsWith(prefix));

/**
 * The room tools' texts out of a whole dictionary (the page language's `t.all()`), with
 * English (`englishTexts` of src/lib/labels.ts) for any key a partial translation leaves out.
 */
export function sizesTexts(
  dictionary: Readonly<Record<string, unknown>>,
  fallback: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const key of Object.keys(fallback).filter(wanted)) {
    const text = dictionary[key] ?? fallback[key];
    if (typeof text === 'string') texts[key] = text;
  }
  return texts;
}

/** Reads the texts back from a page's `data-` attribute; anything that is not a string is dropped. */
export function parseSizesTexts(json: string): Record<string, string> {
  const parsed: unknown = JSON.parse(json);
  const texts: Record<string, string> = {};
  if (typeof parsed !== 'object' || parsed === null) return texts;
  for (const [key, value] of Object.entries(parsed)) if (wanted(key) && typeof value === 'string') texts[key] = value;
  return texts;
}

/**
 * A `Translate` over these texts: "{{name}}" and "{{- name}}" are replaced by the value. A key
 * the page did not hand over is a programming error and fails loudly.
 */
export function sizesTranslator(texts: Readonly<Record<string, string>>): Translate {
  return (key: InterfaceKey, values: Readonly<Record<string, string | number>> = {}) => {
    const text = texts[key];
    if (text === undefined) throw new Error(`The room texts have no "${key}".`);
    return text.replace(/\{\{-?\s*(\w+)\s*\}\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`The text "${key}" needs a value for "${name}".`);
      return String(value);
    });
  };
}
