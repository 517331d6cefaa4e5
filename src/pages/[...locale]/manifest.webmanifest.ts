import type { APIRoute } from 'astro';
import { localizedPaths } from '../../lib/locale-paths.ts';
import { translatorFor } from '../../lib/labels.ts';
import { asLocale } from '../../lib/urls.ts';
import { webManifest } from '../../lib/web-manifest.ts';

/** One manifest per language: `dist/manifest.webmanifest` and `dist/es/manifest.webmanifest` (src/lib/web-manifest.ts). */
export const getStaticPaths = localizedPaths(async () => [{ params: {} }]);

export const GET: APIRoute = ({ currentLocale }) => {
  const locale = asLocale(currentLocale);
  const t = translatorFor(locale);
  const manifest = webManifest(locale, import.meta.env.BASE_URL, {
    name: t('offline.manifest.name'),
    shortName: t('offline.manifest.shortName'),
    description: t('offline.manifest.description'),
  });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
