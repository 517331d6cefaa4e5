/**
 * The materials and room checklist for a schedule: every module's and activity's materials
 * merged, counted for the room a trainer describes (people, group size, facilitators, the
 * share who read the second language, the interpretation), and preparation tasks ordered by
 * when they are due.
 *
 * Counting rules, in one place:
 * - a quantity is counted per room, participant, group, pair or facilitator; groups and pairs
 *   are rounded up (22 people in groups of 5 make 5 groups; 1 person is 1 group and 1 pair);
 * - items are reused from session to session, so for each way of counting the checklist keeps
 *   the most any one module needs, and adds the ways of counting together ("8 for the room +
 *   2 per group × 5 groups = 18 sheets");
 * - quantities of different units are never added: single sticky notes and whole pads are two
 *   lines; an item sold in packs (`packSize`) is rounded up to whole packs;
 * - printed copies for every participant say how many are needed in the second language;
 * - simultaneous interpretation adds the equipment the language-access guide lists.
 */
import type { Curriculum } from './curriculum.ts';
import { lookup } from './curriculum.ts';
import type { LanguageMode } from './interpretation.ts';
import { dueOrder, labelsIn, type Translate } from './words.ts';
import type { Material, MaterialCount, PreparationDue } from '../schemas/shared.ts';

/** One material, merged across the modules that use it, before it is counted for a room. */
export interface MaterialNeed {
  /** Stable across pages: the merged name and the unit ("markers|piece"). */
  key: string;
  item: string;
  unit: MaterialCount;
  packSize: number | undefined;
  /** Largest quantity any one module needs, per way of counting. Materials are reused between sessions. */
  quantities: { per: Material['per']; quantity: number }[];
  notes: string[];
  /** Titles of the sessions that use it (directly or through an activity). */
  usedIn: string[];
}

/** One way of counting a material, counted for the room: "2 per group × 5 groups = 10". */
export interface CountedPart {
  per: Material['per'];
  quantity: number;
  /** How many of `per` there are: 5 groups. */
  count: number;
  subtotal: number;
}

/** A material counted for a room. */
export interface ChecklistMaterial extends MaterialNeed {
  parts: CountedPart[];
  /** The sum of the parts, in the unit; undefined when no quantity is given ("as needed"). */
  total: number | undefined;
  /** Whole packs to buy, when the item comes in packs. */
  packs: number | undefined;
  /** Of a per-participant printed copy: how many in the second language. */
  secondLanguage: number | undefined;
  /** A line the checklist adds from the room's settings (interpretation equipment), not from content. */
  computed: boolean;
}

/** The room a checklist is counted for. */
export interface GroupSize {
  participants: number;
  /** Participants per small group (the largest a group may be). */
  perGroup: number;
  facilitators: number;
  /** Percent of participants who read and listen in the room's second language (0–100). */
  secondLanguage: number;
}

/** The settings of the room, by their name in forms and links. */
export const groupFields = ['people', 'perGroup', 'facilitators', 'secondLanguage'] as const;
export type GroupField = (typeof groupFields)[number];

/** Limits and defaults of each room setting: one table for the forms, the link reader and the messages. */
export const GROUP_LIMITS: Readonly<Record<GroupField, { min: number; max: number; fallback: number }>> = {
  people: { min: 1, max: 200, fallback: 25 },
  perGroup: { min: 1, max: 50, fallback: 5 },
  facilitators: { min: 1, max: 10, fallback: 2 },
  secondLanguage: { min: 0, max: 100, fallback: 0 },
};

/** The room the checklists assume until a trainer says otherwise: 25 people in groups of 5, 2 facilitators. */
export const DEFAULT_GROUP: GroupSize = {
  participants: GROUP_LIMITS.people.fallback,
  perGroup: GROUP_LIMITS.perGroup.fallback,
  facilitators: GROUP_LIMITS.facilitators.fallback,
  secondLanguage: GROUP_LIMITS.secondLanguage.fallback,
};

const groupValue = (group: GroupSize, field: GroupField): number => (field === 'people' ? group.participants : group[field]);

/** The form and link values of a room. */
export function groupSizeFields(group: GroupSize): [GroupField, string][] {
  return groupFields.map((field) => [field, String(groupValue(group, field))]);
}

