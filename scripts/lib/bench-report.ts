/**
 * Turns the benchmark's results into targets (PASS/FAIL), Markdown tables for the terminal and
 * the README's "Performance" section, and scripts/bench-results.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { explain } from './bench-explain.ts';
import { CATEGORIES, type LighthouseResult } from './bench-lighthouse.ts';
import { STAGE_NAMES, STAGES } from './bench-build.ts';
import { median, type Bytes, type TypeSizes } from './bench-measure.ts';
import { PAGE_TYPES } from './page-types.ts';
import { sec, TARGETS, times, type BuildSeries, type Results, type TargetResult } from './bench-results.ts';

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const pair = (b: Bytes) => `${kib(b.raw)} / ${kib(b.gzip)}`;
const signed = (n: number) => (n > 0 ? `+${n.toLocaleString('en')} B` : n < 0 ? `−${(-n).toLocaleString('en')} B` : '±0 B');
const count = (n: number) => n.toLocaleString('en');
const kb = (n: number) => `${n / 1000} KB`;
const duration = (seconds: number) => (seconds < 120 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} minutes`);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const buildValue = (b: BuildSeries) =>
  `cold ${times(b.median.ratioCold)} (${sec(b.median.oursCold)} vs ${sec(b.median.bareCold)}), warm ${times(b.median.ratioWarm)} (${sec(b.median.oursWarm)} vs ${sec(b.median.bareWarm)})`;

/** Checks every target the issue sets; missed ones get their explanation. */
export function checkTargets(r: Results): TargetResult[] {
  const targets: TargetResult[] = [];
  const b = r.builds.median;
  targets.push({
    id: 'build-ratio',
    name: `Build time at the real size (${r.sizes.ours.pages} pages)`,
    target: `≤ ${TARGETS.buildRatio}× bare Starlight, cold and warm`,
    value: buildValue(r.builds),
    pass: b.ratioCold <= TARGETS.buildRatio && b.ratioWarm <= TARGETS.buildRatio,
  });
  if (r.scale) {
    const s = r.scale.builds.median;
    targets.push({
      id: 'build-ratio-scale',
      name: `Build time at synthetic scale (${count(r.scale.ours.pages)} pages)`,
      target: `≤ ${TARGETS.buildRatio}× bare Starlight, cold and warm`,
      value: buildValue(r.scale.builds),
      pass: s.ratioCold <= TARGETS.buildRatio && s.ratioWarm <= TARGETS.buildRatio,
    });
  }
  const content = r.pageJs.filter((g) => g.tool === null);
  const worst = Math.max(...content.map((g) => g.extraGzip));
  const over = content.filter((g) => g.extraGzip > 0);
  targets.push({
    id: 'content-js',
    name: 'JavaScript on a content page (gzip, up front)',
    target: `≤ bare Starlight's (${kib(r.sizes.bareContentPage.js.gzip)})`,
    value: over.length
      ? `${signed(worst)} on ${count(over.reduce((s, g) => s + g.pages, 0))} pages (${[...new Set(over.map((g) => g.type))].join(', ')})`
      : `at most ${signed(worst)} (every content page)`,
    pass: over.length === 0,
  });
  // A tool's own scripts: those its pages load beyond bare Starlight, minus what every page loads.
  const everywhere = r.pageJs.reduce<string[]>(
    (common, g, i) => (i === 0 ? g.extraFiles : common.filter((f) => g.extraFiles.includes(f))),
    [],
  );
  const byTool = new Map<string, { extra: number; files: Set<string> }>();
  for (const { tool, extraGzip, extraFiles } of r.pageJs) {
    if (tool === null) continue;
    const entry = byTool.get(tool) ?? { extra: -Infinity, files: new Set<string>() };
    entry.extra = Math.max(entry.extra, extraGzip);
    for (const f of extraFiles) if (!everywhere.includes(f)) entry.files.add(f);
    byTool.set(tool, entry);
  }
  const toolFiles = new Set([...byTool.values()].flatMap((t) => [...t.files]));
  const leaks = content.filter((g) => g.extraFiles.some((f) => toolFiles.has(f)));
  targets.push({
    id: 'tool-js',
    name: 'Interactive tools: JavaScript beyond bare Starlight, only on their own pages',
    target: `≤ ${kb(TARGETS.toolExtraGzip)} gzip each; none of it on content pages`,
    value:
      [...byTool].map(([tool, t]) => `${tool} ${signed(t.extra)}`).join('; ') +
      (leaks.length ? `; tool code on ${leaks.map((g) => g.examples[0]).join(', ')}` : '; no tool code on content pages'),
    pass: [...byTool.values()].every((t) => t.extra <= TARGETS.toolExtraGzip) && leaks.length === 0,
  });
  if (r.lighthouse) {
    const ours = r.lighthouse.filter((l) => !l.label.startsWith('bare'));
    const below = ours.filter((l) => CATEGORIES.some((c) => l.scores[c] < 100));
    targets.push({
      id: 'lighthouse',
      name: 'Lighthouse (mobile): performance, accessibility, best practices, SEO',
      target: `100 in all four on ${ours.length} page types`,
      value: below.length
        ? below.map((l) => `${l.label}: ${CATEGORIES.map((c) => l.scores[c]).join('/')}`).join('; ')
        : `100 in all four on all ${ours.length}`,
      pass: below.length === 0,
    });
  }
  if (r.search) {
    targets.push({
      id: 'first-query',
      name: 'Bytes the first search downloads',
      target: `≤ ${kb(TARGETS.firstQueryBytes)}`,
      value: `${kib(r.search.ours.bytes)} (${count(r.search.ours.bytes)} B)`,
      pass: r.search.ours.bytes <= TARGETS.firstQueryBytes,
    });
  }
  if (r.scale) {
    const growth = r.scale.ours.html.median.gzip / r.sizes.ours.html.median.gzip;
    targets.push({
      id: 'html-flat',
      name: 'HTML per page stays flat as content grows (median, gzip)',
      target: `≤ ${TARGETS.htmlGrowth}× the real site's at ${count(r.scale.ours.pages)} pages`,
      value: `${times(growth)} (${kib(r.sizes.ours.html.median.gzip)} → ${kib(r.scale.ours.html.median.gzip)}); bare ${times(
        r.scale.bare.html.median.gzip / r.sizes.bare.html.median.gzip,
      )}`,
      pass: growth <= TARGETS.htmlGrowth,
    });
  }
  return targets.map((t) => (t.pass ? t : { ...t, explanation: explain(t.id, r) }));
}

