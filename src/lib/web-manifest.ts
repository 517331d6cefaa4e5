/**
 * Installable (issue 17): the web app manifest of a language, so a trainer can put the training on
 * a phone's or laptop's home screen and it opens in that language, under the deployment base.
 * Served at `toolPaths.manifest()` per language (`/manifest.webmanifest`, `/es/manifest.webmanifest`).
 */
import { pageUrl, paths, type Locale } from './urls.ts';

/** The site's colours (src/styles/custom.css): the light theme's accent and page background. */
export const THEME_COLOR = '#a3301a';
export const BACKGROUND_COLOR = '#ffffff';

/** The icons in public/icons/, made from public/favicon.svg by scripts/icons.ts. */
export const ICONS = [
  { file: 'icon-192.png', sizes: '192x192', purpose: 'any' },
  { file: 'icon-512.png', sizes: '512x512', purpose: 'any' },
  { file: 'icon-maskable-512.png', sizes: '512x512', purpose: 'maskable' },
] as const;

export interface ManifestWords {
  name: string;
  shortName: string;
  description: string;
}

export function webManifest(locale: Locale, base: string, words: ManifestWords) {
  const start = pageUrl(paths.home(), { base, locale });
  return {
    // Starts and stays in one language: the Spanish app opens /es/ and keeps its links inside /es/.
    id: start,
    name: words.name,
    short_name: words.shortName,
    description: words.description,
    lang: locale,
    dir: 'ltr',
    start_url: start,
    scope: start,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICONS.map((icon) => ({
      src: pageUrl(`/icons/${icon.file}`, { base }),
      sizes: icon.sizes,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