/** The query string of a room: "people=25&perGroup=5&facilitators=2&secondLanguage=0". */
export const groupSizeQuery = (group: GroupSize): string => new URLSearchParams(groupSizeFields(group)).toString();

/** What was wrong with a room setting in a link or a form, and what was used instead. */
export type GroupWarning =
  | { code: 'group-not-a-whole-number'; field: GroupField; min: number; max: number; fallback: number }
  | { code: 'group-larger-than-room'; perGroup: number; participants: number };

/**
 * Reads the room from a link or a form. Every value is checked; anything wrong is replaced by
 * the default and reported. A group larger than the room becomes one group of everyone.
 */
export function parseGroupSize(raw: Readonly<Partial<Record<GroupField, string | null | undefined>>>): {
  group: GroupSize;
  warnings: GroupWarning[];
} {
  const warnings: GroupWarning[] = [];
  const value = (field: GroupField): number => {
    const { min, max, fallback } = GROUP_LIMITS[field];
    const text = raw[field];
    if (text === null || text === undefined || text === '') return fallback;
    const n = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    warnings.push({ code: 'group-not-a-whole-number', field, min, max, fallback });
    return fallback;
  };
  const participants = value('people');
  let perGroup = value('perGroup');
  if (perGroup > participants) {
    warnings.push({ code: 'group-larger-than-room', perGroup, participants });
    perGroup = participants;
  }
  return { group: { participants, perGroup, facilitators: value('facilitators'), secondLanguage: value('secondLanguage') }, warnings };
}

/** Reads the room's fields from a query string (other parameters are ignored). */
export function rawGroupFromQuery(search: string): Partial<Record<GroupField, string | null>> {
  const q = new URLSearchParams(search);
  return Object.fromEntries(groupFields.map((field) => [field, q.get(field)]));
}

/** How many of a unit there are in the room. */
export function unitCount(per: Material['per'], group: GroupSize): number {
  switch (per) {
    case 'room':
      return 1;
    case 'participant':
      return group.participants;
    case 'group':
      return Math.ceil(group.participants / group.perGroup);
    case 'pair':
      return Math.ceil(group.participants / 2);
    case 'facilitator':
      return group.facilitators;
  }
}

/** A name to merge on: "Flip-chart paper " and "flip-chart paper" are one item. */
const mergeKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Merges the materials of the given modules and of the activities they run, before counting. */
export function collectMaterials(curriculum: Curriculum, moduleIds: readonly string[]): MaterialNeed[] {
  const merged = new Map<
    string,
    Omit<MaterialNeed, 'quantities' | 'notes' | 'usedIn'> & {
      byUnit: Map<Material['per'], number>;
      notes: Set<string>;
      usedIn: Set<string>;
    }
  >();
  const add = (material: Material, source: string) => {
    const key = `${mergeKey(material.item)}|${material.unit}`;
    const entry = merged.get(key) ?? {
      key,
      item: material.item.trim(),
      unit: material.unit,
      packSize: material.packSize,
      byUnit: new Map(),
      notes: new Set<string>(),
      usedIn: new Set<string>(),
    };
    if (material.quantity !== undefined) entry.byUnit.set(material.per, Math.max(entry.byUnit.get(material.per) ?? 0, material.quantity));
    if (material.packSize !== undefined) entry.packSize = Math.max(entry.packSize ?? 0, material.packSize);
    if (material.note) entry.notes.add(material.note);
    entry.usedIn.add(source);
    merged.set(key, entry);
  };
  for (const id of moduleIds) {
    const module = lookup(curriculum.modules, id, 'module');
    for (const material of module.materials) add(material, module.title);
    for (const activityId of module.activityIds) {
      const activity = lookup(curriculum.activities, activityId, 'activity');
      for (const material of activity.materials) add(material, module.title);
    }
  }
  return [...merged.values()]
    .map(({ byUnit, notes, usedIn, ...entry }) => ({
      ...entry,
      quantities: [...byUnit].map(([per, quantity]) => ({ per, quantity })),
      notes: [...notes],
      usedIn: [...usedIn],
    }))
    .sort((a, b) => a.item.localeCompare(b.item) || a.unit.localeCompare(b.unit));
}

