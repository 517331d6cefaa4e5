/** The shape of scripts/bench-results.json, and the targets the benchmark checks. */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchOptions } from './bench-args.ts';
import type { BuildResult } from './bench-build.ts';
import type { LighthouseResult } from './bench-lighthouse.ts';
import type { Bytes, PageSizes, SiteSizes, TypeSizes } from './bench-measure.ts';
import type { FirstQuery } from './bench-search.ts';
import type { PageType } from './page-types.ts';

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  packages: Record<string, string>;
  /**
   * 1-minute load average before the benchmark started (above 1 on this 2-core machine, other
   * work was running) and at the end (which includes the benchmark's own last steps).
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

export interface BuildRun {
  ours: { cold: BuildResult; warm: BuildResult };
  bare: { cold: BuildResult; warm: BuildResult };
}

export interface BuildSeries {
  runs: BuildRun[];
  /** Medians over the runs, in seconds; ratios are medians of the per-run ratios (this site ÷ bare). */
  median: { oursCold: number; bareCold: number; oursWarm: number; bareWarm: number; ratioCold: number; ratioWarm: number };
}

/** A site's sizes without the per-page list (kept small for the JSON file). */
export type SizeSummary = Omit<SiteSizes, 'perPage'>;

export interface ScaleResult {
  extraPages: number;
  activities: number;
  caseStudies: number;
  builds: BuildSeries;
  ours: { pages: number; words: number; html: SiteSizes['html']; types: TypeSizes[] };
  bare: { pages: number; words: number; html: SiteSizes['html'] };
}

export interface ProfileRun {
  variant: string;
  description: string;
  /** Medians over the runs, in seconds. */
  cold: number;
  warm: number;
  /** Stages of the median cold build. */
  stages: BuildResult['stages'];
  /** For the `.md` copy: pages compared with this site's build; those differing only in whitespace next to table tags; the others. */
  sameOutput?: { pages: number; whitespaceOnly: string[]; differing: string[] };
}

export interface TargetResult {
  id: TargetId;
  name: string;
  target: string;
  value: string;
  pass: boolean;
  /** Filled in for a missed target: why, and what it would take. */
  explanation?: string;
}

export type TargetId = 'build-ratio' | 'build-ratio-scale' | 'content-js' | 'tool-js' | 'lighthouse' | 'first-query' | 'html-flat';

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

export interface Results {
  date: string;
  machine: Machine;
  options: BenchOptions;
  durationSeconds: number;
  /** Seconds each part of the run took (parts that were skipped are missing). */
  phaseSeconds: Partial<Record<'builds' | 'scale' | 'search' | 'lighthouse' | 'profile', number>>;
  /** The bare site: pages written, words taken from this site's pages, words its build shows. */
  /** Files in content/ whose body needs MDX (imports, components, expressions). */
  mdxFeatureFiles: string[];
  bareSite: { pages: number; words: number; builtWords: number; skipped: string[]; printPacks: boolean };
  builds: BuildSeries;
  sizes: { ours: SizeSummary; bare: SizeSummary; bareContentPage: { js: Bytes; css: Bytes; html: Bytes } };
  /**
   * This site's pages grouped by what they load up front: gzipped JavaScript, and how much more
   * (or less) that is than a bare Starlight content page. `tool` names the interactive tool.
   */
  pageJs: PageJsGroup[];
  scale: ScaleResult | null;
  search: { ours: FirstQuery; bare: FirstQuery } | null;
  lighthouse: LighthouseResult[] | null;
  profile: ProfileRun[] | null;
  targets: TargetResult[];
}

/** Interactive tools: the pages allowed to load JavaScript beyond bare Starlight's. */
export const TOOLS: { name: string; matches: (page: PageSizes) => boolean }[] = [
  { name: 'run mode', matches: (p) => p.type === 'run' },
  { name: 'schedule builder', matches: (p) => p.type === 'schedule-builder' },
  { name: 'search with filters', matches: (p) => p.type === 'search' },
  { name: 'activity finder', matches: (p) => p.path === '/activities/' },
  { name: 'case filters', matches: (p) => p.path === '/cases/' },
  { name: 'self-assessment', matches: (p) => p.path === '/programs/evaluation/' },
];

/** Seconds and ratios as the reports print them. */
export const sec = (n: number) => `${n.toFixed(1)} s`;
export const times = (n: number) => `${n.toFixed(2)}×`;

export const TARGETS = {
  buildRatio: 1.3,
  toolExtraGzip: 15_000,
  firstQueryBytes: 150_000,
  /** Median HTML per page at synthetic scale, relative to the real site's. */
  htmlGrowth: 1.1,
} as const;
