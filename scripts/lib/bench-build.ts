/** Builds a site with Astro's CLI and times it; lists what a build wrote. */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The build stages the reports show, in order, with their names. */
export const STAGES = ['sync', 'collect', 'bundle', 'render', 'pagefind'] as const;
export const STAGE_NAMES: Record<(typeof STAGES)[number], string> = {
  sync: 'content sync and types',
  collect: 'collect build info (includes the sync)',
  bundle: 'Vite bundles',
  render: 'rendering pages',
  pagefind: 'Pagefind index',
};

/** Stages of one build, in seconds, read from Astro's log (undefined when a line is missing). */
export interface Stages {
  /** Content sync and type generation. */
  sync?: number;
  /** Collecting build info (loading the config and routes). */
  collect?: number;
  /** Bundling with Vite (server and client builds). */
  bundle?: number;
  /** Rendering every page to HTML. */
  render?: number;
  pagefind?: number;
}

export interface BuildResult {
  /** Wall-clock seconds of the whole `astro build` process (Pagefind included). */
  seconds: number;
  stages: Stages;
  /** Peak resident memory of the build in MiB, when /usr/bin/time is available. */
  peakMiB: number | undefined;
  /** Astro's own "N page(s) built in X s" line. */
  astroSeconds: number | undefined;
}

const TIME = '/usr/bin/time';
/** Terminal colour codes, stripped before the log is read. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, 'g');

const toSeconds = (value: string | undefined, unit: string | undefined) =>
  value === undefined ? undefined : Number(value) / (unit === 'ms' ? 1000 : 1);

/** Reads the stage timings from the log of `astro build` (colours off). */
export function stagesOf(log: string): Stages {
  const lines = log.split('\n');
  const find = (pattern: RegExp, after = 0) => {
    for (let i = after; i < lines.length; i++) {
      const m = pattern.exec(lines[i] ?? '');
      if (m) return { i, seconds: toSeconds(m[1], m[2]) };
    }
    return undefined;
  };
  const sync = find(/\[types\] Generated ([\d.]+)(m?s)/);
  const collectStart = find(/Collecting build info/);
  const collect = collectStart ? find(/\[build\] ✓ Completed in ([\d.]+)(m?s)/, collectStart.i) : undefined;
  const bundle = lines
    .map((l) => /\[vite\] ✓ built in ([\d.]+)(m?s)/.exec(l))
    .reduce((sum, m) => (m ? sum + (toSeconds(m[1], m[2]) ?? 0) : sum), 0);
  const render = find(/^\S+ ✓ Completed in ([\d.]+)(m?s)/);
  const pagefind = find(/Finished building search index in ([\d.]+)(m?s)/);
  return {
    ...(sync?.seconds !== undefined ? { sync: sync.seconds } : {}),
    ...(collect?.seconds !== undefined ? { collect: collect.seconds } : {}),
    ...(bundle > 0 ? { bundle } : {}),
    ...(render?.seconds !== undefined ? { render: render.seconds } : {}),
    ...(pagefind?.seconds !== undefined ? { pagefind: pagefind.seconds } : {}),
  };
}

export interface BuildSpec {
  /** The project folder (`--root`). */
  root: string;
  /** A config file (`--config`), for this site a wrapper under bench/ that sets `cacheDir`. */
  config?: string;
  outDir: string;
  /** The folder the config sets as `cacheDir`: emptied before a cold build. */
  cacheDir: string;
  /** Extra environment, e.g. CURRICULUM_CONTENT. */
  env?: Record<string, string>;
}

/**
 * Runs `astro build` with the project's Node and returns how long it took. A cold build starts
 * with an empty cache (as on a fresh checkout or CI); a warm one reuses the cache the previous
 * build of the same site left. Throws with the end of the build's output when the build fails.
 */
export function build(repoRoot: string, spec: BuildSpec, cold: boolean): BuildResult {
  const absoluteOut = resolve(spec.outDir);
  if (absoluteOut === resolve(repoRoot, 'dist')) throw new Error('The benchmark never builds into dist/; choose a folder under bench/.');
  rmSync(absoluteOut, { recursive: true, force: true });
  if (cold) rmSync(spec.cacheDir, { recursive: true, force: true });
  const { root: siteRoot, outDir } = spec;
  const astro = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const command = [
    process.execPath,
    astro,
    'build',
    '--root',
    siteRoot,
    // Astro joins --config to the root, so it must be relative to it.
    ...(spec.config ? ['--config', relative(resolve(siteRoot), resolve(spec.config))] : []),
    '--outDir',
    absoluteOut,
  ];
  const timed = existsSync(TIME);
  const [program, ...args] = timed ? [TIME, '-f', 'BENCH_PEAK_KIB=%M', ...command] : command;
  const started = performance.now();
  const result = spawnSync(program ?? process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...spec.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`.replace(ANSI, '');
  if (result.status !== 0) {
    console.error(output.split('\n').slice(-60).join('\n'));
    throw new Error(
      `The build of ${siteRoot} into ${outDir} failed (exit ${result.status ?? result.signal}); the last lines of its output are above. ` +
        `Fix the build (try: node node_modules/astro/bin/astro.mjs build --root ${siteRoot}${spec.config ? ` --config ${spec.config}` : ''} --outDir ${outDir}), then run the benchmark again.`,
    );
  }
  const peak = /BENCH_PEAK_KIB=(\d+)/.exec(output)?.[1];
  const astroSeconds = /page\(s\) built in ([\d.]+)(m?s)/.exec(output);
  return {
    seconds,
    stages: stagesOf(output),
    peakMiB: peak ? Number(peak) / 1024 : undefined,
    astroSeconds: astroSeconds ? Number(astroSeconds[1]) / (astroSeconds[2] === 'ms' ? 1000 : 1) : undefined,
  };
}