/** The room's share of second-language readers, rounded up: 50% of 25 → 13. */
export const secondLanguageCount = (group: GroupSize): number => Math.ceil((group.participants * group.secondLanguage) / 100 - 1e-9);

/** Counts one merged material for a room. */
export function countMaterial(need: MaterialNeed, group: GroupSize, computed = false): ChecklistMaterial {
  const parts = need.quantities.map(({ per, quantity }) => {
    const count = unitCount(per, group);
    return { per, quantity, count, subtotal: quantity * count };
  });
  const total = parts.length === 0 ? undefined : parts.reduce((sum, part) => sum + part.subtotal, 0);
  const packs = total === undefined || need.packSize === undefined ? undefined : Math.ceil(total / need.packSize);
  const perParticipantCopy = need.unit === 'copy' && need.quantities.some((q) => q.per === 'participant');
  const participantCopies = need.quantities.find((q) => q.per === 'participant')?.quantity ?? 0;
  const secondLanguage = perParticipantCopy && group.secondLanguage > 0 ? participantCopies * secondLanguageCount(group) : undefined;
  return { ...need, parts, total, packs, secondLanguage, computed };
}

/** Keys of the lines the checklist adds for simultaneous interpretation. */
export const equipmentKeys = ['receivers', 'transmitters', 'handMicrophones'] as const;
export type EquipmentKey = (typeof equipmentKeys)[number];

/**
 * The equipment simultaneous interpretation needs, from the language-access guide: "a
 * transmitter and microphone for each interpreter, and a receiver and headset for each
 * listener … then add spares", two interpreters per language for full days, and a hand
 * microphone for participants who speak. Spares: one in ten, at least one (our assumption).
 * Listeners are the second-language share of the room; with no share set, the receivers are
 * "as needed" (count them from the registration answers).
 */
export function equipmentNeeds(group: GroupSize, mode: LanguageMode, t: Translate): MaterialNeed[] {
  if (mode !== 'simultaneous') return [];
  const listeners = secondLanguageCount(group);
  const spares = Math.max(1, Math.ceil(listeners / 10));
  const need = (key: EquipmentKey, quantity: number | undefined): MaterialNeed => ({
    key: `equipment:${key}`,
    item: t(`sizes.equipment.${key}`),
    unit: 'piece',
    packSize: undefined,
    quantities: quantity === undefined ? [] : [{ per: 'room', quantity }],
    notes: [t(`sizes.equipment.note.${key}`, { listeners, spares })],
    usedIn: [],
  });
  return [need('receivers', listeners === 0 ? undefined : listeners + spares), need('transmitters', 2), need('handMicrophones', 1)];
}

/** Every material counted for the room, with the equipment its interpretation needs. */
export function countMaterials(
  needs: readonly MaterialNeed[],
  group: GroupSize,
  mode: LanguageMode = 'none',
  t: Translate,
): ChecklistMaterial[] {
  return [
    ...needs.map((need) => countMaterial(need, group)),
    ...equipmentNeeds(group, mode, t).map((need) => countMaterial(need, group, true)),
  ];
}

/** Merges and counts the materials of the given modules for a room. */
export function mergeMaterials(
  curriculum: Curriculum,
  moduleIds: readonly string[],
  group: GroupSize = DEFAULT_GROUP,
  mode: LanguageMode = 'none',
  t: Translate,
): ChecklistMaterial[] {
  return countMaterials(collectMaterials(curriculum, moduleIds), group, mode, t);
}

export interface DatedTask {
  task: string;
  module: string;
  /** The session the module runs in (1-based), if known. */
  session: number | undefined;
}

export interface TaskGroup {
  due: PreparationDue;
  label: string;
  tasks: DatedTask[];
}

/**
 * Preparation tasks ordered by when they are due. `sessionOf` says which session a module
 * runs in, so "the day before" becomes "the day before Day 2".
 */
export function preparationTimeline(
  curriculum: Curriculum,
  moduleIds: readonly string[],
  sessionOf: (moduleId: string) => number | undefined = () => undefined,
  t: Translate,
): TaskGroup[] {
  const labels = labelsIn(t);
  return dueOrder
    .map((due) => ({
      due,
      label: labels.due(due),
      tasks: moduleIds.flatMap((id) => {
        const module = lookup(curriculum.modules, id, 'module');
        return module.preparation.filter((t) => t.due === due).map((t) => ({ task: t.task, module: module.title, session: sessionOf(id) }));
      }),
    }))
    .map((group) => ({ ...group, tasks: [...group.tasks].sort((a, b) => (a.session ?? 0) - (b.session ?? 0)) }))
    .filter((group) => group.tasks.length > 0);
}

