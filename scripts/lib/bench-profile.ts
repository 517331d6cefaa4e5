/**
 * `--profile`: builds this site with one part switched off or changed at a time, cold then warm,
 * to show what each part of the build costs. Variants rotate within each run, so a burst of other
 * work on the machine does not land on one variant only.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from '../../src/lib/html.ts';
import { build, type BuildResult, type BuildSpec } from './bench-build.ts';
import { median } from './bench-measure.ts';
import { VARIANTS, writeMdContentCopy, writeOursConfig, type Variant } from './bench-ours.ts';
import type { ProfileRun } from './bench-results.ts';

/** HTML without what differs between two roots by construction: scoped-style hashes, CSP hashes, asset names. */
const normalize = (html: string) =>
  html
    .replace(/astro-[a-z0-9]{8}/g, '')
    .replace(/sha256-[A-Za-z0-9+/=]+/g, '')
    .replace(/\/_astro\/[^"' )]+/g, '');

/** Removes whitespace next to table tags, where browsers ignore it. */
const tableWhitespace = (html: string) =>
  html
    .replace(/\s+(?=<\/?(?:table|thead|tbody|tfoot|tr|th|td)\b)/g, '')
    .replace(/(<\/?(?:table|thead|tbody|tfoot|tr|th|td)\b[^>]*>)\s+/g, '$1');

/**
 * Compares two builds page by page after normalizing: pages that differ only in whitespace
 * next to table tags, and pages that differ otherwise or exist in one build only.
 */
function compareBuilds(a: string, b: string): NonNullable<ProfileRun['sameOutput']> {
  const left = htmlFiles(a).map((f) => relative(a, f));
  const right = new Set(htmlFiles(b).map((f) => relative(b, f)));
  const whitespaceOnly: string[] = [];
  const differing = [...right].filter((f) => !left.includes(f));
  for (const f of left) {
    if (!right.has(f)) {
      differing.push(f);
      continue;
    }
    const x = normalize(readFileSync(join(a, f), 'utf8'));
    const y = normalize(readFileSync(join(b, f), 'utf8'));
    if (x === y) continue;
    if (tableWhitespace(x) === tableWhitespace(y)) whitespaceOnly.push(f);
    else differing.push(f);
  }
  return { pages: left.length, whitespaceOnly, differing };
}

export function runProfile(repoRoot: string, dir: string, runs: number, step: (message: string) => void): ProfileRun[] {
  step(`Profile: this site with one part switched off or changed at a time, ${runs} run(s) each, cold then warm…`);
  const variants: { variant: string; description: string; spec: BuildSpec }[] = (Object.keys(VARIANTS) as Variant[]).map((variant) => {
    const at = join(dir, variant);
    return {
      variant,
      description: VARIANTS[variant],
      spec: {
        root: repoRoot,
        config: writeOursConfig(repoRoot, join(at, 'ours.config.mjs'), join(at, 'cache'), variant),
        outDir: join(at, 'dist'),
        cacheDir: join(at, 'cache'),
      },
    };
  });
  const md = writeMdContentCopy(repoRoot, join(dir, 'md-content', 'site'));
  variants.push({
    variant: 'md-content',
    description: 'with content/ as .md instead of .mdx (a copy under bench/profile/md-content/)',
    spec: {
      root: md.root,
      config: writeOursConfig(md.root, join(md.root, 'bench.config.mjs'), join(md.root, '.cache')),
      outDir: join(dir, 'md-content', 'dist'),
      cacheDir: join(md.root, '.cache'),
      env: { CURRICULUM_CONTENT: md.content },
    },
  });

  const times = new Map<string, { cold: BuildResult[]; warm: number[] }>(variants.map((v) => [v.variant, { cold: [], warm: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const v of variants) {
      const entry = times.get(v.variant);
      entry?.cold.push(build(repoRoot, v.spec, true));
      entry?.warm.push(build(repoRoot, v.spec, false).seconds);
    }
    console.log(`  profile run ${i + 1}/${runs} done`);
  }
  const full = variants.find((v) => v.variant === 'full');
  return variants.map((v) => {
    const t = times.get(v.variant) ?? { cold: [], warm: [] };
    const sorted = [...t.cold].sort((a, b) => a.seconds - b.seconds);
    const run: ProfileRun = {
      variant: v.variant,
      description: v.description,
      cold: median(t.cold.map((b) => b.seconds)),
      warm: median(t.warm),
      stages: sorted[Math.floor(sorted.length / 2)]?.stages ?? {},
      ...(v.variant === 'md-content' && full ? { sameOutput: compareBuilds(full.spec.outDir, v.spec.outDir) } : {}),
    };
    console.log(`  ${v.description}: ${run.cold.toFixed(2)} s cold, ${run.warm.toFixed(2)} s warm (medians)`);
    return run;
  });
}
