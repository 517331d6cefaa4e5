/**
 * Why a target was missed and what it would take, for the README and the terminal. Each text
 * starts from this run's numbers; the causes and fixes come from experiments on copies of the
 * site under bench/ (`--profile` repeats the build-time ones) and are only stated when this run
 * shows the symptom they explain.
 */
import { STAGE_NAMES, STAGES, type BuildResult } from './bench-build.ts';
import { median } from './bench-measure.ts';
import { sec, TARGETS, times, type BuildSeries, type Results, type TargetId } from './bench-results.ts';

/** Per stage, this site's and bare Starlight's median seconds for cold or warm builds. */
function stageGaps(b: BuildSeries, mode: 'cold' | 'warm') {
  const pick = (r: BuildResult, s: (typeof STAGES)[number]) => r.stages[s] ?? 0;
  return STAGES.map((s) => ({
    stage: s,
    ours: median(b.runs.map((r) => pick(r.ours[mode], s))),
    bare: median(b.runs.map((r) => pick(r.bare[mode], s))),
  }));
}

function buildTime(b: BuildSeries, r: Results, scale: boolean): string {
  const limit = TARGETS.buildRatio;
  const missed = (['cold', 'warm'] as const).filter((m) => (m === 'cold' ? b.median.ratioCold : b.median.ratioWarm) > limit);
  const parts: string[] = [];
  for (const mode of missed) {
    const gaps = stageGaps(b, mode)
      .filter((g) => g.ours - g.bare > 0.15)
      .map((g) => `${STAGE_NAMES[g.stage]} ${sec(g.ours)} vs ${sec(g.bare)}`);
    parts.push(
      `${mode === 'cold' ? 'Cold' : 'Warm'} builds: this site spends longer in ${gaps.join(', ') || 'no single stage (the gap is spread out)'}.`,
    );
  }
  const bundle = stageGaps(b, 'warm').find((g) => g.stage === 'bundle');
  const mdx = bundle !== undefined && bundle.ours - bundle.bare > 0.3;
  const md = r.profile?.find((p) => p.variant === 'md-content');
  const full = r.profile?.find((p) => p.variant === 'full');
  if (mdx) {
    parts.push(
      'The cause is MDX: Astro keeps the rendered HTML of `.md` entries in its cache between builds, but compiles every `.mdx` entry again through Vite on every build (the “Vite bundles” stage). ' +
        (r.mdxFeatureFiles.length
          ? `These content files use MDX syntax and would need it: ${r.mdxFeatureFiles.map((f) => `\`${f}\``).join(', ')}.`
          : 'No file in `content/` uses MDX syntax (no imports, components or `{expressions}` in any body).'),
    );
  }
  if (md && full && !scale) {
    const same = md.sameOutput;
    parts.push(
      `With \`--profile\`, a copy of the site with its content renamed to \`.md\` builds in ${sec(md.cold)} cold and ${sec(md.warm)} warm (this site: ${sec(full.cold)} / ${sec(full.warm)}), ` +
        `${times(md.cold / r.builds.median.bareCold)} / ${times(md.warm / r.builds.median.bareWarm)} the bare site` +
        (same
          ? same.differing.length
            ? `; ${same.differing.length} of its ${same.pages} pages differ from this site’s (${same.differing.slice(0, 5).join(', ')}).`
            : `, and writes the same ${same.pages} pages: identical HTML apart from scoped-style and asset hashes` +
              (same.whitespaceOnly.length
                ? `, and on ${same.whitespaceOnly.length} pages line breaks between table tags, which browsers ignore (${same.whitespaceOnly.join(', ')}).`
                : '.')
          : '.'),
    );
  }
  if (mdx) {
    parts.push(
      'What it would take: rename `content/**/*.mdx` to `.md`, let the glob patterns in `src/content.config.ts` read `.md`, and drop `@astrojs/mdx` from `astro.config.mjs` (and say `.md` in the README’s content section). ' +
        'The glossary links keep working: they are a rehype plugin of the Markdown pipeline, which `.md` entries use. ' +
        'We have not made that change: MDX (`@astrojs/mdx`, content in `.mdx`) is part of the stack the project was asked to use, and it keeps components available to content writers, so dropping it is a decision for the project’s owners. ' +
        'Cold builds, which are what CI, deploys and a fresh clone run, meet the target.',
    );
  }
  const gloss = r.profile?.find((p) => p.variant === 'no-glossary-links');
  const csp = r.profile?.find((p) => p.variant === 'no-csp');
  if (full && (gloss || csp)) {
    const cost = (p: typeof gloss) => (p ? `${sec(full.cold - p.cold)} cold / ${sec(full.warm - p.warm)} warm` : 'not measured');
    parts.push(
      `Smaller parts, for scale: the glossary-links plugin costs ${cost(gloss)} and the Content-Security-Policy step ${cost(csp)} (differences of medians; noise is a few tenths of a second).`,
    );
  }
  if (scale) {
    parts.push(
      `At ${r.scale?.ours.pages.toLocaleString('en')} pages the copies are MDX too, so the same change applies; the bare site also renders a sidebar with every page on every page, which makes it slower as it grows.`,
    );
  }
  return parts.join(' ');
}