function buildRows(label: string, b: BuildSeries, oursPages: number, barePages: number): string[][] {
  const m = b.median;
  const spread = (middle: number, pick: (run: BuildSeries['runs'][number]) => number) => {
    if (b.runs.length < 2) return sec(middle);
    const values = b.runs.map(pick);
    return `${sec(middle)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
  };
  const peak = (pick: (run: BuildSeries['runs'][number]) => number | undefined) => {
    const values = b.runs.map(pick).filter((v): v is number => v !== undefined);
    return values.length ? `${Math.round(Math.max(...values))} MiB` : '—';
  };
  return [
    [`${label}: pages`, count(oursPages), count(barePages), ''],
    [
      `${label}: build, cold (${b.runs.length > 1 ? `median of ${b.runs.length}, range` : 'one run'})`,
      spread(m.oursCold, (run) => run.ours.cold.seconds),
      spread(m.bareCold, (run) => run.bare.cold.seconds),
      times(m.ratioCold),
    ],
    [
      `${label}: build, warm cache`,
      spread(m.oursWarm, (run) => run.ours.warm.seconds),
      spread(m.bareWarm, (run) => run.bare.warm.seconds),
      times(m.ratioWarm),
    ],
    [`${label}: pages per second, cold`, (oursPages / m.oursCold).toFixed(0), (barePages / m.bareCold).toFixed(0), ''],
    [`${label}: peak memory`, peak((run) => run.ours.cold.peakMiB), peak((run) => run.bare.cold.peakMiB), ''],
  ];
}

function stageRows(r: Results): string[][] {
  const mid = (pick: (run: BuildSeries['runs'][number]) => number | undefined) => {
    const values = r.builds.runs.map(pick).filter((v): v is number => v !== undefined);
    return values.length ? sec(median(values)) : '—';
  };
  return STAGES.map((s) => [STAGE_NAMES[s], mid((run) => run.ours.cold.stages[s]), mid((run) => run.bare.cold.stages[s])]);
}

function typeRows(types: TypeSizes[], bareTypes: TypeSizes[]): string[][] {
  return [...types]
    .sort((a, b) => PAGE_TYPES.indexOf(a.type) - PAGE_TYPES.indexOf(b.type))
    .map((t) => {
      const bare = bareTypes.find((b) => b.type === t.type);
      return [
        t.type,
        count(t.pages),
        pair(t.html),
        bare ? kib(bare.html.gzip) : '—',
        pair(t.js),
        t.jsMax.gzip !== t.js.gzip ? `${kib(t.jsMax.gzip)} (${t.heaviest})` : '',
        pair(t.css),
      ];
    });
}

function lighthouseRows(results: LighthouseResult[]): string[][] {
  return results.map((l) => [
    `${l.label} (\`${l.path}\`)`,
    ...CATEGORIES.map((c) => String(l.scores[c])),
    l.failed.length ? l.failed.map((a) => `\`${a.id}\``).join(', ') : '—',
  ]);
}

