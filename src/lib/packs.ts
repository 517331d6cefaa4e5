/**
 * What the print packs show (issue 12): a pack per module for the facilitator and for
 * participants, and the whole-format packs that join every module. The pages and the pack
 * components lay out what these functions compute; the PDFs the build prints are named here
 * once, from `src/lib/print-files.ts`.
 */
import QRCode from 'qrcode';
import { durationWords, formatDuration } from './agenda.ts';
import type { Activity, Curriculum, Module } from './curriculum.ts';
import { lookup } from './curriculum.ts';
import { english, labelsIn, type Translate } from './labels.ts';
import { DOCUMENT_PAPERS, type Paper } from './print-files.ts';
import { pageUrl, toolPaths } from './urls.ts';
import { DEFAULT_START, runOfShowRows, type RunOfShowRow } from './views.ts';

export type PackRole = 'facilitator' | 'participant';
export const PACK_ROLES: readonly PackRole[] = ['facilitator', 'participant'];

/** The PDF file stem of a module's pack: `structure-and-teams-facilitator-pack`. */
export const modulePackStem = (moduleId: string, role: PackRole) => `${moduleId}-${role}-pack`;
/** The PDF file stem of a whole-format pack: `weekend-participant-pack` (the same names as `toolPaths.pdf`). */
export const formatPackStem = (formatId: string, role: PackRole) => `${formatId}-${role}-pack`;

export interface PackFile {
  paper: Paper;
  /** Site-relative path of the PDF. */
  path: string;
}

/** The PDFs a pack page asks for, one per document paper (US Letter first, then A4). */
export function packFiles(stem: string): PackFile[] {
  return DOCUMENT_PAPERS.map((paper) => ({ paper, path: toolPaths.pdfFile(stem, paper) }));
}

/** A module's two packs: the print page and the PDFs of each role. */
export function modulePacks(moduleId: string): { role: PackRole; page: string; files: PackFile[] }[] {
  return PACK_ROLES.map((role) => ({ role, page: toolPaths.modulePack(role, moduleId), files: packFiles(modulePackStem(moduleId, role)) }));
}

export interface PackAddress {
  /** What the QR code holds and what prints beside it. */
  text: string;
  /** Whether `text` is a full web address (the site's origin is known) or only the path on the site. */
  absolute: boolean;
}

/**
 * The address a printed pack points back to. With the site's origin (Astro's `site`) it is a full
 * address a phone can open; without one it is the path on the site, printed as it is.
 *
 *   packAddress('https://x.org', '/c/', '/print/modules/a/facilitator/') → { text: 'https://x.org/c/print/modules/a/facilitator/', absolute: true }
 *   packAddress(undefined, '/', '/print/modules/a/facilitator/')         → { text: '/print/modules/a/facilitator/', absolute: false }
 */
export function packAddress(site: URL | string | undefined, base: string, path: string): PackAddress {
  const onSite = pageUrl(path, { base });
  if (site === undefined) return { text: onSite, absolute: false };
  return { text: new URL(onSite, site).href, absolute: true };
}

/** The QR code of an address as SVG markup, hidden from screen readers (the address is printed beside it as text). */
export async function qrSvg(address: string): Promise<string> {
  const svg = await QRCode.toString(address, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="pack-qr-code" ');
}

export interface ActivitySheet {
  id: string;
  title: string;
  purpose: string;
  /** "45 min" */
  duration: string;
  groupSize: string;
  space: string;
  steps: { number: number; title: string; minutes: number; duration: string; instructions: string }[];
  debrief: string[];
  variations: { name: string; setting: string; description: string }[];
  tips: string[];
  traps: string[];
}

/** Everything a facilitator runs an activity from on paper: steps with minutes, debrief, variations, tips and traps. */
export function activitySheet(activity: Activity, t: Translate = english): ActivitySheet {
  const words = durationWords(t);
  const labels = labelsIn(t);
  return {
    id: activity.id,
    title: activity.title,
    purpose: activity.purpose,
    duration: formatDuration(activity.minutes, words),
    groupSize: labels.groupSize(activity.groupSize),
    space: activity.space,
    steps: activity.steps.map((step, i) => ({
      number: i + 1,
      title: step.title,
      minutes: step.minutes,
      duration: formatDuration(step.minutes, words),
      instructions: step.instructions,
    })),
    debrief: activity.debrief,
    variations: activity.variations.map((v) => ({ name: v.name, setting: labels.setting(v.setting), description: v.description })),
    tips: activity.tips,
    traps: activity.traps,
  };
}

export interface PackItem<R extends RunOfShowRow = RunOfShowRow> {
  row: R;
  /** The activity the item runs, with its run sheet, the first time the module runs it. */
  sheet: ActivitySheet | undefined;
}

/**
 * A module's items for the facilitator pack, in agenda order, each with the run sheet of the
 * activity it runs. An activity run by two items is printed once, after the first.
 */
export function packItems<R extends RunOfShowRow>(rows: readonly R[], curriculum: Curriculum, t: Translate = english): PackItem<R>[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const id = row.item.activityId;
    if (id === undefined || seen.has(id)) return { row, sheet: undefined };
    seen.add(id);
    return { row, sheet: activitySheet(lookup(curriculum.activities, id, 'activity'), t) };
  });
}

/** A module's facilitator pack: the run of show from the default start (09:00) and each item with its activity. */
export function facilitatorPack(curriculum: Curriculum, module: Module, t: Translate = english): { start: number; items: PackItem[] } {
  return { start: DEFAULT_START, items: packItems(runOfShowRows(curriculum, module, DEFAULT_START, t), curriculum, t) };
}

/** The adaptations of a module in the order the facilitator page and the packs print them. */
export function adaptationRows(module: Module): { key: 'runningLate' | 'online' | 'interpreted' | 'oneOrganization'; text: string }[] {
  const { runningLate, online, interpreted, oneOrganization } = module.adaptations;
  return [
    { key: 'runningLate', text: runningLate },
    { key: 'online', text: online },
    { key: 'interpreted', text: interpreted },
    { key: 'oneOrganization', text: oneOrganization },
  ];
}
