/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  runs: number;
  scale: number | false;
  scaleRuns: number;
  lighthouse: boolean;
  lighthouseRuns: number;
  search: boolean;
  profile: boolean;
  printPacks: boolean;
  write: boolean;
  strict: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

  --runs N          build both sites N times each, alternating (default 3)
  --scale N         also build with N synthetic extra pages (default 1000)
  --no-scale        skip the synthetic-scale builds
  --scale-runs N    builds of each site at synthetic scale (default 1)
  --no-lighthouse   skip Lighthouse
  --lighthouse-runs N  Lighthouse runs per page; the run with the median performance score counts (default 1)
  --no-search       skip the first-query measurement in Chromium
  --profile         also build this site without the glossary links, without the CSP step, and with content as .md, to show what each costs
  --bare-print-packs  give the bare site the eight print packs too (left out by default; see the README)
  --no-write        print only; do not write scripts/bench-results.json or the README section
  --strict          exit with status 1 when a target is missed
  --help            this text
`;

function count(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs a whole number of at least ${min}; got "${value}". ${USAGE}`);
  return n;
}

/** Parses the arguments; returns undefined after printing the usage for --help. */
export function parseOptions(argv: string[]): BenchOptions | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string' },
        scale: { type: 'string' },
        'no-scale': { type: 'boolean' },
        'scale-runs': { type: 'string' },
        'no-lighthouse': { type: 'boolean' },
        'lighthouse-runs': { type: 'string' },
        'no-search': { type: 'boolean' },
        profile: { type: 'boolean' },
        'bare-print-packs': { type: 'boolean' },
        'no-write': { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\n${USAGE}`, { cause: error });
  }
  const v = parsed.values;
  if (v.help) {
    console.log(USAGE);
    return undefined;
  }
  return {
    runs: count(v.runs, 'runs', 3, 1),
    scale: v['no-scale'] ? false : count(v.scale, 'scale', 1000, 1),
    scaleRuns: count(v['scale-runs'], 'scale-runs', 1, 1),
    lighthouse: !v['no-lighthouse'],
    lighthouseRuns: count(v['lighthouse-runs'], 'lighthouse-runs', 1, 1),
    search: !v['no-search'],
    profile: v.profile ?? false,
    printPacks: v['bare-print-packs'] ?? false,
    write: !v['no-write'],
    strict: v.strict ?? false,
  };
}