export function explain(id: TargetId, r: Results): string {
  switch (id) {
    case 'build-ratio':
      return buildTime(r.builds, r, false);
    case 'build-ratio-scale':
      return r.scale ? buildTime(r.scale.builds, r, true) : '';
    case 'content-js': {
      const over = r.pageJs.filter((g) => g.tool === null && g.extraGzip > 0);
      const files = [...new Set(over.flatMap((g) => g.extraFiles))];
      const parts = [
        `Content pages load ${files.length ? files.map((f) => `\`${f}\``).join(', ') : 'no extra script file'} beyond what bare Starlight loads.`,
      ];
      if (files.includes('preload-helper.js')) {
        parts.push(
          'That is Vite’s preload helper in a chunk of its own (one more request): two entry scripts call `import()`, Starlight’s search button (for the Pagefind UI) and the search page’s script in `src/pages/search.astro` (for `pagefind.js`; Vite wraps it even with `@vite-ignore`). Bare Starlight has one caller, so the helper is inlined into its search script. ' +
            'What it would take: on the search page, load Pagefind through a one-line script Vite does not process, `<script is:inline>window.importPagefind = (url) => import(url);</script>`, and call `window.importPagefind(…)` from the page’s script. ' +
            'Tried on a copy: the chunk disappears, search and its filters still work, and content pages come to +20 B over bare Starlight: 12 B because Prettier re-indents the inline script of `src/components/overrides/Search.astro` with spaces (listing the override in `.prettierignore` keeps Starlight’s tabs) and 8 B for the override’s deliberate change (focusing the box when search was opened before the UI loaded), which is worth keeping.',
        );
      }
      return parts.join(' ');
    }
    case 'tool-js':
      return 'A tool loads more than the allowance or its code reaches content pages; the JavaScript table lists each page group’s scripts.';
    case 'lighthouse': {
      const failed = (r.lighthouse ?? []).filter((l) => !l.label.startsWith('bare')).flatMap((l) => l.failed.map((a) => ({ l, a })));
      const parts = [
        `Audits that cost points: ${failed.map(({ l, a }) => `${l.label} \`${a.id}\` (${a.displayValue ?? a.score})`).join('; ') || 'none listed'}.`,
      ];
      if (failed.some(({ l, a }) => l.path === '/search/' && a.id === 'cumulative-layout-shift')) {
        parts.push(
          'On `/search/` the shift is the page footer moving down when the script reveals the search form (`<form … hidden>` until Pagefind has loaded, then filled with filters). ' +
            'What it would take: reserve the space before the script runs, e.g. give the form’s wrapper a `min-height` of about one screen (so the footer starts below the fold and its move does not count), or render the form visible from the start and only fill the filters later.',
        );
      }
      if (failed.some(({ a }) => a.id === 'first-contentful-paint' || a.id === 'largest-contentful-paint')) {
        parts.push(
          'Paint metrics below a perfect score come from the simulated slow phone: they vary by a few hundredths between runs (`--lighthouse-runs 3` takes the median run); the CSS every page blocks on (our stylesheet adds about 2 KiB gzip to Starlight’s) is the lever if they persist.',
        );
      }
      return parts.join(' ');
    }
    case 'first-query':
      return 'The first query downloads the Pagefind runtime, its WebAssembly, the index chunk for the word, the filter index (the search dialog shows filters because pages carry `data-pagefind-filter`) and the fragments of the first five results; the search table splits them.';
    case 'html-flat':
      return 'Median HTML per page grows with the number of pages: look for a component that lists every entry on every page (as Starlight’s autogenerated sidebar does).';
  }
}
