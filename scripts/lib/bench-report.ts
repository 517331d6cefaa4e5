/**
 * Turns the benchmark's results into targets (PASS/FAIL), Markdown tables for the terminal and
 * the README's "Performance" section, and scripts/bench-results.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { OFFLINE_HEADINGS, offlineRows } from './bench-offline.ts';
import { CATEGORIES, STAGE_NAMES, STAGES, type LighthouseResult } from './bench-parse.ts';
import { median, pdfPerPage, range } from './bench-stats.ts';
import { count, kib, sec, signed, times } from './bench-targets.ts';
import { PAGE_TYPES } from './page-types.ts';
import type { BuildRun, BuildSeries, Bytes, ColdWarm, Results, TypeSizes } from './bench-results.ts';

const pair = (b: Bytes) => `${kib(b.raw)} / ${kib(b.gzip)}`;
const duration = (seconds: number) => (seconds < 120 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} minutes`);

/** A Markdown table (Prettier aligns it when the README is written). */
export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

type Site = 'ours' | 'bare' | 'bareMd';

/** "5.1 s (5.0–5.2)": the median and, over several runs, the range. */
function spread(runs: BuildRun[], pick: (run: BuildRun) => ColdWarm | undefined, mode: 'cold' | 'warm'): string {
  const values = runs.flatMap((run) => {
    const site = pick(run);
    return site ? [site[mode].seconds] : [];
  });
  if (values.length === 0) return '—';
  if (values.length < 2) return sec(median(values));
  const { min, max } = range(values);
  return `${sec(median(values))} (${min.toFixed(1)}–${max.toFixed(1)})`;
}

function peak(runs: BuildRun[], pick: (run: BuildRun) => ColdWarm | undefined): string {
  const values = runs.flatMap((run) => {
    const v = pick(run)?.cold.peakMiB;
    return v === undefined ? [] : [v];
  });
  return values.length ? `${Math.round(Math.max(...values))} MiB` : '—';
}

/** Rows of the build-time table for one series; with `withMd` the `.md` columns ("—" where a series has no `.md` build). */
function buildRows(label: string, b: BuildSeries, pages: Record<'ours' | 'bare', number>, withMd: boolean): string[][] {
  const m = b.median;
  const sites: [Site, (run: BuildRun) => ColdWarm | undefined][] = [
    ['ours', (run) => run.ours],
    ['bare', (run) => run.bare],
    ...(withMd ? ([['bareMd', (run: BuildRun) => run.bareMd]] as [Site, (run: BuildRun) => ColdWarm | undefined][]) : []),
  ];
  const ratio = (mdx: number, md: number | undefined) => (withMd ? [times(mdx), md === undefined ? '—' : times(md)] : [times(mdx)]);
  const blank = withMd ? ['', ''] : [''];
  const barePages = (site: Site) => (site === 'ours' ? pages.ours : pages.bare);
  const built = (pick: (run: BuildRun) => ColdWarm | undefined) => b.runs.some((run) => pick(run) !== undefined);
  return [
    [`${label}: pages`, ...sites.map(([site, pick]) => (built(pick) ? count(barePages(site)) : '—')), ...blank],
    [
      `${label}: build, cold (${b.runs.length > 1 ? `median of ${b.runs.length}, range` : 'one run'})`,
      ...sites.map(([, pick]) => spread(b.runs, pick, 'cold')),
      ...ratio(m.ratioCold, m.ratioMdCold),
    ],
    [`${label}: build, warm cache`, ...sites.map(([, pick]) => spread(b.runs, pick, 'warm')), ...ratio(m.ratioWarm, m.ratioMdWarm)],
    [
      `${label}: pages per second, cold`,
      ...sites.map(([site, pick]) => {
        const cold = median(b.runs.flatMap((run) => (pick(run) ? [pick(run)?.cold.seconds ?? 0] : [])));
        return cold > 0 ? (barePages(site) / cold).toFixed(0) : '—';
      }),
      ...blank,
    ],
    [`${label}: peak memory`, ...sites.map(([, pick]) => peak(b.runs, pick)), ...blank],
  ];
}

