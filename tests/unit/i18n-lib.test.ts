/**
 * The words that code in src/lib builds for pages (facts, headings, facet values, durations,
 * material lines, schedule names…) come from the page's `t`, never from English in the code.
 * Each label function runs here on the real curriculum with a fake dictionary whose every
 * text is its own key in brackets, `⟦module.fact.length⟧`; once the bracketed keys are taken
 * out, a label must have no letter left. An English word written in the code would stay.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import { durationWords, formatDuration } from '../../src/lib/agenda.ts';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import {
  activityFacets,
  caseBrowseGroups,
  caseFacets,
  durationBand,
  groupBands,
  moduleFacets,
  PAGE_TYPES,
  practiceFacets,
  typeOnly,
  type PageType,
} from '../../src/lib/facets.ts';
import {
  builtInSchedule,
  CUSTOM_FORMAT_ID,
  formatName,
  formatSummary,
  sessionLabel,
  sessionUnits,
  timedModules,
  unitCount,
  unitWord,
  WORKSHOP_FORMATS,
} from '../../src/lib/formats.ts';
import type { Translate } from '../../src/lib/labels.ts';
import {
  assumptionLabel,
  countMaterial,
  DEFAULT_GROUP,
  mergeMaterials,
  preparationTimeline,
  quantityLabel,
  usedInLabel,
} from '../../src/lib/materials.ts';
import { activityFacts, caseFacts, facilitatorPageModel, modulePageModel, practiceCounts } from '../../src/lib/pages.ts';
import { sessionRunItems } from '../../src/lib/run-items.ts';
import { driftLabel } from '../../src/lib/runmode.ts';
import { scheduleTexts, translator, type Translate as ScheduleTranslate } from '../../src/lib/schedule-text.ts';
import { scheduleSummary, sessionView } from '../../src/lib/schedule-view.ts';
import { siteSidebar } from '../../src/lib/sidebar.ts';
import { agendaRows, materialLabel, moduleLabel, overviewRows, preparationByDue, scheduledRunOfShow } from '../../src/lib/views.ts';
import { parseContent, readContent } from '../support/content-harness.ts';

const curriculum = linkCurriculum(parseContent(readContent(join(process.cwd(), 'content'))).input);
const dictionary: Record<string, string> = en;

const asked = new Set<string>();
/** Every text is its key in brackets, followed by the values it was given. */
const fake: Translate = (...args) => {
  const [key, values] = args;
  asked.add(key);
  return `⟦${key}⟧${values ? `(${Object.values(values).join('|')})` : ''}`;
};
const fakeSchedule: ScheduleTranslate = (key, values) => fake(key, { ...values });

/** What is left of a label once the dictionary's texts are taken out. */
const leftover = (label: string): string => label.replace(/⟦[^⟧]*⟧/g, '');
const hasLetter = /\p{L}/u;

/** Labels that still hold a letter outside the dictionary's texts, with where they came from. */
function english(labels: Record<string, readonly string[]>): string[] {
  return Object.entries(labels).flatMap(([where, list]) =>
    list.filter((label) => label === '' || hasLetter.test(leftover(label))).map((label) => `${where}: ${label}`),
  );
}

const modules = curriculum.modules;
const module = modules.find((m) => m.agenda.some((item) => item.optional && item.shrinkTo)) ?? modules[0]!;
const activities = curriculum.activities;
const studies = curriculum.caseStudies;
const timed = timedModules(modules);

