/**
 * The targets of the README's "Performance" section, in one table, and the verdicts: each
 * target's value, PASS or FAIL, and for a missed one what this run's numbers show about where
 * the difference is. Every sentence here is built from the results; none states a conclusion
 * of its own.
 */
import { CATEGORIES, STAGE_NAMES } from './bench-parse.ts';
import { stageGaps, toolScripts, type Tool } from './bench-stats.ts';
import type { BuildSeries, Results, TargetId, TargetResult } from './bench-results.ts';
import { INTERACTIVE_TOOLS } from './tools.ts';

/** The limits, in one place. */
export const TARGETS = {
  /** Build time, this site ÷ bare Starlight with the same pages in MDX, cold and warm. */
  buildRatio: 1.3,
  /**
   * Gzipped JavaScript a content page may load up front beyond a bare Starlight content page: what the
   * offline worker's indicator and registration, the search dialog's offline notes and the save
   * control's loader may add (issue 17: "content pages' JavaScript up front grows by at most 1 KB").
   */
  contentExtraGzip: 1_024,
  /** Gzipped JavaScript a tool's page may load beyond a bare Starlight content page. */
  toolExtraGzip: 15_000,
  /** Bytes (gzip for text) the first search downloads. */
  firstQueryBytes: 150_000,
  /** Median HTML per page at synthetic scale ÷ the real site's. */
  htmlGrowth: 1.1,
  /** Lighthouse score in every category. */
  lighthouseScore: 100,
} as const;

/**
 * Interactive tools: the pages allowed to load JavaScript beyond bare Starlight's (scripts/lib/tools.ts).
 * A tool whose code loads only after the page has loaded leaves its pages to the content-page target.
 */
export const TOOLS: Tool[] = INTERACTIVE_TOOLS.filter((t) => !t.deferred).map((t) => ({ name: t.name, matches: (p) => t.pages(p.path) }));

/** How the reports print numbers. */
export const sec = (n: number): string => `${n.toFixed(1)} s`;
export const times = (n: number): string => `${n.toFixed(2)}×`;
export const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
export const kb = (n: number): string => `${n / 1000} KB`;
export const count = (n: number): string => n.toLocaleString('en');
export const signed = (n: number): string => (n > 0 ? `+${n.toLocaleString('en')} B` : n < 0 ? `−${(-n).toLocaleString('en')} B` : '±0 B');

/** A value against an upper limit. */
export const atMost = (value: number, limit: number): boolean => value <= limit;

const buildValue = (b: BuildSeries) =>
  `cold ${times(b.median.ratioCold)} (${sec(b.median.oursCold)} vs ${sec(b.median.bareCold)}), warm ${times(b.median.ratioWarm)} (${sec(b.median.oursWarm)} vs ${sec(b.median.bareWarm)})`;

const buildPass = (b: BuildSeries) => atMost(b.median.ratioCold, TARGETS.buildRatio) && atMost(b.median.ratioWarm, TARGETS.buildRatio);

