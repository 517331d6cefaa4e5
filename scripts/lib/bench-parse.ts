/**
 * Pure readers for the benchmark: Astro's build log, what scripts/pdf.ts prints, a Lighthouse
 * result, and scripts/bench-results.json. No file system, no processes: tests feed them text.
 */

/** The build stages the reports show, in order, with their names. */
export const STAGES = ['sync', 'collect', 'bundle', 'render', 'pagefind'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_NAMES: Record<Stage, string> = {
  sync: 'content sync and types',
  collect: 'collect build info (includes the sync)',
  bundle: 'Vite bundles',
  render: 'rendering pages',
  pagefind: 'Pagefind index',
};

/** Stages of one build, in seconds, read from Astro's log (missing when its line is missing). */
export type Stages = Partial<Record<Stage, number>>;

/** Terminal colour codes, stripped before a log is read. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, 'g');
export const stripAnsi = (text: string): string => text.replace(ANSI, '');

/** "12.3" + "ms" → 0.0123; "4.5" + "s" → 4.5. */
export function toSeconds(value: string, unit: string): number {
  return Number(value) / (unit === 'ms' ? 1000 : 1);
}

/** Reads the stage timings from the log of `astro build` (colours stripped first). */
export function stagesOf(log: string): Stages {
  const lines = stripAnsi(log).split('\n');
  const find = (pattern: RegExp, after = 0): { i: number; seconds: number } | undefined => {
    for (let i = after; i < lines.length; i++) {
      const m = pattern.exec(lines[i] ?? '');
      if (m?.[1] && m[2]) return { i, seconds: toSeconds(m[1], m[2]) };
    }
    return undefined;
  };
  const stages: Stages = {};
  const sync = find(/\[types\] Generated ([\d.]+)(m?s)/);
  if (sync) stages.sync = sync.seconds;
  const collectStart = lines.findIndex((l) => l.includes('Collecting build info'));
  const collect = collectStart >= 0 ? find(/\[build\] ✓ Completed in ([\d.]+)(m?s)/, collectStart) : undefined;
  if (collect) stages.collect = collect.seconds;
  // Vite runs one bundle per environment (server, client): their times add up.
  let bundle = 0;
  for (const line of lines) {
    const m = /\[vite\] ✓ built in ([\d.]+)(m?s)/.exec(line);
    if (m?.[1] && m[2]) bundle += toSeconds(m[1], m[2]);
  }
  if (bundle > 0) stages.bundle = bundle;
  const render = find(/^\S+ ✓ Completed in ([\d.]+)(m?s)/);
  if (render) stages.render = render.seconds;
  const pagefind = find(/Finished building search index in ([\d.]+)(m?s)/);
  if (pagefind) stages.pagefind = pagefind.seconds;
  return stages;
}

/** Peak memory in MiB from the `BENCH_PEAK_KIB=` line `/usr/bin/time -f` adds; undefined without it. */
export function peakMiB(log: string): number | undefined {
  const kib = /BENCH_PEAK_KIB=(\d+)/.exec(log)?.[1];
  return kib === undefined ? undefined : Number(kib) / 1024;
}

/** Astro's own "N page(s) built in X s" figure, in seconds. */
export function astroSeconds(log: string): number | undefined {
  const m = /page\(s\) built in ([\d.]+)(m?s)/.exec(stripAnsi(log));
  return m?.[1] && m[2] ? toSeconds(m[1], m[2]) : undefined;
}

/** One file as scripts/pdf.ts reports it: printed (with its time) or copied from the cache. */
export interface PrintedPack {
  file: string;
  kib: number;
  /** Milliseconds to print it; undefined when it came from the cache. */
  ms: number | undefined;
}

/** What one run of scripts/pdf.ts wrote: a line per file, then its own total. */
export interface PdfLog {
  /** Every file written, printed or from the cache. */
  packs: PrintedPack[];
  /** How many of them Chromium printed (the rest came from the cache). */
  printed: number;
  /** From pdf.ts's closing "PDF step: …" line; undefined when it is missing. */
  seconds: number | undefined;
}

/**
 * Reads the output of scripts/pdf.ts: lines like
 * `[3/8] dist/pdf/two-day-facilitator-pack-a4.pdf (412 KiB, 2315 ms)` or `… (412 KiB, from cache)`,
 * and the closing `PDF step: 8 files (2 printed, 6 from cache) in 14.2 s`.
 */
export function parsePdfLog(log: string): PdfLog {
  const packs: PrintedPack[] = [];
  for (const line of stripAnsi(log).split('\n')) {
    const m = /^\[\d+\/\d+\] (\S+\.pdf) \((\d+) KiB, (?:(\d+) ms|from cache)\)$/.exec(line.trim());
    if (m?.[1] && m[2]) packs.push({ file: m[1], kib: Number(m[2]), ms: m[3] === undefined ? undefined : Number(m[3]) });
  }
  const total = /^PDF step: \d+ files? \(\d+ printed, \d+ from cache\) in ([\d.]+) s$/m.exec(stripAnsi(log))?.[1];
  return {
    packs,
    printed: packs.filter((p) => p.ms !== undefined).length,
    seconds: total === undefined ? undefined : Number(total),
  };
}

/** The line scripts/pdf.ts ends with; `parsePdfLog` reads it back. */
export const pdfSummaryLine = (files: number, printed: number, seconds: number): string =>
  `PDF step: ${files} ${files === 1 ? 'file' : 'files'} (${printed} printed, ${files - printed} from cache) in ${seconds.toFixed(1)} s`;

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailedAudit {
  category: Category;
  id: string;
  title: string;
  /** 0–1; null for audits that report an error instead of a score. */
  score: number | null;
  /** Lighthouse's one-line summary (a metric value, or how many elements fail). */
  displayValue?: string;
}

export interface LighthouseResult {
  label: string;
  path: string;
  /** Category scores, 0–100. */
  scores: Record<Category, number>;
  /** Audits that cost points in a category scoring below 100. */
  failed: FailedAudit[];
  /** Audits scoring below 1 in a category that still rounds to 100 (e.g. a metric at 0.99). */
  nearMisses: FailedAudit[];
  /** Core metrics from the performance category, in milliseconds (CLS unitless). */
  metrics: Record<string, number>;
  warnings: string[];
}

/** The part of Lighthouse's result (`lhr`) the benchmark reads; Lighthouse's own `Result` fits it. */
export interface LhrLike {
  categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Partial<
    Record<
      string,
      { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }
    >
  >;
  runWarnings: string[];
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const UNSCORED = new Set(['notApplicable', 'informative', 'manual']);

/** Scores, the audits that cost points, and the core metrics of one Lighthouse run. */
export function summarizeLighthouse(lhr: LhrLike, label: string, path: string): LighthouseResult {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<
    Category,
    number
  >;
  const imperfect: FailedAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || UNSCORED.has(audit.scoreDisplayMode)) continue;
      if (audit.score !== null && audit.score >= 1) continue;
      imperfect.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  const metrics: Record<string, number> = {};
  for (const id of METRICS) {
    const value = lhr.audits[id]?.numericValue;
    if (value !== undefined) metrics[id] = Math.round(value * 1000) / 1000;
  }
  return {
    label,
    path,
    scores,
    failed: imperfect.filter((a) => scores[a.category] < 100),
    nearMisses: imperfect.filter((a) => scores[a.category] >= 100),
    metrics,
    warnings: lhr.runWarnings,
  };
}

/** Per label, the run with the median performance score (the lower middle for an even count). */
export function medianLighthouseRuns(runs: LighthouseResult[]): LighthouseResult[] {
  const labels = [...new Set(runs.map((r) => r.label))];
  return labels.flatMap((label) => {
    const same = runs.filter((r) => r.label === label).sort((a, b) => a.scores.performance - b.scores.performance);
    const pick = same[Math.floor((same.length - 1) / 2)];
    return pick ? [pick] : [];
  });
}

/** Fields every results file has; `parseResults` checks them so a stale or hand-edited file fails clearly. */
const REQUIRED: [path: string, kind: 'string' | 'number' | 'object' | 'array'][] = [
  ['version', 'number'],
  ['date', 'string'],
  ['machine', 'object'],
  ['options', 'object'],
  ['builds', 'object'],
  ['builds.runs', 'array'],
  ['builds.median', 'object'],
  ['sizes', 'object'],
  ['pageJs', 'array'],
  ['targets', 'array'],
];

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * Parses scripts/bench-results.json (as text) and checks its shape. Throws one line naming the
 * file, the field, what was expected and what was found, and how to fix it.
 */
export function parseResults<T>(text: string, file: string, version: number): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}). Fix: run "npm run bench" to write it again.`, { cause: error });
  }
  for (const [path, kind] of REQUIRED) {
    let value: unknown = data;
    for (const key of path.split('.')) value = kindOf(value) === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    const found = kindOf(value);
    if (found !== kind)
      throw new Error(`${file} → ${path}: expected ${kind}; found ${found}. Fix: run "npm run bench" to write the file again.`);
    if (path === 'version' && value !== version)
      throw new Error(
        `${file} → version: expected ${version}; found ${String(value)}. Fix: run "npm run bench" (this file was written by another version of the benchmark).`,
      );
  }
  return data as T;
}
