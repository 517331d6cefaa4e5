import type { APIRoute } from 'astro';
import { getCurriculum } from '../../data/curriculum.ts';
import { exportCurriculum } from '../../lib/export.ts';
import { localizedPaths } from '../../lib/locale-paths.ts';
import { asLocale } from '../../lib/urls.ts';

/** One file per language: `dist/curriculum.json`, and `dist/es/curriculum.json` with the Spanish text (the same ids, minutes and structure). */
export const getStaticPaths = localizedPaths(async () => [{ params: {} }]);

/** `dist/curriculum.json`: the whole curriculum as data. Format in the README. */
export const GET: APIRoute = async ({ currentLocale }) => {
  const data = exportCurriculum(await getCurriculum(currentLocale), asLocale(currentLocale));
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