/** Checks every target the run measured; a missed one gets the numbers that show where the gap is. */
export function checkTargets(r: Results): TargetResult[] {
  const targets: Omit<TargetResult, 'explanation'>[] = [];
  const buildGoal = `≤ ${TARGETS.buildRatio}× bare Starlight (same pages, MDX), cold and warm`;
  targets.push({
    id: 'build-ratio',
    name: `Build time at the real size (${count(r.sizes.ours.pages)} pages)`,
    goal: buildGoal,
    value: buildValue(r.builds),
    pass: buildPass(r.builds),
  });
  if (r.scale) {
    targets.push({
      id: 'build-ratio-scale',
      name: `Build time at synthetic scale (${count(r.scale.ours.pages)} pages)`,
      goal: buildGoal,
      value: buildValue(r.scale.builds),
      pass: buildPass(r.scale.builds),
    });
  }
  const content = r.pageJs.filter((g) => g.tool === null);
  const worst = content.length ? Math.max(...content.map((g) => g.extraGzip)) : 0;
  const over = content.filter((g) => g.extraGzip > TARGETS.contentExtraGzip);
  targets.push({
    id: 'content-js',
    name: 'JavaScript on a content page (gzip, up front)',
    goal: `≤ bare Starlight's (${kib(r.sizes.bareContentPage.js.gzip)}) + ${kib(TARGETS.contentExtraGzip)}`,
    value: over.length
      ? `${signed(worst)} on ${count(over.reduce((s, g) => s + g.pages, 0))} pages (${[...new Set(over.map((g) => g.type))].join(', ')})`
      : `at most ${signed(worst)} (every content page)`,
    pass: over.length === 0,
  });
  const byTool = toolScripts(r.pageJs);
  // A tool whose code loads after the page has loaded (the save control) may have its small loader on content pages.
  const loaders = INTERACTIVE_TOOLS.filter((t) => t.deferred).map((t) => t.script);
  const toolFiles = new Set([...byTool.values()].flatMap((t) => [...t.files]).filter((f) => !loaders.some((l) => l.test(`/${f}`))));
  const leaks = content.filter((g) => g.extraFiles.some((f) => toolFiles.has(f)));
  targets.push({
    id: 'tool-js',
    name: 'Interactive tools: JavaScript beyond bare Starlight, only on their own pages',
    goal: `≤ ${kb(TARGETS.toolExtraGzip)} gzip each; none of it on content pages`,
    value:
      [...byTool].map(([tool, t]) => `${tool} ${signed(t.extra)}`).join('; ') +
      (leaks.length ? `; tool code on ${leaks.map((g) => g.examples[0]).join(', ')}` : '; no tool code on content pages'),
    pass: [...byTool.values()].every((t) => atMost(t.extra, TARGETS.toolExtraGzip)) && leaks.length === 0,
  });
  if (r.lighthouse) {
    const ours = r.lighthouse.filter((l) => !l.label.startsWith('bare'));
    const below = ours.filter((l) => CATEGORIES.some((c) => l.scores[c] < TARGETS.lighthouseScore));
    targets.push({
      id: 'lighthouse',
      name: 'Lighthouse (mobile): performance, accessibility, best practices, SEO',
      goal: `${TARGETS.lighthouseScore} in all four on ${ours.length} page types`,
      value: below.length
        ? below.map((l) => `${l.label}: ${CATEGORIES.map((c) => l.scores[c]).join('/')}`).join('; ')
        : `${TARGETS.lighthouseScore} in all four on all ${ours.length}`,
      pass: below.length === 0,
    });
  }
  if (r.search) {
    targets.push({
      id: 'first-query',
      name: 'Bytes the first search downloads',
      goal: `≤ ${kb(TARGETS.firstQueryBytes)}`,
      value: `${kib(r.search.ours.bytes)} (${count(r.search.ours.bytes)} B)`,
      pass: atMost(r.search.ours.bytes, TARGETS.firstQueryBytes),
    });
    const spanish = r.search.spanish;
    if (spanish) {
      targets.push({
        id: 'first-query-es',
        name: 'Bytes the first Spanish search downloads',
        goal: `≤ ${kb(TARGETS.firstQueryBytes)}`,
        value: `${kib(spanish.bytes)} (${count(spanish.bytes)} B)`,
        pass: atMost(spanish.bytes, TARGETS.firstQueryBytes),
      });
    }
  }
  if (r.scale) {
    const growth = r.scale.ours.html.median.gzip / r.sizes.ours.html.median.gzip;
    targets.push({
      id: 'html-flat',
      name: 'HTML per page stays flat as content grows (median, gzip)',
      goal: `≤ ${TARGETS.htmlGrowth}× the real site's at ${count(r.scale.ours.pages)} pages`,
      value: `${times(growth)} (${kib(r.sizes.ours.html.median.gzip)} → ${kib(r.scale.ours.html.median.gzip)}); bare ${times(
        r.scale.bare.html.median.gzip / r.sizes.bare.html.median.gzip,
      )}`,
      pass: atMost(growth, TARGETS.htmlGrowth),
    });
  }
  return targets.map((t) => (t.pass ? t : { ...t, explanation: explain(t.id, r) }));
}

