/**
 * The benchmark's arithmetic, pure: medians and ranges, per-run ratios, sizes per page type,
 * JavaScript per page group, stage-by-stage differences, gzip sizes, PDF seconds per page.
 */
import { gzipSync } from 'node:zlib';
import { STAGES, type Stage } from './bench-parse.ts';
import type { PageType } from './page-types.ts';
import type { BuildRun, Bytes, PageJsGroup, PageSizes, PdfResult, SeriesMedians, TypeSizes } from './bench-results.ts';

/** Bytes after gzip at the default level, as a static host sends text. */
export const gz = (data: string | Buffer): number => gzipSync(data).length;

/** The median; the mean of the two middle values for an even count; 0 for none. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? 0;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** Smallest and largest value (both 0 for none). */
export function range(values: number[]): { min: number; max: number } {
  return values.length ? { min: Math.min(...values), max: Math.max(...values) } : { min: 0, max: 0 };
}

export const medianBytes = (list: Bytes[]): Bytes => ({ raw: median(list.map((b) => b.raw)), gzip: median(list.map((b) => b.gzip)) });
export const sumBytes = (list: Bytes[]): Bytes => ({
  raw: list.reduce((s, b) => s + b.raw, 0),
  gzip: list.reduce((s, b) => s + b.gzip, 0),
});

/** The first element with the largest key (throws on an empty list: callers check). */
export function maxBy<T>(list: T[], key: (t: T) => number): T {
  const [first, ...rest] = list;
  if (first === undefined) throw new Error('maxBy of an empty list');
  return rest.reduce((a, b) => (key(b) > key(a) ? b : a), first);
}

/** Medians of the build times and of the per-run ratios this site ÷ bare (MDX) and ÷ bare (.md). */
export function seriesMedians(runs: BuildRun[]): SeriesMedians {
  const m = (pick: (r: BuildRun) => number) => median(runs.map(pick));
  const medians: SeriesMedians = {
    oursCold: m((r) => r.ours.cold.seconds),
    oursWarm: m((r) => r.ours.warm.seconds),
    bareCold: m((r) => r.bare.cold.seconds),
    bareWarm: m((r) => r.bare.warm.seconds),
    ratioCold: m((r) => r.ours.cold.seconds / r.bare.cold.seconds),
    ratioWarm: m((r) => r.ours.warm.seconds / r.bare.warm.seconds),
  };
  const withMd = runs.flatMap((r) => (r.bareMd ? [{ ours: r.ours, md: r.bareMd }] : []));
  if (withMd.length === runs.length && runs.length > 0) {
    const mm = (pick: (r: (typeof withMd)[number]) => number) => median(withMd.map(pick));
    medians.bareMdCold = mm((r) => r.md.cold.seconds);
    medians.bareMdWarm = mm((r) => r.md.warm.seconds);
    medians.ratioMdCold = mm((r) => r.ours.cold.seconds / r.md.cold.seconds);
    medians.ratioMdWarm = mm((r) => r.ours.warm.seconds / r.md.warm.seconds);
  }
  return medians;
}

export interface StageGap {
  stage: Stage;
  ours: number;
  bare: number;
}

/** Per stage, this site's and the bare (MDX) site's median seconds over the runs, cold or warm. */
export function stageGaps(runs: BuildRun[], mode: 'cold' | 'warm'): StageGap[] {
  return STAGES.map((stage) => ({
    stage,
    ours: median(runs.map((r) => r.ours[mode].stages[stage] ?? 0)),
    bare: median(runs.map((r) => r.bare[mode].stages[stage] ?? 0)),
  }));
}

/** Sizes per page type: medians, the largest HTML, and the page with the most JavaScript. */
export function typeSizes(perPage: PageSizes[]): TypeSizes[] {
  const byType = new Map<PageType, PageSizes[]>();
  for (const page of perPage) byType.set(page.type, [...(byType.get(page.type) ?? []), page]);
  return [...byType].map(([type, pages]) => {
    const heaviest = maxBy(pages, (p) => p.js.gzip);
    return {
      type,
      pages: pages.length,
      heaviest: heaviest.path,
      html: medianBytes(pages.map((p) => p.html)),
      htmlMax: maxBy(pages, (p) => p.html.gzip).html,
      js: medianBytes(pages.map((p) => p.js)),
      jsMax: heaviest.js,
      css: medianBytes(pages.map((p) => p.css)),
    };
  });
}

/** "/_astro/page.cNngjUgL.js" → "page.js": script names without Vite's content hash. */
export const scriptName = (file: string): string => (file.split('/').pop() ?? file).replace(/\.[\w-]{8}\.js$/, '.js');

/** An interactive tool: the pages allowed to load JavaScript beyond bare Starlight's. */
export interface Tool {
  name: string;
  matches: (page: PageSizes) => boolean;
}

/**
 * Groups this site's pages by type, tool and gzipped JavaScript, against bare Starlight's
 * content page (`bareJsGzip`); lists the scripts no bare page loads. Heaviest groups first.
 */
export function groupPageJs(ours: PageSizes[], bare: PageSizes[], bareJsGzip: number, tools: Tool[]): PageJsGroup[] {
  const bareScripts = new Set(bare.flatMap((p) => p.scripts.map(scriptName)));
  const groups = new Map<string, PageJsGroup>();
  for (const page of ours) {
    if (page.type === 'not-found') continue;
    const tool = tools.find((t) => t.matches(page))?.name ?? null;
    const key = `${page.type}|${tool}|${page.js.gzip}`;
    const group = groups.get(key) ?? {
      type: page.type,
      tool,
      jsGzip: page.js.gzip,
      extraGzip: page.js.gzip - bareJsGzip,
      pages: 0,
      examples: [],
      extraFiles: page.scripts.map(scriptName).filter((n) => !bareScripts.has(n)),
    };
    group.pages += 1;
    if (group.examples.length < 3) group.examples.push(page.path);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.extraGzip - a.extraGzip || a.type.localeCompare(b.type));
}

/** Per tool, its largest JavaScript beyond bare Starlight and its own scripts (those not on every page). */
export function toolScripts(groups: PageJsGroup[]): Map<string, { extra: number; files: Set<string> }> {
  const [first, ...rest] = groups;
  const everywhere = rest.reduce<string[]>((common, g) => common.filter((f) => g.extraFiles.includes(f)), first?.extraFiles ?? []);
  const byTool = new Map<string, { extra: number; files: Set<string> }>();
  for (const { tool, extraGzip, extraFiles } of groups) {
    if (tool === null) continue;
    const entry = byTool.get(tool) ?? { extra: -Infinity, files: new Set<string>() };
    entry.extra = Math.max(entry.extra, extraGzip);
    for (const f of extraFiles) if (!everywhere.includes(f)) entry.files.add(f);
    byTool.set(tool, entry);
  }
  return byTool;
}

/** Seconds per printed page, cold and warm (0 when nothing was printed). */
export function pdfPerPage(pdf: Pick<PdfResult, 'pages' | 'cold' | 'warmSeconds'>): { cold: number; warm: number } {
  return pdf.pages > 0 ? { cold: pdf.cold.seconds / pdf.pages, warm: pdf.warmSeconds / pdf.pages } : { cold: 0, warm: 0 };
}
