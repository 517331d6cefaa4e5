/** The shape of scripts/bench-results.json, and the machine it was measured on. */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchOptions } from './bench-args.ts';
import type { LighthouseResult, Stages } from './bench-parse.ts';
import type { FirstQuery } from './bench-search.ts';
import type { OfflineSave } from './bench-offline.ts';
import type { PageType } from './page-types.ts';

/** Bumped when the shape changes, so an old file is refused instead of misread. */
export const RESULTS_VERSION = 2;

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  packages: Record<string, string>;
  /**
   * 1-minute load average before the benchmark started and at its end. Above the number of
   * cores, other work was running on the machine (the report says so).
   */
  load: { start: number; end: number };
}

export function machine(repoRoot: string, loadAtStart: number): Machine {
  const version = (name: string) => {
    try {
      return (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'not installed';
    }
  };
  return {
    os: `${type()} ${release()}`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    packages: Object.fromEntries(['astro', '@astrojs/starlight', '@astrojs/mdx', 'pagefind', 'lighthouse'].map((n) => [n, version(n)])),
    load: { start: loadAtStart, end: Math.round((loadavg()[0] ?? 0) * 100) / 100 },
  };
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface BuildResult {
  /** Wall-clock seconds of the whole `astro build` process (Pagefind included). */
  seconds: number;
  stages: Stages;
  /** Peak resident memory of the build in MiB, when /usr/bin/time is available. */
  peakMiB: number | undefined;
  /** Astro's own "N page(s) built in X s" figure. */
  astroSeconds: number | undefined;
}

/** A cold build (empty cache) and the warm one after it (the cache the cold one left). */
export interface ColdWarm {
  cold: BuildResult;
  warm: BuildResult;
}

/** The sites built in one run. `bare` has the same pages as MDX (the ratio's denominator); `bareMd` as `.md`. */
export interface BuildRun {
  ours: ColdWarm;
  bare: ColdWarm;
  bareMd?: ColdWarm;
}

/** Medians over the runs, in seconds; ratios are medians of the per-run ratios (this site ÷ the bare site). */
export interface SeriesMedians {
  oursCold: number;
  oursWarm: number;
  bareCold: number;
  bareWarm: number;
  ratioCold: number;
  ratioWarm: number;
  /** Against the `.md` bare site, when it was built. */
  bareMdCold?: number;
  bareMdWarm?: number;
  ratioMdCold?: number;
  ratioMdWarm?: number;
}

export interface BuildSeries {
  runs: BuildRun[];
  median: SeriesMedians;
}

export interface PageSizes {
  path: string;
  type: PageType;
  html: Bytes;
  /** Script files (with their static imports) plus inline scripts. */
  js: Bytes;
  /** Linked stylesheets plus inline `<style>`. */
  css: Bytes;
  /** The script files, as paths in dist, for reports. */
  scripts: string[];
  words: number;
}

export interface TypeSizes {
  type: PageType;
  pages: number;
  /** The page with the most JavaScript (gzip) of this type. */
  heaviest: string;
  html: Bytes;
  htmlMax: Bytes;
  js: Bytes;
  jsMax: Bytes;
  css: Bytes;
}

export interface HtmlSummary {
  median: Bytes;
  max: Bytes;
  maxPath: string;
  total: Bytes;
}

export interface SiteSizes {
  pages: number;
  distBytes: number;
  words: number;
  html: HtmlSummary;
  types: TypeSizes[];
  pagefind: { files: number; bytes: number };
  perPage: PageSizes[];
}

/** A site's sizes without the per-page list (kept small for the JSON file). */
export type SizeSummary = Omit<SiteSizes, 'perPage'>;

export interface ScaleResult {
  extraPages: number;
  activities: number;
  caseStudies: number;
  builds: BuildSeries;
  ours: { pages: number; words: number; html: HtmlSummary; types: TypeSizes[] };
  bare: { pages: number; words: number; html: HtmlSummary };
}

export interface PageJsGroup {
  type: PageType;
  tool: string | null;
  jsGzip: number;
  extraGzip: number;
  pages: number;
  examples: string[];
  /** Script files beyond the bare page's (names without the content hash). */
  extraFiles: string[];
}

/** One run of scripts/pdf.ts on the benchmark's build of this site. */
export interface PdfRun {
  /** Wall-clock seconds of the whole `node scripts/pdf.ts` process (Chromium start included). */
  seconds: number;
  /** Files the run printed with Chromium (read from its output); the rest came from the cache. */
  printed: number;
  /** Files it wrote, printed or from the cache. */
  files: number;
}

export interface PdfResult {
  /** PDF files written and their printed pages (read from the PDFs with unpdf). */
  files: number;
  pages: number;
  bytes: number;
  /** First run, with dist/pdf/ and the PDF cache emptied and a fresh Chromium. */
  cold: PdfRun;
  /** The runs after it, with the cache the cold run filled: nothing changed, nothing printed. */
  warm: PdfRun[];
  /** One more run after a one-word edit of one printable page: only that page's files are printed. */
  edited?: PdfRun;
  /** Median of the warm runs' seconds. */
  warmSeconds: number;
}

export type TargetId =
  'build-ratio' | 'build-ratio-scale' | 'content-js' | 'tool-js' | 'lighthouse' | 'first-query' | 'first-query-es' | 'html-flat';

export interface TargetResult {
  id: TargetId;
  name: string;
  goal: string;
  value: string;
  pass: boolean;
  /** For a missed target: what the numbers of this run show about where the difference is. */
  explanation?: string;
}

export interface Results {
  version: typeof RESULTS_VERSION;
  date: string;
  machine: Machine;
  options: BenchOptions;
  /** The command line the results came from, e.g. "npm run bench -- --no-scale". */
  command: string;
  durationSeconds: number;
  /** Seconds each part of the run took (parts that were skipped are missing). */
  phaseSeconds: Partial<Record<'builds' | 'scale' | 'pdf' | 'search' | 'offline' | 'lighthouse', number>>;
  /** The bare site: pages written, words taken from this site's pages, words its build shows. */
  bareSite: { pages: number; words: number; builtWords: number; skipped: string[]; printPacks: boolean };
  builds: BuildSeries;
  sizes: { ours: SizeSummary; bare: SizeSummary; bareContentPage: { js: Bytes; css: Bytes; html: Bytes } };
  /**
   * This site's pages grouped by what they load up front: gzipped JavaScript, and how much more
   * (or less) that is than a bare Starlight content page. `tool` names the interactive tool.
   */
  pageJs: PageJsGroup[];
  scale: ScaleResult | null;
  pdf: PdfResult | null;
  /** The first search on an English page of both sites, and (since issue 16) on a Spanish page of this one. */
  search: { ours: FirstQuery; bare: FirstQuery; spanish?: FirstQuery } | null;
  /** "Save for offline" per language: its bytes and its time on a slow phone connection (missing in older results). */
  offline?: OfflineSave[] | null;
  lighthouse: LighthouseResult[] | null;
  targets: TargetResult[];
}
