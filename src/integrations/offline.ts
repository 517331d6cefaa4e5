/**
 * Astro integration (issue 17): after the build, writes the service worker `${base}sw.js` with
 * Workbox over the output dir, from the options in src/lib/service-worker.ts. Registered after
 * `contentSecurityPolicy()`, so the offline pages it precaches already carry their final policy
 * (a precached copy with an older hash would block its own scripts), and after `saveLists()`,
 * whose lists already carry a version of every file they hold: the worker's version is made of
 * those, so no step reads every page a second time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { saveListPath, type SaveList } from '../lib/save-list.ts';
import { offlinePageFile, pageAssets, serviceWorkerOptions } from '../lib/service-worker.ts';
import { LOCALE_PREFIXES, normalizeBase, type Locale } from '../lib/urls.ts';

/** Writes `sw.js` into a built site; returns what it precaches. Also what a test runs for a "second build" of the worker. */
export async function writeServiceWorker(dir: string, base: string): Promise<{ count: number; size: number; warnings: string[] }> {
  const read = (file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined);
  const shellAssets = new Set<string>();
  for (const locale of Object.keys(LOCALE_PREFIXES) as Locale[]) {
    const html = read(offlinePageFile(locale));
    if (html === undefined)
      throw new Error(`Service worker: ${offlinePageFile(locale)} is missing from ${dir}; the worker needs it as the offline page.`);
    for (const file of pageAssets(html, base, read)) shellAssets.add(file);
  }
  // The site's version: the save lists' versions, which change with any page, asset or search file
  // (the pages are not precached, but a changed one is a new version).
  const version = (Object.keys(LOCALE_PREFIXES) as Locale[])
    .map((locale) => {
      const file = saveListPath(locale).slice(1);
      const list = read(file);
      if (list === undefined)
        throw new Error(
          `Service worker: ${file} is missing from ${dir}; write the save lists first (writeSaveLists, or saveLists() before offlineServiceWorker() in astro.config.mjs).`,
        );
      return (JSON.parse(list) as SaveList).version;
    })
    .join('-');
  return generateSW(serviceWorkerOptions({ dir, base: normalizeBase(base), shellAssets: [...shellAssets], version }));
}

export default function offlineServiceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'distributed-organizing:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker ${normalizeBase(base)}sw.js written: ${count} files precached, ${Math.round(size / 1024)} KB.`);
      },
    },
  };
}
