/**
 * The rows of the public translation status page (`/translations/`): every English entry with
 * text, in each language, as up to date, outdated or missing, with its reviewer. Read from the
 * same check the build and `npm run translations` run (`src/lib/translations-check.ts`).
 */
import type { TranslationCheck } from './translations-check.ts';
import type { TranslationState } from './translation.ts';
import { translationLocales, type TranslationLocale } from '../schemas/translation.ts';

export interface StatusRow {
  /** The English file, as authors see it. */
  english: string;
  /** The translated file (written or to write). */
  translated: string;
  state: TranslationState;
  reviewer: string | undefined;
}

export interface LocaleStatus {
  locale: TranslationLocale;
  rows: StatusRow[];
  counts: Record<TranslationState, number> & { reviewed: number };
}

export function translationStatus(check: TranslationCheck): LocaleStatus[] {
  return translationLocales.map((locale) => {
    const rows: StatusRow[] = [
      ...check.entries
        .filter((entry) => entry.locale === locale)
        .map((entry) => ({ english: entry.source.file, translated: entry.file, state: entry.state, reviewer: entry.reviewer })),
      ...check.missing
        .filter((entry) => entry.locale === locale)
        .map(({ source }) => ({
          english: source.file,
          translated: `content/${locale}/${source.path}`,
          state: 'missing' as const,
          reviewer: undefined,
        })),
    ].sort((a, b) => (a.english < b.english ? -1 : a.english > b.english ? 1 : 0));
    const count = (state: TranslationState) => rows.filter((row) => row.state === state).length;
    return {
      locale,
      rows,
      counts: {
        'up-to-date': count('up-to-date'),
        outdated: count('outdated'),
        missing: count('missing'),
        reviewed: rows.filter((row) => row.reviewer !== undefined).length,
      },
    };
  });
}
