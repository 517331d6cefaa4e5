/** The built curriculum.json: its schema, and the promises the issues make about the content. */
import { describe, expect, it } from 'vitest';
import { curriculumExportSchema } from '../../src/lib/export.ts';
import { builtCurriculum, builtHtml } from '../support/site.ts';

const data = curriculumExportSchema.parse(builtCurriculum());

describe('curriculum.json', () => {
  it('is a 16–20 hour training of at least nine modules plus an opening and a closing', () => {
    expect(data.totalMinutes).toBeGreaterThanOrEqual(960);
    expect(data.totalMinutes).toBeLessThanOrEqual(1200);
    expect(data.modules.filter((m) => m.kind === 'module').length).toBeGreaterThanOrEqual(9);
    expect(data.modules[0]?.kind).toBe('opening');
    expect(data.modules.at(-1)?.kind).toBe('closing');
    expect(data.modules.reduce((s, m) => s + m.minutes, 0)).toBe(data.totalMinutes);
  });

  it('has at least 12 activities, each with an artifact and steps that add up, and one for every practice', () => {
    expect(data.activities.length).toBeGreaterThanOrEqual(12);
    for (const a of data.activities) {
      expect(a.artifact.name.length).toBeGreaterThan(0);
      expect(a.steps.reduce((s, step) => s + step.minutes, 0)).toBe(a.minutes);
    }
    for (const p of data.practices)
      expect(
        data.activities.some((a) => a.practices.includes(p.id)),
        p.id,
      ).toBe(true);
  });

  it('has at least 10 documented cases with 2+ sources and 3 composites, each linked to a module and a practice', () => {
    const documented = data.caseStudies.filter((c) => c.kind === 'documented');
    expect(documented.length).toBeGreaterThanOrEqual(10);
    for (const c of documented) expect(c.sources.length, c.id).toBeGreaterThanOrEqual(2);
    expect(data.caseStudies.filter((c) => c.kind === 'composite').length).toBeGreaterThanOrEqual(3);
    for (const c of data.caseStudies) {
      expect(c.modules.length, `${c.id} modules`).toBeGreaterThanOrEqual(1);
      expect(c.practices.length, `${c.id} practices`).toBeGreaterThanOrEqual(1);
    }
    for (const m of data.modules) expect(m.caseStudies.length, `${m.id} cases`).toBeGreaterThanOrEqual(1);
  });

  it('has at least 25 glossary terms', () => {
    expect(data.glossary.length).toBeGreaterThanOrEqual(25);
  });

  it('gives URLs of pages that were built', () => {
    for (const m of data.modules) {
      expect(builtHtml(m.url)).toContain('<h1');
      expect(builtHtml(m.facilitatorUrl)).toContain('data-facilitator-notes');
    }
    for (const a of data.activities) expect(builtHtml(a.worksheetUrl)).toContain('class="worksheet"');
    for (const c of data.caseStudies)
      expect(builtHtml(c.url)).toContain(c.kind === 'documented' ? 'Documented case' : 'This is a composite case');
  });

  it('has the six coaching call guides and the monthly community format as printable pages', () => {
    for (let n = 1; n <= 6; n++) expect(builtHtml(`/coaching-calls/call-${n}/`)).toContain('What to record');
    const community = builtHtml('/programs/community-of-practice/');
    expect(community).toContain('Twelve-month calendar');
    expect(community).toMatch(/<th scope="col">Led by<\/th>/);
    expect(builtHtml('/programs/evaluation/')).toContain('data-self-assessment');
  });
});
