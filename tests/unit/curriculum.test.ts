/** Linking, page models and the export, on the valid fixture curriculum. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import { curriculumExportSchema, exportCurriculum } from '../../src/lib/export.ts';
import { caseFacts, facilitatorPageModel, homeModel, modulePageModel, practiceCounts } from '../../src/lib/pages.ts';
import { sidebarSessions } from '../../src/lib/sidebar.ts';
import { agendaRows, materialLabel, overviewRows, preparationByDue, runOfShowRows } from '../../src/lib/views.ts';
import { english, groupSizeLabel, labelsIn, yearsLabel } from '../../src/lib/labels.ts';
import { withBase } from '../../src/lib/urls.ts';
import { fixtureRoot, parseContent, readContent } from '../support/content-harness.ts';

const { input, schemaErrors } = parseContent(readContent(join(fixtureRoot, 'valid')));
const curriculum = linkCurriculum(input);
const first = curriculum.modules[0]!;

describe('linkCurriculum', () => {
  it('parses the fixture without schema errors', () => {
    expect(schemaErrors).toEqual([]);
  });
  it('orders modules, totals minutes and counts where each module starts', () => {
    expect(curriculum.modules.map((m) => [m.id, m.minutes, m.startsAfter])).toEqual([
      ['first', 600, 0],
      ['second', 400, 600],
    ]);
    expect(curriculum.totalMinutes).toBe(1000);
    expect(first.coreMinutes).toBe(580);
    expect(first.shortestMinutes).toBe(585);
  });
  it('computes back-links in both directions', () => {
    const practice = curriculum.practices[0]!;
    expect(practice.moduleIds).toEqual(['first', 'second']);
    expect(practice.activityIds).toEqual(['pairs-story']);
    expect(practice.caseStudyIds).toEqual(['composite-case', 'documented-case']);
    expect(curriculum.activities[0]!.moduleIds).toEqual(['first', 'second']);
    expect(curriculum.caseStudies.find((c) => c.id === 'documented-case')!.moduleIds).toEqual(['first', 'second']);
    expect(practiceCounts(practice)).toBe('2 modules, 1 activity, 2 cases');
  });
});

describe('page rows', () => {
  it('gives participants durations and activity links, without clock times or notes', () => {
    const rows = agendaRows(curriculum, first);
    expect(rows[0]).toMatchObject({
      number: 1,
      title: 'Story practice',
      kind: 'pairs',
      kindLabel: 'Pairs',
      duration: '40 min',
      activity: { title: 'Pairs story', url: '/activities/pairs-story/' },
    });
    expect(rows[1]?.optionalNote).toBe('Optional: can shrink to 5 min');
    expect(rows[2]?.isBreak).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('watchFor');
  });
  it('gives facilitators clock times from the default 09:00 or a chosen start', () => {
    expect(
      runOfShowRows(curriculum, first)
        .slice(0, 3)
        .map((r) => `${r.start}–${r.end}`),
    ).toEqual(['09:00–09:40', '09:40–10:00', '10:00–10:40']);
    expect(runOfShowRows(curriculum, first, 13 * 60 + 30)[1]?.start).toBe('14:10');
    expect(facilitatorPageModel(first).facts.map((f) => f.value)).toEqual(['10 h', '09:00–19:00', '9 h 40 min', '9 h 45 min']);
  });
  it('lists the overview with running totals and session labels', () => {
    expect(overviewRows(curriculum).map((r) => [r.number, r.duration, r.runningTotal])).toEqual([
      ['Module 1', '10 h', '10 h'],
      ['Module 2', '6 h 40 min', '16 h 40 min'],
    ]);
  });
  it('builds module page facts and neighbours', () => {
    const page = modulePageModel(curriculum, first);
    expect(page.facts).toEqual([
      { label: 'Length', value: '10 h' },
      { label: 'Practices', value: 'Public narrative' },
      { label: 'You leave with', value: 'Story bank' },
    ]);
    expect(page.previous).toBeUndefined();
    expect(page.next?.id).toBe('second');
    expect(page.extraHeadings.map((h) => h.slug)).toEqual(['objectives', 'agenda', 'pictures', 'activities', 'key-points', 'case-studies']);
  });
  it('groups preparation by when it is due and labels materials', () => {
    expect(
      preparationByDue([
        { task: 'B', due: 'on-the-day' },
        { task: 'A', due: 'week-before' },
      ]),
    ).toEqual([
      { due: 'A week before', tasks: ['A'] },
      { due: 'On the day', tasks: ['B'] },
    ]);
    expect(materialLabel({ item: 'Worksheet', quantity: 1, per: 'participant' })).toBe('Worksheet — 1 per participant');
    expect(materialLabel({ item: 'Markers', quantity: 12, per: 'room' })).toBe('Markers — 12');
    expect(materialLabel({ item: 'Tape', per: 'room', note: 'masking' })).toBe('Tape (masking)');
  });
  it('labels case facts, sectors, years and group sizes', () => {
    const study = curriculum.caseStudies.find((c) => c.id === 'documented-case')!;
    expect(caseFacts(study, curriculum.practices).map((f) => f.value)).toEqual([
      'Example Farm Workers Union',
      'Agriculture',
      'California',
      '1965–1970',
      'Public narrative',
    ]);
    expect(labelsIn(english).sector('domestic-work')).toBe('Domestic work');
    expect(yearsLabel({ start: 2012 })).toBe('2012 onward');
    expect(yearsLabel({ start: 2010, end: 2010 })).toBe('2010');
    expect(groupSizeLabel({ min: 4, max: 40 })).toBe('4–40 people');
  });
  it('marks the current session in the sidebar on participant and facilitator pages', () => {
    const links = sidebarSessions(curriculum, '/modules/second/facilitator/', (p) => withBase('/', p));
    expect(links).toEqual([
      { label: '1. Fixture module first', href: '/modules/first/', isCurrent: false },
      { label: '2. Fixture module second', href: '/modules/second/', isCurrent: true },
    ]);
    expect(withBase('/docs/', '/modules/x/')).toBe('/docs/modules/x/');
  });
  it('points the home page at the how-to guide, or the guide list', () => {
    expect(homeModel(curriculum).howToRunUrl).toBe('/guides/preparing/');
    expect(homeModel({ ...curriculum, guides: [] }).howToRunUrl).toBe('/guides/');
  });
});

describe('curriculum.json export', () => {
  it('matches its schema and carries site-relative URLs', () => {
    const data = curriculumExportSchema.parse(exportCurriculum(curriculum));
    expect(data.totalMinutes).toBe(1000);
    expect(data.modules[0]).toMatchObject({ id: 'first', url: '/modules/first/', facilitatorUrl: '/modules/first/facilitator/' });
    expect(data.modules[0]?.agenda[0]).toEqual({
      title: 'Story practice',
      minutes: 40,
      kind: 'pairs',
      activity: 'pairs-story',
      optional: false,
      shrinkTo: null,
      debrief: false,
      keepWithNext: false,
    });
    expect(data.activities[0]).toMatchObject({ id: 'pairs-story', minutes: 30, setting: 'both', groupSize: { min: 2, max: 30 } });
    expect(data.activities[0]?.steps.map((s) => s.kind)).toEqual(['setup', 'work', 'work', 'debrief']);
    expect(data.caseStudies.map((c) => [c.id, c.kind, c.sources.length])).toEqual([
      ['composite-case', 'composite', 0],
      ['documented-case', 'documented', 2],
    ]);
    expect(data.glossary).toEqual([{ id: 'story-bank', term: 'Story bank', definition: 'Stories the organization keeps.' }]);
  });
});

import { mergeMaterials, preparationTimeline, quantityLabel, unitCount, usedInLabel } from '../support/english-materials.ts';

describe('materials checklist', () => {
  it('merges materials of modules and their activities, counted for the group', () => {
    const list = mergeMaterials(curriculum, ['first', 'second']);
    expect(list.map((m) => [m.item, m.quantities, m.total, m.usedIn])).toEqual([
      ['Flip chart: Story questions', [{ per: 'room', quantity: 1 }], 1, ['Fixture module second']],
      ['Markers', [{ per: 'room', quantity: 4 }], 4, ['Fixture module first', 'Fixture module second']],
      ['Worksheet', [{ per: 'participant', quantity: 1 }], 25, ['Fixture module first', 'Fixture module second']],
    ]);
    expect(quantityLabel(list[1]!)).toBe('4');
    expect(quantityLabel(list[2]!)).toBe('1 per participant × 25 participants = 25');
    expect(usedInLabel(list[1]!)).toBe('Fixture module first, Fixture module second');
    expect(unitCount('group', { participants: 22, perGroup: 5, facilitators: 2, secondLanguage: 0 })).toBe(5);
    expect(unitCount('pair', { participants: 21, perGroup: 5, facilitators: 2, secondLanguage: 0 })).toBe(11);
  });
  it('orders preparation by when it is due and names the session', () => {
    expect(preparationTimeline(curriculum, ['second', 'first'], (id) => (id === 'first' ? 1 : 2))).toEqual([
      {
        due: 'day-before',
        label: 'The day before',
        tasks: [
          { task: 'Print worksheets.', module: 'Fixture module first', session: 1 },
          { task: 'Print worksheets.', module: 'Fixture module second', session: 2 },
        ],
      },
    ]);
  });
});

import { inTrainingOrder } from '../../src/lib/views.ts';

describe('print pack order', () => {
  it('lists each activity and case once, in the order the modules use them', () => {
    const used = inTrainingOrder(curriculum);
    expect(used.activities.map((a) => a.id)).toEqual(['pairs-story']);
    expect(used.cases.map((c) => c.id)).toEqual(['documented-case', 'composite-case']);
  });
});
