/** Builds a site with Astro's CLI and times it; lists what a build wrote. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export const htmlFiles = (dir: string) =>
  files(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();

export interface BuildResult {
  /** Wall-clock seconds of the whole `astro build` process (Pagefind included). */
  seconds: number;
  /** Peak resident memory of the build in MiB, when /usr/bin/time is available. */
  peakMiB: number | undefined;
  /** Astro's own "N page(s) built in X s" line. */
  astroSeconds: number | undefined;
}

const TIME = '/usr/bin/time';

/**
 * Runs `astro build --root <siteRoot> --outDir <outDir>` with the project's Node and returns how
 * long it took. `env` adds variables (e.g. CURRICULUM_CONTENT). Throws with the build's output
 * when the build fails.
 */
export function build(repoRoot: string, siteRoot: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const absoluteOut = resolve(outDir);
  if (absoluteOut === resolve(repoRoot, 'dist')) throw new Error('The benchmark never builds into dist/; choose a folder under bench/.');
  rmSync(absoluteOut, { recursive: true, force: true });
  const astro = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const command = [process.execPath, astro, 'build', '--root', siteRoot, '--outDir', absoluteOut];
  const timed = existsSync(TIME);
  const [program, ...args] = timed ? [TIME, '-f', 'BENCH_PEAK_KIB=%M', ...command] : command;
  const started = performance.now();
  const result = spawnSync(program!, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.error(output.split('\n').slice(-60).join('\n'));
    throw new Error(
      `The build of ${siteRoot} into ${outDir} failed (exit ${result.status ?? result.signal}); the last lines of its output are above. ` +
        `Fix the build (try: node node_modules/astro/bin/astro.mjs build --root ${siteRoot} --outDir ${outDir}), then run the benchmark again.`,
    );
  }
  const peak = /BENCH_PEAK_KIB=(\d+)/.exec(output)?.[1];
  const astroSeconds = /page\(s\) built in ([\d.]+)(m?s)/.exec(output);
  return {
    seconds,
    peakMiB: peak ? Number(peak) / 1024 : undefined,
    astroSeconds: astroSeconds ? Number(astroSeconds[1]) / (astroSeconds[2] === 'ms' ? 1000 : 1) : undefined,
  };
}
