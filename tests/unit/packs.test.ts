/** The print packs' data (src/lib/packs.ts) and the one numbering of the modules (overviewRows). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCurriculum, type Module } from '../../src/lib/curriculum.ts';
import {
  activitySheet,
  adaptationRows,
  facilitatorPack,
  formatPackStem,
  modulePacks,
  modulePackStem,
  packAddress,
  packFiles,
  packItems,
  qrSvg,
} from '../../src/lib/packs.ts';
import { toolPaths } from '../../src/lib/urls.ts';
import { overviewRows, runOfShowRows } from '../../src/lib/views.ts';
import { fixtureRoot, parseContent, readContent } from '../support/content-harness.ts';

const curriculum = linkCurriculum(parseContent(readContent(join(fixtureRoot, 'valid'))).input);
const first = curriculum.modules[0]!;

describe('pack files', () => {
  it('names a module pack and a format pack by id and role, as toolPaths.pdf does', () => {
    expect(modulePackStem('structure-and-teams', 'facilitator')).toBe('structure-and-teams-facilitator-pack');
    expect(formatPackStem('weekend', 'participant')).toBe('weekend-participant-pack');
    expect(packFiles(formatPackStem('two-day', 'facilitator')).map((f) => f.path)).toEqual([
      toolPaths.pdf('facilitator', 'two-day', 'letter'),
      toolPaths.pdf('facilitator', 'two-day', 'a4'),
    ]);
  });
  it('lists both packs of a module with their page and a PDF per paper, Letter first', () => {
    expect(modulePacks('x')).toEqual([
      {
        role: 'facilitator',
        page: '/print/modules/x/facilitator/',
        files: [
          { paper: 'letter', path: '/pdf/x-facilitator-pack-letter.pdf' },
          { paper: 'a4', path: '/pdf/x-facilitator-pack-a4.pdf' },
        ],
      },
      {
        role: 'participant',
        page: '/print/modules/x/participant/',
        files: [
          { paper: 'letter', path: '/pdf/x-participant-pack-letter.pdf' },
          { paper: 'a4', path: '/pdf/x-participant-pack-a4.pdf' },
        ],
      },
    ]);
  });
});

describe('pack address and QR code', () => {
  it('is a full address when the site is known, with the base, and the path on the site otherwise', () => {
    expect(packAddress('https://x.org', '/', '/print/modules/a/facilitator/')).toEqual({
      text: 'https://x.org/print/modules/a/facilitator/',
      absolute: true,
    });
    expect(packAddress(new URL('https://x.org/'), '/c/', '/print/modules/a/facilitator/')).toEqual({
      text: 'https://x.org/c/print/modules/a/facilitator/',
      absolute: true,
    });
    expect(packAddress(undefined, '/c/', '/print/modules/a/facilitator/')).toEqual({
      text: '/c/print/modules/a/facilitator/',
      absolute: false,
    });
  });
  it('draws the QR code as SVG paths hidden from screen readers (the address is printed beside it)', async () => {
    const svg = await qrSvg('https://x.org/print/modules/a/facilitator/');
    expect(svg).toMatch(
      /^<svg aria-hidden="true" focusable="false" class="pack-qr-code" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/,
    );
    expect(svg).toContain('<path');
    expect(svg).not.toMatch(/style=|<script/);
  });
});

describe('facilitator pack', () => {
  it('starts the run of show at 09:00 and gives each item that runs an activity its run sheet, once', () => {
    const pack = facilitatorPack(curriculum, first);
    expect(pack.start).toBe(9 * 60);
    expect(pack.items.map((i) => i.row.start)).toEqual(runOfShowRows(curriculum, first).map((r) => r.start));
    const withSheets = pack.items.filter((i) => i.sheet).map((i) => [i.row.number, i.sheet?.id]);
    const runners = first.agenda.filter((item) => item.activityId !== undefined);
    expect(withSheets).toEqual(
      runners
        .filter((item, i) => runners.findIndex((r) => r.activityId === item.activityId) === i)
        .map((item) => [item.number, item.activityId]),
    );
  });
  it('prints an activity used twice in a module once, after the first item that runs it', () => {
    const rows = runOfShowRows(curriculum, first);
    const runner = rows.find((r) => r.item.activityId !== undefined)!;
    const items = packItems([runner, { ...runner, number: 99 }], curriculum);
    expect(items.map((i) => i.sheet?.id)).toEqual([runner.item.activityId, undefined]);
  });
  it('gives an activity its steps with minutes, debrief, variations with their setting, tips and traps', () => {
    const activity = curriculum.activities[0]!;
    const sheet = activitySheet(activity);
    expect(sheet.steps.map((s) => [s.number, s.title, s.duration])).toEqual(
      activity.steps.map((s, i) => [i + 1, s.title, `${s.minutes} min`]),
    );
    expect(sheet.debrief).toEqual(activity.debrief);
    expect(sheet.variations.map((v) => v.name)).toEqual(activity.variations.map((v) => v.name));
    expect(sheet.variations.every((v) => ['In person', 'Online', 'In person or online'].includes(v.setting))).toBe(true);
    expect([sheet.tips, sheet.traps]).toEqual([activity.tips, activity.traps]);
  });
  it('lists the four adaptations in the order the pages print them', () => {
    const module: Module = {
      ...first,
      adaptations: { runningLate: 'late', online: 'online', interpreted: 'interpreted', oneOrganization: 'one organization' },
    };
    expect(adaptationRows(module)).toEqual([
      { key: 'runningLate', text: 'late' },
      { key: 'online', text: 'online' },
      { key: 'interpreted', text: 'interpreted' },
      { key: 'oneOrganization', text: 'one organization' },
    ]);
  });
});

describe('module numbering', () => {
  it('numbers teaching modules by their order and leaves the opening and closing unnumbered, in one place', () => {
    const opening: Module = { ...first, id: 'opening', kind: 'opening', order: 0, title: 'Opening: why we are here' };
    const closing: Module = { ...first, id: 'closing', kind: 'closing', order: 3, title: 'Closing' };
    const modules = [opening, ...curriculum.modules, closing];
    expect(overviewRows({ ...curriculum, modules }).map((r) => [r.number, r.listLabel])).toEqual([
      ['Opening', 'Opening: why we are here'],
      ['Module 1', '1. Fixture module first'],
      ['Module 2', '2. Fixture module second'],
      ['Closing', 'Closing'],
    ]);
  });
});