describe('labels built in src/lib come from the page’s dictionary', () => {
  it('page facts, headings and practice counts', () => {
    const found = english({
      modulePage: modules.flatMap((m) => {
        const page = modulePageModel(curriculum, m, fake);
        return [...page.facts.map((f) => f.label), page.facts[0]!.value, ...page.extraHeadings.map((h) => h.text)];
      }),
      facilitatorPage: modules.flatMap((m) =>
        facilitatorPageModel(m, undefined, fake).facts.flatMap((f) => [f.label, f.value.replace(/[\d:–]/g, '') === '' ? '⟦⟧' : f.value]),
      ),
      activityFacts: activities.flatMap((a) =>
        activityFacts(a, fake).flatMap((f) => (f.label.includes('keep') ? [f.label] : [f.label, f.value])),
      ),
      caseFacts: studies.flatMap((s) => {
        const facts = caseFacts(s, [], fake);
        return [...facts.map((f) => f.label), facts.find((f) => f.label.includes('years'))!.value];
      }),
      practiceCounts: curriculum.practices.map((p) => practiceCounts(p, fake)),
    });
    expect(found).toEqual([]);
  });

  it('agenda and overview rows, module labels, preparation, materials', () => {
    const material = countMaterial(
      {
        key: '#',
        item: '#',
        unit: 'sheet',
        packSize: 50,
        quantities: [
          { per: 'room', quantity: 2 },
          { per: 'group', quantity: 3 },
        ],
        notes: [],
        usedIn: ['1', '2', '3', '4', '5'],
      },
      { ...DEFAULT_GROUP, secondLanguage: 50 },
    );
    const schedule = builtInSchedule(timed, WORKSHOP_FORMATS[0]!);
    const found = english({
      agendaRows: modules.flatMap((m) =>
        agendaRows(curriculum, m, fake).flatMap((r) => [r.kindLabel, r.duration, ...(r.optionalNote ? [r.optionalNote] : [])]),
      ),
      overviewRows: overviewRows(curriculum, fake).flatMap((r) => [r.number, r.duration, r.runningTotal]),
      moduleLabel: modules.map((m) => moduleLabel(curriculum, m, fake)),
      preparationByDue: modules.flatMap((m) => preparationByDue(m.preparation, fake).map((g) => g.due)),
      preparationTimeline: preparationTimeline(curriculum, [module.id], () => 1, fake).map((g) => g.label),
      materialLabel: (['room', 'participant', 'group', 'pair', 'facilitator'] as const).flatMap((per) => [
        materialLabel({ item: '#', quantity: 2, per }, fake).replace('#', ''),
        materialLabel({ item: '#', quantity: 2, per, note: '#' }, fake).replaceAll('#', ''),
      ]),
      quantityLabel: [quantityLabel(material, fake), quantityLabel({ ...material, total: undefined }, fake)],
      assumptionLabel: [assumptionLabel({ group: { ...DEFAULT_GROUP, secondLanguage: 50 }, mode: 'consecutive' }, fake)],
      usedInLabel: [usedInLabel(material, fake)],
      scheduledRunOfShow: modules.flatMap((m) =>
        scheduledRunOfShow(curriculum, m, schedule, fake).flatMap((r) => [
          r.duration,
          ...(r.cut ? [] : [r.session]),
          ...(r.optionalNote ? [r.optionalNote] : []),
        ]),
      ),
    });
    expect(found).toEqual([]);
    // The checklist reads the real materials too.
    expect(mergeMaterials(curriculum, [module.id], DEFAULT_GROUP, 'none', fake).length).toBeGreaterThan(0);
  });

  it('search facet values and the case browse lists', () => {
    const found = english({
      durationBand: [10, 30, 50, 90].map((minutes) => durationBand(minutes, fake)),
      type: [
        ...(Object.keys(PAGE_TYPES) as PageType[]).flatMap((type) => [
          ...(typeOnly(type, fake).filters['type'] ?? ['']),
          typeOnly(type, fake).meta['type'] ?? '',
        ]),
        ...modules.flatMap((m) => moduleFacets(curriculum, m, 'facilitator', fake).filters['type'] ?? ['']),
        ...activities.flatMap((a) => activityFacets(curriculum, a, fake).filters['type'] ?? ['']),
        ...studies.flatMap((c) => caseFacets(curriculum, c, fake).filters['type'] ?? ['']),
        ...curriculum.practices.flatMap((p) => practiceFacets(curriculum, p.id, fake).filters['type'] ?? ['']),
      ],
      groupBands: groupBands({ min: 2, max: 100 }, fake),
      moduleFacets: modules.flatMap((m) => {
        const facets = moduleFacets(curriculum, m, 'module', fake);
        return [...(facets.filters['duration'] ?? []), facets.meta['minutes'] ?? ''];
      }),
      activityFacets: activities.flatMap((a) => {
        const facets = activityFacets(curriculum, a, fake);
        return [
          ...(['setting', 'group', 'duration'] as const).flatMap((name) => facets.filters[name] ?? ['']),
          facets.meta['minutes'] ?? '',
        ];
      }),
      caseFacets: studies.flatMap((s) => [
        ...(caseFacets(curriculum, s, fake).filters['kind'] ?? ['']),
        caseFacets(curriculum, s, fake).meta['kind'] ?? '',
      ]),
      caseBrowseGroups: caseBrowseGroups(curriculum, fake).flatMap((g) => [
        g.label,
        ...(g.facet === 'kind' ? g.values.map((v) => v.label) : []),
      ]),
    });
    expect(found).toEqual([]);
  });

  it('format names, session names, unit words and schedule summaries', () => {
    const found = english({
      formatName: [...WORKSHOP_FORMATS.map((f) => f.id), CUSTOM_FORMAT_ID].map((id) => formatName(fakeSchedule, id)),
      formatSummary: [...WORKSHOP_FORMATS.map((f) => f.id), CUSTOM_FORMAT_ID].map((id) => formatSummary(fakeSchedule, id)),
      units: sessionUnits.flatMap((unit) => [
        sessionLabel(fakeSchedule, unit, 2),
        unitWord(fakeSchedule, unit),
        unitCount(fakeSchedule, unit, 1),
        unitCount(fakeSchedule, unit, 3),
      ]),
      schedules: WORKSHOP_FORMATS.flatMap((format) => {
        const schedule = builtInSchedule(timed, format);
        return [
          scheduleSummary(schedule, format.unit, fakeSchedule),
          ...schedule.sessions.flatMap((session) => {
            const view = sessionView(session, fakeSchedule);
            return [
              view.label,
              view.summary,
              ...view.lines.flatMap((line) => [
                line.duration,
                line.note,
                ...(line.type === 'break' || line.type === 'lunch' ? [line.title] : []),
              ]),
              ...sessionRunItems(session, fakeSchedule)
                .filter((item) => item.kind === 'break' && item.notesUrl === undefined)
                .map((item) => item.title),
            ].filter((text) => text !== '');
          }),
        ];
      }),
      duration: [5, 60, 90].map((minutes) => formatDuration(minutes, durationWords(fakeSchedule))),
      drift: [-4, 0, 6].map((minutes) =>
        driftLabel(minutes, {
          onTime: fake('runMode.client.onTime'),
          behind: fake('runMode.client.behind'),
          ahead: fake('runMode.client.ahead'),
        }),
      ),
    });
    expect(found).toEqual([]);
  });

  it('sidebar labels, with a translation for each language whose dictionary has the key', () => {
    const partial = { 'nav.sidebar.home': 'Inicio' };
    const sidebar = siteSidebar({ en: dictionary, es: partial });
    const entries = sidebar.flatMap((group) => [group, ...group.items]);
    expect(entries.find((e) => e.label === 'Home')?.translations).toEqual({ es: 'Inicio' });
    expect(entries.filter((e) => e.label !== 'Home').every((e) => Object.keys(e.translations).length === 0)).toBe(true);
    const fakeDictionary = Object.fromEntries(Object.keys(dictionary).map((key) => [key, `⟦${key}⟧`]));
    const faked = siteSidebar({ en: fakeDictionary }).flatMap((group) => [group, ...group.items]);
    expect(english({ sidebar: faked.map((e) => e.label) })).toEqual([]);
    expect(faked.length).toBe(entries.length);
  });

  it('asks only for keys the English dictionary has', () => {
    expect([...asked].filter((key) => !(key in dictionary))).toEqual([]);
    expect(asked.size).toBeGreaterThan(60);
  });

  it('keeps the English words identical when the page is English', () => {
    expect(modulePageModel(curriculum, modules[0]!).facts[0]!.label).toBe('Length');
    expect(durationBand(30)).toBe('21–40 min');
    expect(PAGE_TYPES.facilitator).toBe('Facilitator page');
    expect(typeOnly('overview').filters).toEqual({ type: ['Overview'] });
    expect(groupBands({ min: 4, max: 40 })).toEqual(['2–9 people', '10–24 people', '25 or more']);
    const t = translator(scheduleTexts(dictionary));
    expect(formatName(t, 'two-day')).toBe('2-day intensive');
    expect(formatName(t, 'no-such-format')).toBe('no-such-format');
    expect(sessionLabel(t, 'half-day', 2)).toBe('Half-day 2');
    expect(unitCount(t, 'half-day', 3)).toBe('3 half-days');
    expect(unitCount(t, 'evening', 1)).toBe('1 evening');
  });
});