/** "Opening, Public narrative" or, for many, "12 sessions". */
export function usedInLabel(material: Pick<MaterialNeed, 'usedIn'>, t: Translate): string {
  return material.usedIn.length > 4 ? t('checklist.usedInMany', { count: material.usedIn.length }) : material.usedIn.join(', ');
}

/** "3 sheets", "1 pad", "12" (single pieces carry no word). */
export const amountLabel = (count: number, unit: MaterialCount, t: Translate): string =>
  t(count === 1 ? `sizes.count.one.${unit}` : `sizes.count.other.${unit}`, { count });

/** "5 groups", "25 participants". */
const perCount = (per: Exclude<Material['per'], 'room'>, count: number, t: Translate): string =>
  t(count === 1 ? `sizes.per.one.${per}` : `sizes.per.other.${per}`, { count });

/**
 * How a quantity was counted, in words: "8 sheets for the room + 2 sheets per group × 5 groups
 * = 18 sheets"; "4 per participant × 25 participants = 100 → 1 pack of 100"; "1 copy per
 * participant × 25 participants = 25 copies (13 of them in the second language)".
 */
export function quantityLabel(material: ChecklistMaterial, t: Translate): string {
  if (material.total === undefined) return t(material.computed ? 'sizes.countFromRegistration' : 'checklist.asNeeded');
  const only = material.parts.length === 1 ? material.parts[0] : undefined;
  let text =
    only?.per === 'room'
      ? amountLabel(only.quantity, material.unit, t)
      : t('sizes.total', {
          parts: material.parts
            .map((part) =>
              part.per === 'room'
                ? t('sizes.part.room', { amount: amountLabel(part.quantity, material.unit, t) })
                : t('sizes.part.per', {
                    amount: amountLabel(part.quantity, material.unit, t),
                    per: t(`label.per.${part.per}`),
                    count: perCount(part.per, part.count, t),
                  }),
            )
            .join(t('checklist.quantityJoin')),
          total: amountLabel(material.total, material.unit, t),
        });
  if (material.packs !== undefined && material.packSize !== undefined)
    text = t('sizes.inPacks', {
      counted: text,
      packs: t(material.packs === 1 ? 'sizes.packs.one' : 'sizes.packs.other', { count: material.packs, size: material.packSize }),
    });
  if (material.secondLanguage !== undefined) text = t('sizes.withSecondLanguage', { counted: text, count: material.secondLanguage });
  return text;
}

/** Whether a room setting shows in the assumption line (interpretation named when there is one). */
export interface RoomAssumption {
  group: GroupSize;
  mode: LanguageMode;
}

/** "Counted for 25 participants: 5 groups of up to 5, 13 pairs, 2 facilitators; no second-language copies; no interpretation." */
export function assumptionLabel({ group, mode }: RoomAssumption, t: Translate): string {
  return t('sizes.assumption', {
    participants: perCount('participant', group.participants, t),
    groups: perCount('group', unitCount('group', group), t),
    perGroup: group.perGroup,
    pairs: perCount('pair', unitCount('pair', group), t),
    facilitators: perCount('facilitator', group.facilitators, t),
    language:
      group.secondLanguage === 0
        ? t('sizes.assumption.oneLanguage')
        : t('sizes.assumption.secondLanguage', { share: group.secondLanguage, count: secondLanguageCount(group) }),
    mode: t(`sizes.mode.${mode}`),
  });
}

/** The sentence for a wrong room setting in a link or a form. */
export function groupWarningText(warning: GroupWarning, t: Translate): string {
  switch (warning.code) {
    case 'group-not-a-whole-number':
      return t('sizes.message.notWholeNumber', {
        field: t(`sizes.field.${warning.field}`),
        min: warning.min,
        max: warning.max,
        fallback: warning.fallback,
      });
    case 'group-larger-than-room':
      return t('sizes.message.groupLargerThanRoom', { perGroup: warning.perGroup, participants: warning.participants });
  }
}
