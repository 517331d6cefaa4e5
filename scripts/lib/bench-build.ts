/** Builds a site with Astro's CLI and times it (the log is read by bench-parse.ts). */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { astroSeconds, peakMiB, stagesOf, stripAnsi } from './bench-parse.ts';
import type { BuildResult } from './bench-results.ts';

const TIME = '/usr/bin/time';

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
  const output = stripAnsi(`${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) {
    console.error(output.split('\n').slice(-60).join('\n'));
    throw new Error(
      `The build of ${siteRoot} into ${outDir} failed (exit ${result.status ?? result.signal}); the last lines of its output are above. ` +
        `Fix the build (try: node node_modules/astro/bin/astro.mjs build --root ${siteRoot}${spec.config ? ` --config ${spec.config}` : ''} --outDir ${outDir}), then run the benchmark again.`,
    );
  }
  return { seconds, stages: stagesOf(output), peakMiB: peakMiB(output), astroSeconds: astroSeconds(output) };
}
