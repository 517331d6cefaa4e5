import { describe, expect, it } from 'vitest';
import { pdfTable, replaceSection, section, table, tables } from '../../scripts/lib/bench-report.ts';
import { seriesMedians } from '../../scripts/lib/bench-stats.ts';
import { checkTargets } from '../../scripts/lib/bench-targets.ts';
import { results } from './bench-fixture.ts';

const checked = () => {
  const r = results();
  r.targets = checkTargets(r);
  return r;
};

describe('bench report', () => {
  it('writes Markdown tables and escapes pipes in cells', () => {
    expect(table(['a', 'b'], [['1', 'x | y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x \\| y |');
  });

  it('reports the PDF step: cold, the warm median with its range, an edit, files printed and seconds per printed page', () => {
    expect(pdfTable(checked())).toBe(
      [
        '| measure | cold (empty cache) | warm (nothing changed) | after a one-word edit of one page |',
        '| --- | --- | --- | --- |',
        '| whole step (`node scripts/pdf.ts`) | 40.0 s | 32.0 s (median of 2, 30.0–34.0) | 6.0 s |',
        '| files printed / written | 8 / 8 | 0 / 8, 0 / 8 | 2 / 8 |',
        '| seconds per printed page | 0.100 s |  |  |',
        '| PDF files / printed pages / size | 8 / 400 / 3906.3 KiB |  |  |',
      ].join('\n'),
    );
    expect(pdfTable(results({ pdf: null }))).toBe('');
  });

  it('puts the .md bare site in its own labelled column next to the .mdx one', () => {
    const text = tables(checked());
    expect(text).toContain('| measure | this site | bare Starlight (.mdx) | bare Starlight (.md) | ratio to .mdx | ratio to .md |');
    expect(text).toContain(
      '| real size: build, cold (median of 3, range) | 6.0 s (5.0–7.0) | 5.0 s (5.0–5.0) | 4.0 s (4.0–5.0) | 1.20× | 1.40× |',
    );
    expect(text).toContain('| real size: build, warm cache | 4.0 s (4.0–5.0) | 4.0 s (2.0–4.0) | 2.0 s (2.0–2.0) | 1.00× | 2.00× |');
    expect(text).toContain('| Vite bundles | 2.5 s | 1.0 s | — |');
  });

  it('keeps the synthetic rows in their columns when the scale has no .md build', () => {
    const base = checked();
    const first = base.builds.runs[0]!;
    const scaleRuns = [{ ours: first.ours, bare: first.bare }];
    const r = checked();
    r.scale = {
      extraPages: 1000,
      activities: 400,
      caseStudies: 200,
      builds: { runs: scaleRuns, median: seriesMedians(scaleRuns) },
      ours: { pages: 1154, words: 900_000, html: base.sizes.ours.html, types: base.sizes.ours.types },
      bare: { pages: 1146, words: 900_000, html: base.sizes.bare.html },
    };
    const text = tables(r);
    expect(text).toContain('| synthetic: pages | 1,154 | 1,146 | — |  |  |');
    expect(text).toContain('| synthetic: build, cold (one run) | 5.0 s | 5.0 s | — | 1.00× | — |');
  });

  it('says the machine was busy when the load average was above the number of cores, and what the run skipped', () => {
    const text = section(checked());
    expect(text).toContain(
      'Load average (1 minute) 3.5 at the start and 2.5 at the end on 2 cores: other work was running on the machine during the run, so build times are noisier and slower than on an idle one;',
    );
    expect(text).toContain('Not measured in this run: the synthetic scale, Lighthouse.');
    expect(text).toContain('`npm run bench -- --no-scale --no-lighthouse`');
    expect(text).toContain(
      '| ✅ PASS | Build time at the real size (154 pages) | ≤ 1.3× bare Starlight (same pages, MDX), cold and warm | cold 1.20× (6.0 s vs 5.0 s), warm 1.00× (4.0 s vs 4.0 s) |',
    );
    expect(text).not.toContain('Missed targets');
  });

  it('says nothing about a busy machine when it was idle', () => {
    const r = checked();
    r.machine.load = { start: 0.4, end: 1.9 };
    expect(section(r)).not.toContain('other work was running');
  });

  it('lists a missed target with its computed explanation', () => {
    const r = results();
    if (!r.search) throw new Error('fixture has a search');
    r.search.ours.bytes = 200_000;
    r.targets = checkTargets(r);
    expect(section(r)).toContain(
      '### Missed targets: where the difference is\n\n**Bytes the first search downloads** (195.3 KiB (200,000 B); target ≤ 150 KB). Largest downloads of the first search:',
    );
  });

  it('replaces only the text between the bench markers', () => {
    const readme = '# Site\n\n## Performance\n\n<!-- bench:start -->\n\nold\n\n<!-- bench:end -->\n\n## Next\n';
    expect(replaceSection(readme, 'new\n')).toBe(
      '# Site\n\n## Performance\n\n<!-- bench:start -->\n\nnew\n\n<!-- bench:end -->\n\n## Next\n',
    );
    expect(replaceSection('# Site\n', 'new')).toBe('# Site\n\n## Performance\n\n<!-- bench:start -->\n\nnew\n\n<!-- bench:end -->\n');
  });
});
