/** Command-line options of `npm run bench`, parsed without side effects. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  runs: number;
  scale: number | false;
  scaleRuns: number;
  /** Also build a bare site with the same pages as plain `.md` (a second, labelled profile). */
  bareMd: boolean;
  pdf: boolean;
  pdfRuns: number;
  lighthouse: boolean;
  lighthouseRuns: number;
  search: boolean;
  printPacks: boolean;
  write: boolean;
  strict: boolean;
}

/** What the command line asks for: a benchmark run, the README from the saved results, or the usage. */
export type Command = { kind: 'run'; options: BenchOptions } | { kind: 'readme' } | { kind: 'help' };

export const USAGE = `Usage: npm run bench -- [options]

  --runs N             build this site and the bare sites N times each, alternating, cold then warm (default 3)
  --scale N            also build with N synthetic extra pages (default 1000)
  --no-scale           skip the synthetic-scale builds
  --scale-runs N       builds of each site at synthetic scale (default 1)
  --no-bare-md         skip the second bare site (same pages as plain .md)
  --no-pdf             skip timing scripts/pdf.ts
  --pdf-runs N         warm runs of scripts/pdf.ts after the cold one (default 2)
  --no-lighthouse      skip Lighthouse
  --lighthouse-runs N  Lighthouse runs per page; the run with the median performance score counts (default 1)
  --no-search          skip the first-query measurement in Chromium
  --bare-print-packs   give the bare sites the eight print packs too (left out by default; see the README)
  --no-write           print only; do not write scripts/bench-results.json or the README section
  --readme-only        rewrite the README section from scripts/bench-results.json; build nothing
  --strict             exit with status 1 when a target is missed
  --help               this text
`;

function count(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs a whole number of at least ${min}; got "${value}".\n\n${USAGE}`);
  return n;
}

/** Parses the arguments (after `npm run bench --`). Throws with the usage on a mistake. */
export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string' },
        scale: { type: 'string' },
        'no-scale': { type: 'boolean' },
        'scale-runs': { type: 'string' },
        'no-bare-md': { type: 'boolean' },
        'no-pdf': { type: 'boolean' },
        'pdf-runs': { type: 'string' },
        'no-lighthouse': { type: 'boolean' },
        'lighthouse-runs': { type: 'string' },
        'no-search': { type: 'boolean' },
        'bare-print-packs': { type: 'boolean' },
        'no-write': { type: 'boolean' },
        'readme-only': { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\n${USAGE}`, { cause: error });
  }
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  if (v['readme-only']) return { kind: 'readme' };
  if (v.scale !== undefined && v['no-scale']) throw new Error(`--scale and --no-scale contradict each other; give one.\n\n${USAGE}`);
  return {
    kind: 'run',
    options: {
      runs: count(v.runs, 'runs', 3, 1),
      scale: v['no-scale'] ? false : count(v.scale, 'scale', 1000, 1),
      scaleRuns: count(v['scale-runs'], 'scale-runs', 1, 1),
      bareMd: !v['no-bare-md'],
      pdf: !v['no-pdf'],
      pdfRuns: count(v['pdf-runs'], 'pdf-runs', 2, 1),
      lighthouse: !v['no-lighthouse'],
      lighthouseRuns: count(v['lighthouse-runs'], 'lighthouse-runs', 1, 1),
      search: !v['no-search'],
      printPacks: v['bare-print-packs'] ?? false,
      write: !v['no-write'],
      strict: v.strict ?? false,
    },
  };
}