function stageRows(r: Results): string[][] {
  const mid = (site: Site) => (s: (typeof STAGES)[number]) => {
    const values = r.builds.runs.flatMap((run) => {
      const v = run[site]?.cold.stages[s];
      return v === undefined ? [] : [v];
    });
    return values.length ? sec(median(values)) : '—';
  };
  const withMd = r.builds.median.bareMdCold !== undefined;
  return STAGES.map((s) => [STAGE_NAMES[s], mid('ours')(s), mid('bare')(s), ...(withMd ? [mid('bareMd')(s)] : [])]);
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

/** PASS/FAIL per target. */
export function targetsTable(r: Results): string {
  return table(
    ['', 'target', 'goal', 'result'],
    r.targets.map((t) => [t.pass ? '✅ PASS' : '❌ FAIL', t.name, t.goal, t.value]),
  );
}

/** The PDF step: cold and warm seconds, printed pages, seconds per page. */
export function pdfTable(r: Results): string {
  const pdf = r.pdf;
  if (!pdf) return '';
  const per = pdfPerPage(pdf);
  const warmRange = range(pdf.warm.map((w) => w.seconds));
  const edited = pdf.edited;
  return table(
    ['measure', 'cold (empty cache)', 'warm (nothing changed)', 'after a one-word edit of one page'],
    [
      [
        'whole step (`node scripts/pdf.ts`)',
        sec(pdf.cold.seconds),
        `${sec(pdf.warmSeconds)}${pdf.warm.length > 1 ? ` (median of ${pdf.warm.length}, ${warmRange.min.toFixed(1)}–${warmRange.max.toFixed(1)})` : ''}`,
        edited ? sec(edited.seconds) : '',
      ],
      [
        'files printed / written',
        `${count(pdf.cold.printed)} / ${count(pdf.cold.files)}`,
        pdf.warm.map((w) => `${count(w.printed)} / ${count(w.files)}`).join(', '),
        edited ? `${count(edited.printed)} / ${count(edited.files)}` : '',
      ],
      ['seconds per printed page', `${per.cold.toFixed(3)} s`, '', ''],
      ['PDF files / printed pages / size', `${count(pdf.files)} / ${count(pdf.pages)} / ${kib(pdf.bytes)}`, '', ''],
    ],
  );
}

/** The Markdown tables: build time, sizes per page type, PDF, search, Lighthouse. */
export function tables(r: Results): string {
  const out: string[] = [];
  const o = r.sizes.ours;
  const b = r.sizes.bare;
  const withMd = r.builds.median.bareMdCold !== undefined;
  const head = [
    'measure',
    'this site',
    'bare Starlight (.mdx)',
    ...(withMd ? ['bare Starlight (.md)'] : []),
    'ratio to .mdx',
    ...(withMd ? ['ratio to .md'] : []),
  ];
  const pad = (row: string[]) => [...row, ...Array.from({ length: head.length - row.length }, () => '')];
  out.push('### Build time\n');
  out.push(
    table(head, [
      ...buildRows('real size', r.builds, { ours: o.pages, bare: b.pages }, withMd),
      pad(['real size: words in `<main>` of the compared pages', count(r.bareSite.words), count(r.bareSite.builtWords)]),
      pad(['real size: HTML per page, median (gzip)', pair(o.html.median), pair(b.html.median)]),
      pad([
        'real size: largest page (gzip)',
        `${kib(o.html.max.gzip)} \`${o.html.maxPath}\``,
        `${kib(b.html.max.gzip)} \`${b.html.maxPath}\``,
      ]),
      pad(['real size: `dist` total', kib(o.distBytes), kib(b.distBytes)]),
      ...(r.scale
        ? [
            ...buildRows('synthetic', r.scale.builds, { ours: r.scale.ours.pages, bare: r.scale.bare.pages }, withMd),
            pad(['synthetic: HTML per page, median', pair(r.scale.ours.html.median), pair(r.scale.bare.html.median)]),
            pad([
              'synthetic: largest page (gzip)',
              `${kib(r.scale.ours.html.max.gzip)} \`${r.scale.ours.html.maxPath}\``,
              `${kib(r.scale.bare.html.max.gzip)} \`${r.scale.bare.html.maxPath}\``,
            ]),
            pad(['synthetic: all HTML (raw)', kib(r.scale.ours.html.total.raw), kib(r.scale.bare.html.total.raw)]),
          ]
        : []),
    ]),
  );
  out.push('\nWhere a cold build of the real site spends its time (medians, from Astro’s log):\n');
  out.push(table(['stage', 'this site', 'bare Starlight (.mdx)', ...(withMd ? ['bare Starlight (.md)'] : [])], stageRows(r)));
  if (r.pdf) {
    out.push('\n### PDF step\n');
    out.push(
      `\`scripts/pdf.ts\` on the benchmark’s build of this site. Cold: \`pdf/\` and the PDF cache emptied and a fresh Chromium; warm: run again with nothing changed (every file comes from the cache, keyed by each page’s HTML and styles); then once more after a one-word edit of one print page. Printing runs several pages at once (\`PDF_JOBS\`, default the machine’s cores, at most 4). Pages are counted in the PDFs (unpdf).\n`,
    );
    out.push(pdfTable(r));
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
        `${count(g.pages)} (e.g. \`${g.examples[0] ?? ''}\`)`,
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
          ...(s.spanish
            ? [
                [
                  `first search on a Spanish page (“${s.spanish.query}”), all downloads`,
                  `${kib(s.spanish.bytes)} in ${s.spanish.requests} requests`,
                  '—',
                ],
              ]
            : []),
          ['Pagefind UI fetched when the browser is idle, every page', kib(s.ours.idleBytes), kib(s.bare.idleBytes)],
        ],
      ),
    );
  }
  if (r.offline) {
    out.push('\n### Save for offline\n');
    out.push(table(OFFLINE_HEADINGS, offlineRows(r.offline)));
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
  for (const t of r.targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value} (target ${t.goal})`);
  for (const l of r.lighthouse ?? []) {
    for (const a of l.failed)
      console.log(
        `      Lighthouse ${l.label} ${l.path}: ${a.category} ${a.id} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`,
      );
  }
  for (const t of r.targets.filter((x) => !x.pass)) console.log(`\n• ${t.name}\n  ${t.explanation ?? ''}`);
}

/** The README's "Performance" section, from the results alone. */
export function section(r: Results): string {
  const took = (phase: keyof Results['phaseSeconds']) => {
    const s = r.phaseSeconds[phase];
    return s === undefined ? '' : ` (${duration(s)} in this run)`;
  };
  const m = r.machine;
  const busy = m.load.start > m.cores || m.load.end > m.cores;
  const skipped = [
    ...(r.scale ? [] : ['the synthetic scale']),
    ...(r.lighthouse ? [] : ['Lighthouse']),
    ...(r.search ? [] : ['the first search']),
    ...(r.pdf ? [] : ['the PDF step']),
  ];
  const lines = [
    `_Last run: ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${duration(r.durationSeconds)}, \`${r.command}\`, on ${m.os} · ${m.cpu} × ${m.cores} cores · ${m.memoryGiB} GiB · Node ${m.node} · astro ${m.packages['astro'] ?? '?'} · Starlight ${m.packages['@astrojs/starlight'] ?? '?'} · Pagefind ${m.packages['pagefind'] ?? '?'}. ` +
      `Load average (1 minute) ${m.load.start} at the start and ${m.load.end} at the end on ${m.cores} cores` +
      (busy ? ': other work was running on the machine during the run, so build times are noisier and slower than on an idle one' : '') +
      '; the ranges next to the medians show the spread between runs. ' +
      (skipped.length ? `Not measured in this run: ${skipped.join(', ')}. ` : '') +
      'All numbers are in `scripts/bench-results.json`; `npm run bench -- --readme-only` writes this section from it._',
    '',
    '**The comparison.** Every run builds this site, then turns the `<main>` of each built page into a plain page at the same path in a bare Starlight project (headings stay headings; paragraphs, list items and table cells become paragraphs) and builds that with the same Markdown pipeline (`unified` with `remark-gfm`) and Starlight’s default, autogenerated sidebar. ' +
      'The bare pages are `.mdx` through `@astrojs/mdx`, as ours are, so the build ratio compares MDX with MDX. ' +
      'All of a bare page’s words are in its body, while this site renders part of its words from frontmatter and data. ' +
      (r.builds.median.bareMdCold !== undefined
        ? 'A second bare site with the same pages as plain `.md` is built alongside and reported as its own column (`--no-bare-md` skips it). '
        : '') +
      `The bare site gets ${count(r.bareSite.pages)} pages and ${count(r.bareSite.words)} words; left out: ${r.bareSite.skipped.length} pages` +
      (r.bareSite.printPacks
        ? ' (Starlight makes its own 404).'
        : ' (the 404, which Starlight makes itself, and the print packs, which repeat the whole curriculum and which this site assembles from data; `--bare-print-packs` puts them back).') +
      ' “Cold” builds start with an empty Astro cache, as on CI or a fresh checkout; “warm” ones reuse the cache the previous build left. ' +
      (r.scale
        ? `The synthetic scale copies \`content/\` to \`bench/scale/content\` with ${count(r.scale.activities)} extra activities (each also has a worksheet page) and ${count(r.scale.caseStudies)} extra case studies made from the real ones, builds it with \`CURRICULUM_CONTENT\`, and compares it with a bare \`.mdx\` site made from that build the same way.`
        : ''),
    '',
    '### Targets',
    '',
    targetsTable(r),
  ];
  const missed = r.targets.filter((t) => !t.pass);
  if (missed.length) {
    lines.push('', '### Missed targets: where the difference is', '');
    for (const t of missed) lines.push(`**${t.name}** (${t.value}; target ${t.goal}). ${t.explanation ?? ''}`, '');
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
    'It builds everything under `bench/` (ignored by git; it never touches `dist/`) and needs Chromium at `/usr/bin/chromium` (or `CHROMIUM_PATH`) for the PDF, search and Lighthouse steps. ' +
      'Run it on an otherwise idle machine: other builds running at the same time change the build times. Options (after `npm run bench --`):',
    '',
    table(
      ['option', 'effect'],
      [
        [
          '`--runs N`',
          `build this site and the bare sites N times, alternating, cold then warm (default 3); medians are reported${took('builds')}`,
        ],
        ['`--scale N` / `--no-scale`', `extra synthetic pages for the scale comparison (default 1000) / skip it${took('scale')}`],
        ['`--scale-runs N`', 'runs at synthetic scale (default 1)'],
        ['`--no-bare-md`', 'skip the second bare site (the same pages as `.md`)'],
        ['`--no-pdf` / `--pdf-runs N`', `skip timing the PDF step / warm runs after the cold one (default 2)${took('pdf')}`],
        ['`--no-lighthouse`', `skip Lighthouse${took('lighthouse')}`],
        ['`--lighthouse-runs N`', 'Lighthouse runs per page; the run with the median performance score counts (default 1)'],
        ['`--no-search`', `skip the first-search measurement${took('search')}`],
        ['`--bare-print-packs`', 'give the bare sites the print packs too'],
        ['`--no-write`', 'print only; leave `scripts/bench-results.json` and this section alone'],
        ['`--readme-only`', 'rewrite this section from `scripts/bench-results.json` without building anything'],
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

/** `readme` with the text between the bench markers replaced by `body` ("## Performance" added at the end if missing). */
export function replaceSection(readme: string, body: string): string {
  const block = `${START}\n\n${body.trim()}\n\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start >= 0 && end > start
    ? `${readme.slice(0, start)}${block}${readme.slice(end + END.length)}`
    : `${readme.trimEnd()}\n\n## Performance\n\n${block}\n`;
}

/** Rewrites the README's "Performance" section from the results. */
export async function writeReadme(repoRoot: string, r: Results): Promise<string> {
  const file = join(repoRoot, 'README.md');
  const readme = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, replaceSection(readme, await prettierFormat(file, section(r), 'markdown')));
  return file;
}

export async function writeResultsFile(repoRoot: string, r: Results): Promise<string> {
  const file = join(repoRoot, 'scripts/bench-results.json');
  writeFileSync(file, await prettierFormat(file, JSON.stringify(r), 'json'));
  return file;
}