function targetsTable(r: Results): string {
  return table(
    ['', 'target', 'goal', 'result'],
    r.targets.map((t) => [t.pass ? '✅ PASS' : '❌ FAIL', t.name, t.target, t.value]),
  );
}

/** The Markdown tables: build time, sizes per page type, search, Lighthouse. */
export function tables(r: Results): string {
  const out: string[] = [];
  const o = r.sizes.ours;
  const b = r.sizes.bare;
  out.push('### Build time\n');
  out.push(
    table(
      ['measure', 'this site', 'bare Starlight', 'ratio'],
      [
        ...buildRows('real size', r.builds, o.pages, b.pages),
        ['real size: words in `<main>` of the compared pages', count(r.bareSite.words), count(r.bareSite.builtWords), ''],
        ['real size: HTML per page, median (gzip)', pair(o.html.median), pair(b.html.median), ''],
        [
          'real size: largest page (gzip)',
          `${kib(o.html.max.gzip)} \`${o.html.maxPath}\``,
          `${kib(b.html.max.gzip)} \`${b.html.maxPath}\``,
          '',
        ],
        ['real size: `dist` total', kib(o.distBytes), kib(b.distBytes), ''],
        ...(r.scale
          ? [
              ...buildRows('synthetic', r.scale.builds, r.scale.ours.pages, r.scale.bare.pages),
              ['synthetic: HTML per page, median', pair(r.scale.ours.html.median), pair(r.scale.bare.html.median), ''],
              [
                'synthetic: largest page (gzip)',
                `${kib(r.scale.ours.html.max.gzip)} \`${r.scale.ours.html.maxPath}\``,
                `${kib(r.scale.bare.html.max.gzip)} \`${r.scale.bare.html.maxPath}\``,
                '',
              ],
              ['synthetic: all HTML (raw)', kib(r.scale.ours.html.total.raw), kib(r.scale.bare.html.total.raw), ''],
            ]
          : []),
      ],
    ),
  );
  out.push('\nWhere a cold build of the real site spends its time (median run, from Astro’s log):\n');
  out.push(table(['stage', 'this site', 'bare Starlight'], stageRows(r)));
  if (r.profile) {
    out.push(
      `\nThis site with one part switched off or changed (\`--profile\`, medians of ${r.options.runs}; the bare site: ${sec(r.builds.median.bareCold)} cold, ${sec(r.builds.median.bareWarm)} warm):\n`,
    );
    const full = r.profile.find((p) => p.variant === 'full');
    const delta = (n: number) => (n >= 0 ? `−${sec(n)}` : `+${sec(-n)}`);
    out.push(
      table(
        ['build', 'cold', 'warm', 'change (cold / warm)', 'ratio to bare (cold / warm)'],
        r.profile.map((p) => [
          p.description,
          sec(p.cold),
          sec(p.warm),
          full && p !== full ? `${delta(full.cold - p.cold)} / ${delta(full.warm - p.warm)}` : '',
          `${times(p.cold / r.builds.median.bareCold)} / ${times(p.warm / r.builds.median.bareWarm)}`,
        ]),
      ),
    );
  }
  out.push('\n### What each page type ships\n');
  out.push(
    'Raw / gzip. JavaScript: module scripts with every module they import statically, plus inline scripts (gzipped together). ' +
      'CSS: linked stylesheets (the print one included) plus inline styles. Medians per type; “most JS” names the heaviest page when pages differ.\n',
  );
  out.push(
    table(
      ['page type', 'pages', 'HTML', 'bare HTML (gzip, same paths)', 'JavaScript', 'most JS', 'CSS'],
      [
        ...typeRows(o.types, b.types),
        [
          '**bare Starlight content page**',
          count(b.pages - 1),
          pair(r.sizes.bareContentPage.html),
          '',
          pair(r.sizes.bareContentPage.js),
          '',
          pair(r.sizes.bareContentPage.css),
        ],
      ],
    ),
  );
  out.push('\nJavaScript per page against bare Starlight’s content page (gzip):\n');
  out.push(
    table(
      ['pages', 'type', 'tool', 'JavaScript', 'vs bare', 'scripts bare Starlight does not load'],
      r.pageJs.map((g) => [
        `${count(g.pages)} (e.g. \`${g.examples[0]}\`)`,
        g.type,
        g.tool ?? '—',
        kib(g.jsGzip),
        signed(g.extraGzip),
        g.extraFiles.join(', ') || '—',
      ]),
    ),
  );
  if (r.search) {
    const s = r.search;
    out.push(`\n### Search\n`);
    out.push(
      table(
        ['measure', 'this site', 'bare Starlight'],
        [
          [
            'Pagefind index (all files)',
            `${kib(o.pagefind.bytes)} in ${count(o.pagefind.files)} files`,
            `${kib(b.pagefind.bytes)} in ${count(b.pagefind.files)} files`,
          ],
          [
            `first search (“${s.ours.query}”), all downloads`,
            `${kib(s.ours.bytes)} in ${s.ours.requests} requests`,
            `${kib(s.bare.bytes)} in ${s.bare.requests} requests`,
          ],
          ['… of which Pagefind runtime, WebAssembly and index', kib(s.ours.pagefindBytes), kib(s.bare.pagefindBytes)],
          ['Pagefind UI fetched when the browser is idle, every page', kib(s.ours.idleBytes), kib(s.bare.idleBytes)],
        ],
      ),
    );
  }
  if (r.lighthouse) {
    out.push('\n### Lighthouse (mobile)\n');
    out.push(
      table(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits that cost points'], lighthouseRows(r.lighthouse)),
    );
  }
  return out.join('\n');
}

/** Prints the tables, PASS/FAIL per target, and the audits that cost points. */
export function printReport(r: Results): void {
  console.log(`\n${tables(r)}\n\n### Targets\n\n${targetsTable(r)}\n`);
  for (const t of r.targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value} (target ${t.target})`);
  for (const l of r.lighthouse ?? []) {
    for (const a of l.failed)
      console.log(
        `      Lighthouse ${l.label} ${l.path}: ${a.category} ${a.id} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`,
      );
  }
  const missed = r.targets.filter((t) => !t.pass);
  if (missed.length) {
    console.log(`\n${missed.length} target(s) missed:`);
    for (const t of missed) console.log(`\n• ${t.name}\n  ${t.explanation ?? ''}`);
  }
}

function section(r: Results): string {
  const took = (phase: keyof Results['phaseSeconds']) => {
    const s = r.phaseSeconds[phase];
    return s === undefined ? '' : ` (${duration(s)} in this run)`;
  };
  const m = r.machine;
  const busy = m.load.start > 1;
  const lines = [
    `_Last run: ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${duration(r.durationSeconds)}, on ${m.os} · ${m.cpu} × ${m.cores} cores · ${m.memoryGiB} GiB · Node ${m.node} · astro ${m.packages['astro']} · Starlight ${m.packages['@astrojs/starlight']} · Pagefind ${m.packages['pagefind']}. ` +
      `Load average before the run: ${m.load.start}${busy ? ' (other work was running on the machine: build times are noisier than usual)' : ''}; the ranges next to the medians show the spread between runs. ` +
      `All numbers are in \`scripts/bench-results.json\`._`,
    '',
    '**The comparison.** Every run builds this site, then turns the `<main>` of each built page into a plain Markdown page at the same path in a bare Starlight project (headings stay headings; paragraphs, list items and table cells become paragraphs) and builds that with the same Markdown pipeline (`unified` with `remark-gfm`) and Starlight’s default, autogenerated sidebar. ' +
      `The bare site gets ${count(r.bareSite.pages)} pages and ${count(r.bareSite.words)} words; left out: ${r.bareSite.skipped.length} pages` +
      (r.bareSite.printPacks
        ? ' (Starlight makes its own 404).'
        : ' (the 404, which Starlight makes itself, and the eight print packs, which repeat the whole curriculum: parsing them as Markdown would slow the bare build and flatter our ratio; `--bare-print-packs` puts them back).') +
      ' “Cold” builds start with an empty Astro cache, as on CI or a fresh checkout; “warm” ones reuse the cache the previous build left (Astro caches rendered `.md`, not `.mdx`). ' +
      (r.scale
        ? `The synthetic scale copies \`content/\` to \`bench/scale/content\` with ${r.scale.activities} extra activities (each also has a worksheet page) and ${r.scale.caseStudies} extra case studies made from the real ones, builds it with \`CURRICULUM_CONTENT\`, and compares it with a bare site made from that build the same way.`
        : ''),
    '',
    '### Targets',
    '',
    targetsTable(r),
  ];
  const missed = r.targets.filter((t) => !t.pass);
  if (missed.length) {
    lines.push('', '### Missed targets: why, and what it would take', '');
    for (const t of missed) lines.push(`**${t.name}** (${t.value}; target ${t.target}). ${t.explanation ?? ''}`, '');
  }
  lines.push('', tables(r));
  lines.push(
    '',
    '### Reproduce',
    '',
    '```sh',
    'npm install && npm run bench',
    '```',
    '',
    `It builds everything under \`bench/\` (ignored by git; it never touches \`dist/\`), needs Chromium at \`/usr/bin/chromium\` (or \`CHROMIUM_PATH\`) for the search and Lighthouse steps, and took ${duration(r.durationSeconds)} here with \`${['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ')}\`. ` +
      'Run it on an otherwise idle machine: other builds running at the same time change the build times. Options (after `npm run bench --`):',
    '',
    table(
      ['option', 'effect'],
      [
        ['`--runs N`', `build both sites N times, alternating, cold then warm (default 3); medians are reported${took('builds')}`],
        ['`--scale N` / `--no-scale`', `extra synthetic pages for the scale comparison (default 1000) / skip it${took('scale')}`],
        ['`--scale-runs N`', 'runs at synthetic scale (default 1)'],
        ['`--no-lighthouse`', `skip Lighthouse${took('lighthouse')}`],
        ['`--lighthouse-runs N`', 'Lighthouse runs per page; the run with the median performance score counts (default 1)'],
        ['`--no-search`', `skip the first-search measurement${took('search')}`],
        [
          '`--profile`',
          `also build this site without the glossary links, without the CSP step, and with its content as \`.md\`, to show what each costs${took('profile')}`,
        ],
        ['`--bare-print-packs`', 'give the bare site the print packs too'],
        ['`--no-write`', 'print only; leave `scripts/bench-results.json` and this section alone'],
        ['`--strict`', 'exit with status 1 when a target is missed (otherwise FAIL lines are printed and the exit status is 0)'],
      ],
    ),
  );
  return lines.join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

async function prettierFormat(file: string, text: string, parser: 'markdown' | 'json'): Promise<string> {
  const config = (await resolveConfig(file)) ?? {};
  return format(text, { ...config, parser });
}

/** Rewrites the README between the bench markers (adding "## Performance" at the end if missing). */
export async function writeReadme(repoRoot: string, r: Results): Promise<string> {
  const file = join(repoRoot, 'README.md');
  const readme = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const body = (await prettierFormat(file, section(r), 'markdown')).trim();
  const block = `${START}\n\n${body}\n\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${readme.slice(0, start)}${block}${readme.slice(end + END.length)}`
      : `${readme.trimEnd()}\n\n## Performance\n\n${block}\n`;
  writeFileSync(file, next);
  return file;
}

export async function writeResultsFile(repoRoot: string, r: Results): Promise<string> {
  const file = join(repoRoot, 'scripts/bench-results.json');
  writeFileSync(file, await prettierFormat(file, JSON.stringify(r), 'json'));
  return file;
}