/** Stages where this site took longer than the bare site, largest difference first. */
function slowerStages(b: BuildSeries, mode: 'cold' | 'warm'): string {
  const gaps = stageGaps(b.runs, mode)
    .filter((g) => g.ours > g.bare)
    .sort((x, y) => y.ours - y.bare - (x.ours - x.bare))
    .map((g) => `${STAGE_NAMES[g.stage]} ${sec(g.ours)} vs ${sec(g.bare)}`);
  return gaps.length ? gaps.join(', ') : 'no stage Astro logs (the difference is outside them)';
}

/** For a missed target, the measured numbers that locate the difference. */
export function explain(id: TargetId, r: Results): string {
  switch (id) {
    case 'build-ratio':
    case 'build-ratio-scale': {
      const b = id === 'build-ratio' ? r.builds : r.scale?.builds;
      if (!b) return '';
      const parts = (['cold', 'warm'] as const)
        .filter((mode) => !atMost(mode === 'cold' ? b.median.ratioCold : b.median.ratioWarm, TARGETS.buildRatio))
        .map((mode) => `${mode === 'cold' ? 'Cold' : 'Warm'}: stages where this site took longer (medians) are ${slowerStages(b, mode)}.`);
      const m = b.median;
      if (m.ratioMdCold !== undefined && m.ratioMdWarm !== undefined && m.bareMdCold !== undefined && m.bareMdWarm !== undefined)
        parts.push(
          `Against the same pages as plain \`.md\`: ${sec(m.bareMdCold)} cold, ${sec(m.bareMdWarm)} warm (this site ${times(m.ratioMdCold)} / ${times(m.ratioMdWarm)}).`,
        );
      return parts.join(' ');
    }
    case 'content-js': {
      const files = [...new Set(r.pageJs.filter((g) => g.tool === null && g.extraGzip > 0).flatMap((g) => g.extraFiles))];
      return `Scripts content pages load that no bare page loads: ${files.map((f) => `\`${f}\``).join(', ') || 'none (the extra bytes are in scripts both load)'}.`;
    }
    case 'tool-js': {
      const over = [...toolScripts(r.pageJs)].filter(([, t]) => !atMost(t.extra, TARGETS.toolExtraGzip));
      return over.map(([tool, t]) => `${tool}: ${signed(t.extra)} in ${[...t.files].map((f) => `\`${f}\``).join(', ')}.`).join(' ');
    }
    case 'lighthouse': {
      const failed = (r.lighthouse ?? []).filter((l) => !l.label.startsWith('bare')).flatMap((l) => l.failed.map((a) => ({ l, a })));
      return `Audits that cost points: ${failed.map(({ l, a }) => `${l.label} \`${a.id}\` (${a.displayValue ?? String(a.score)})`).join('; ') || 'none listed'}.`;
    }
    case 'first-query':
    case 'first-query-es': {
      const query = id === 'first-query' ? r.search?.ours : r.search?.spanish;
      const files = [...(query?.files ?? [])].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
      return `Largest downloads of the first search: ${files.map((f) => `\`${f.path}\` ${kib(f.bytes)}`).join(', ')}.`;
    }
    case 'html-flat': {
      const scale = r.scale;
      if (!scale) return '';
      const grown = scale.ours.types
        .map((t) => {
          const real = r.sizes.ours.types.find((x) => x.type === t.type);
          return { type: t.type, from: real?.html.gzip ?? 0, to: t.html.gzip };
        })
        .filter((g) => g.from > 0 && g.to / g.from > TARGETS.htmlGrowth)
        .sort((a, b) => b.to / b.from - a.to / a.from);
      return `Page types whose median HTML grew more than ${times(TARGETS.htmlGrowth)}: ${
        grown.map((g) => `${g.type} ${kib(g.from)} → ${kib(g.to)}`).join(', ') || 'none (the mix of page types changed)'
      }; median over all pages ${kib(r.sizes.ours.html.median.gzip)} → ${kib(scale.ours.html.median.gzip)}.`;
    }
  }
}
