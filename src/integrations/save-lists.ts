/**
 * Astro integration: after the build, writes the "Save for offline" lists (issue 17),
 * `offline/save.json` and `es/offline/save.json`, from the files in the output folder (real
 * sizes, urls with the base; src/lib/save-list.ts decides what goes in). Runs after the CSP step,
 * which rewrites every page (the sizes and the version must be of the final bytes), and before the
 * service worker's step. scripts/pdf.ts calls `writeSaveLists` again once the PDFs exist, so their
 * sizes join the downloads. One read of every file, gzipping the text ones for their download size: about 1 s.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { files, sitePath } from '../lib/html.ts';
import { WORKSHOP_FORMATS } from '../lib/formats/data.ts';
import {
  buildSaveList,
  cssRefs,
  htmlRefs,
  isCompressible,
  pageTitle,
  saveListPath,
  schedulePages,
  scriptRefs,
  totalBytes,
  totalTransfer,
  type Inventory,
  type SaveList,
} from '../lib/save-list.ts';
import { LOCALE_PREFIXES, pageUrl, type Locale } from '../lib/urls.ts';

/**
 * Files of the output folder a save leaves alone: host settings, sitemaps, the save lists
 * themselves, and the service worker (the browser fetches and updates it on its own, with the
 * shell it precaches). Leaving the worker out also keeps the list the same whether it is written
 * before the worker's step (the build) or after it (scripts/pdf.ts).
 */
const NOT_SAVED = /^\/(_headers|sitemap-[^/]*\.xml|(es\/)?offline\/save\.json|sw\.js|workbox-[^/]*\.js)$/;

/** Reads the output folder once: sizes, digests, references and page titles. */
export function readInventory(dir: string, base: string): Inventory {
  const inventoryFiles = new Map<string, { bytes: number; digest: string; gzip?: number }>();
  const refs = new Map<string, string[]>();
  const titles = new Map<string, string>();
  for (const file of files(dir)) {
    const path = sitePath(dir, file);
    if (NOT_SAVED.test(path)) continue;
    const bytes = readFileSync(file);
    inventoryFiles.set(path, {
      bytes: statSync(file).size,
      digest: createHash('sha1').update(bytes).digest('hex'),
      ...(isCompressible(path) ? { gzip: gzipSync(bytes).length } : {}),
    });
    if (file.endsWith('.html')) {
      const html = bytes.toString('utf8');
      refs.set(path, htmlRefs(html, path, base));
      const title = pageTitle(html);
      if (title !== undefined) titles.set(path, title);
    } else if (file.endsWith('.css')) refs.set(path, cssRefs(bytes.toString('utf8'), path, base));
    else if (/\.m?js$/.test(file)) refs.set(path, scriptRefs(bytes.toString('utf8'), path, base));
  }
  return { files: inventoryFiles, refs, titles };
}

interface CurriculumFile {
  modules: { url: string; facilitatorUrl: string; agenda: { activity: string | null }[] }[];
  activities: { id: string; url: string; worksheetUrl: string }[];
}

/** Writes both languages' save lists into `dir`; returns them. */
export function writeSaveLists(dir: string, base: string): SaveList[] {
  const inventory = readInventory(dir, base);
  const built = [...inventory.files.keys()];
  return (Object.keys(LOCALE_PREFIXES) as Locale[]).flatMap((locale) => {
    const curriculumFile = join(dir, pageUrl('/curriculum.json', { locale }).slice(1));
    if (!existsSync(curriculumFile)) return [];
    const curriculum = JSON.parse(readFileSync(curriculumFile, 'utf8')) as CurriculumFile;
    const schedules = Object.fromEntries(
      WORKSHOP_FORMATS.map((format) => [format.id, schedulePages(format.id, locale, built, curriculum.modules, curriculum.activities)]),
    );
    const list = buildSaveList({ locale, base, inventory, schedules });
    const out = join(dir, saveListPath(locale).slice(1));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(list));
    return [list];
  });
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** The build log's line: "Save-for-offline lists: en 490 files, 7.9 MB to download, 18.0 MB on the device (+ 345 downloads, 30.4 MB); es …". */
export function saveListsLine(lists: readonly SaveList[]): string {
  return `Save-for-offline lists: ${lists
    .map(
      (l) =>
        `${l.locale} ${l.files.length} files, ${mb(totalTransfer(l.files))} MB to download, ${mb(totalBytes(l.files))} MB on the device (+ ${l.downloads.length} downloads, ${mb(totalBytes(l.downloads))} MB)`,
    )
    .join('; ')}.`;
}

export default function saveLists(): AstroIntegration {
  let base = '/';
  return {
    name: 'distributed-organizing:save-lists',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        logger.info(saveListsLine(writeSaveLists(fileURLToPath(dir), base)));
      },
    },
  };
}
