/**
 * Every page exists once per language of the site: English at the root, each translation under
 * its prefix (`/es/…`). Pages live in `src/pages/[...locale]/` and wrap their English paths with
 * `localizedPaths`; the page reads its language from `Astro.currentLocale`.
 *
 * @example
 * export const getStaticPaths = localizedPaths(async () => modules.map((m) => ({ params: { id: m.id } })));
 * // → [{ params: { id: 'x', locale: undefined } }, { params: { id: 'x', locale: 'es' } }, …]
 */
import { translationLocales } from '../schemas/translation.ts';

interface PagePath {
  params: Record<string, string | number | undefined>;
  props?: Record<string, unknown>;
}

/** The English paths of a page, repeated for each language (the root locale has no `locale` param). */
export function localizedPaths<P extends PagePath>(englishPaths: () => P[] | Promise<P[]>) {
  return async () => {
    const english = await englishPaths();
    return [undefined, ...translationLocales].flatMap((locale) => english.map((path) => ({ ...path, params: { ...path.params, locale } })));
  };
}
