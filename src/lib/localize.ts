/**
 * A curriculum in another language: the English entries with each translation's text laid over
 * them (`applyTranslation`), so minutes, kinds, flags and references are the English ones by
 * construction. A few English fields name other text of the same entry (a flip chart's agenda
 * item, the table a worksheet drawing reads, the players a power map's player influences); they
 * are `verbatim()` in the schemas and follow the translated text here, by position.
 *
 * An entry without a translation keeps its English text and is reported by the translation
 * status (`src/lib/translations-check.ts`); `translationOf` tells a page which case it is.
 */
import type { CurriculumInput, Entry } from './content-types.ts';
import { applyTranslation } from './translation.ts';
import { curriculumCollectionNames, curriculumCollections, type CurriculumCollection } from '../schemas/collections.ts';
import { translationExtras, translationLocales, type TranslationLocale } from '../schemas/translation.ts';

/** A translated entry as the content layer gives it: its id (`es/modules/coaching`) and data as written. */
export interface TranslationSource {
  id: string;
  data: Record<string, unknown>;
}

/** What a page says about the text it shows. */
export interface TranslationInfo {
  /** The file the text comes from, as authors see it: `content/es/modules/coaching.mdx`. */
  file: string;
  /** The bilingual reviewer named in the file, if any. */
  reviewer: string | undefined;
  /** Extra fields of the translation (the glossary's alternatives). */
  extras: Record<string, unknown>;
}

/**
 * The id a translation of `entry` has in the translations collection: `es/modules/coaching`,
 * `es/casestudies/fight-for-15`, `es/evaluation` (Astro's glob loader writes ids in lower case).
 */
export function translationId(locale: TranslationLocale, collection: CurriculumCollection, entryId: string): string {
  const folder = curriculumCollections[collection].folder;
  return (folder === '' ? `${locale}/${entryId}` : `${locale}/${folder}/${entryId}`).toLowerCase();
}

/**
 * The language of a content file from its path (`…/content/es/modules/x.mdx` → `es`), for the
 * Markdown plugins; `undefined` for an English file.
 */
export function localeOfContentFile(root: string, path: string | undefined): TranslationLocale | undefined {
  if (path === undefined) return undefined;
  const normalized = path.split('\\').join('/');
  const inside = normalized.startsWith(root) ? normalized.slice(root.length) : normalized;
  return translationLocales.find(
    (locale) => inside.replace(/^\/+/, '').startsWith(`${locale}/`) || normalized.includes(`/content/${locale}/`),
  );
}

/** The translated file's path: the English path with the locale folder after `content/`. */
export function translatedFile(locale: TranslationLocale, englishFile: string): string {
  return englishFile.replace(/^content\//, `content/${locale}/`);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text fields of a translation: without its record and the collection's extras. */
function textOnly(collection: CurriculumCollection, data: Record<string, unknown>): Record<string, unknown> {
  const extras = Object.keys(translationExtras[collection] ?? {});
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'translation' && !extras.includes(key)));
}

type Data = Record<string, unknown>;
const list = (value: unknown): Data[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** The translated text at the position `from` has among `english`: `at(['A','B'], ['a','b'], 'B')` → `'b'`. */
function follow(englishValues: readonly unknown[], translatedValues: readonly unknown[], from: unknown): unknown {
  const index = englishValues.indexOf(from);
  return index >= 0 && typeof translatedValues[index] === 'string' ? translatedValues[index] : from;
}

/** Fields that name other text of the same entry, made to follow the translation. */
function followNames(collection: CurriculumCollection, english: Data, translated: Data): Data {
  if (collection === 'modules') {
    const titles = (data: Data) => list(data['agenda']).map((item) => item['title']);
    const [from, to] = [titles(english), titles(translated)];
    return {
      ...translated,
      flipCharts: list(translated['flipCharts']).map((chart) =>
        chart['item'] === undefined ? chart : { ...chart, item: follow(from, to, chart['item']) },
      ),
    };
  }
  if (collection === 'activities') {
    const sections = (data: Data) => list(isRecord(data['worksheet']) ? data['worksheet']['sections'] : []);
    const [from, to] = [sections(english), sections(translated)];
    const headings = [from.map((s) => s['heading']), to.map((s) => s['heading'])] as const;
    const sectionsOut = to.map((section) => ({
      ...section,
      from: list(section['from']).map((read) => {
        const at = headings[0].indexOf(read['table']);
        const columns = at >= 0 ? [from[at]?.['columns'], to[at]?.['columns']] : [];
        const [columnsFrom, columnsTo] = columns.map((c) => (Array.isArray(c) ? c : []));
        return {
          ...read,
          table: follow(headings[0], headings[1], read['table']),
          columns: Array.isArray(read['columns'])
            ? read['columns'].map((c: unknown) => follow(columnsFrom ?? [], columnsTo ?? [], c))
            : read['columns'],
        };
      }),
    }));
    return { ...translated, worksheet: { ...(translated['worksheet'] as Data), sections: sectionsOut } };
  }
  if (collection === 'pictures' && isRecord(english['drawing']) && isRecord(translated['drawing'])) {
    const players = (data: Data) => list((data['drawing'] as Data)['players']);
    const [from, to] = [players(english), players(translated)];
    if (from.length === 0) return translated;
    const names = [from.map((p) => p['name']), to.map((p) => p['name'])] as const;
    const playersOut = to.map((player) => ({
      ...player,
      influences: Array.isArray(player['influences'])
        ? player['influences'].map((name: unknown) => follow(names[0], names[1], name))
        : player['influences'],
    }));
    return { ...translated, drawing: { ...(translated['drawing'] as Data), players: playersOut } };
  }
  return translated;
}

/**
 * The curriculum input in `locale`: each entry's data with its translation laid over it, and a
 * map from each entry (`<collection>/<id>`) to what its page says about the translation.
 */
export function localizeInput(
  input: CurriculumInput,
  locale: TranslationLocale,
  translations: readonly TranslationSource[],
): { input: CurriculumInput; info: Map<string, TranslationInfo> } {
  const byId = new Map(translations.map((entry) => [entry.id, entry.data]));
  const info = new Map<string, TranslationInfo>();
  const out = {} as Record<CurriculumCollection, Entry<unknown>[]>;
  for (const collection of curriculumCollectionNames) {
    out[collection] = (input[collection] as Entry<unknown>[]).map((entry) => {
      const translated = byId.get(translationId(locale, collection, entry.id));
      if (translated === undefined) return entry;
      const record = isRecord(translated['translation']) ? translated['translation'] : {};
      const extras = Object.fromEntries(
        Object.keys(translationExtras[collection] ?? {}).flatMap((key) => (key in translated ? [[key, translated[key]]] : [])),
      );
      info.set(`${collection}/${entry.id}`, {
        file: translatedFile(locale, entry.file),
        reviewer: typeof record['reviewer'] === 'string' ? record['reviewer'] : undefined,
        extras,
      });
      const text = textOnly(collection, translated);
      // The glossary's phrases not to link inside are the translation's own; its alternatives link too.
      const own =
        collection === 'glossary'
          ? {
              notInside: extras['notInside'] ?? [],
              alternatives: extras['alternatives'] ?? [],
              ...(extras['autoLink'] === false ? { autoLink: false } : {}),
            }
          : {};
      const laid = { ...(applyTranslation(entry.data, text) as Data), ...own };
      const data = isRecord(entry.data) ? { ...laid, ...followNames(collection, entry.data, laid) } : laid;
      return { ...entry, data };
    });
  }
  return { input: out as CurriculumInput, info };
}
