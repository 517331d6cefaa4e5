/**
 * The materials and room checklist for a schedule: every module's and activity's
 * materials merged, and preparation tasks ordered by when they are due.
 */
import type { Curriculum } from './curriculum.ts';
import { lookup } from './curriculum.ts';
import { dueOrder, english, labelsIn, type Translate } from './labels.ts';
import type { Material, PreparationDue } from '../schemas/shared.ts';

export interface ChecklistMaterial {
  item: string;
  /** Largest quantity any one session needs, per unit ("room", "participant"…). Materials are reused between sessions. */
  quantities: { per: Material['per']; quantity: number }[];
  /** Total when counted for the group: room items plus per-participant, per-group and per-pair items. */
  total: number | undefined;
  notes: string[];
  /** Titles of the sessions that use it (directly or through an activity). */
  usedIn: string[];
}

export interface GroupSize {
  participants: number;
  /** Participants per small group. */
  perGroup: number;
  facilitators: number;
}

export const DEFAULT_GROUP: GroupSize = { participants: 20, perGroup: 5, facilitators: 2 };

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

/** Merges the materials of the given modules and of the activities they run. */
export function mergeMaterials(
  curriculum: Curriculum,
  moduleIds: readonly string[],
  group: GroupSize = DEFAULT_GROUP,
): ChecklistMaterial[] {
  const merged = new Map<
    string,
    { item: string; byUnit: Map<Material['per'], number>; unknown: boolean; notes: Set<string>; usedIn: Set<string> }
  >();
  const add = (material: Material, source: string) => {
    const key = mergeKey(material.item);
    const entry = merged.get(key) ?? {
      item: material.item.trim(),
      byUnit: new Map(),
      unknown: false,
      notes: new Set<string>(),
      usedIn: new Set<string>(),
    };
    if (material.quantity === undefined) entry.unknown = true;
    else entry.byUnit.set(material.per, Math.max(entry.byUnit.get(material.per) ?? 0, material.quantity));
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
    .map((entry) => {
      const quantities = [...entry.byUnit].map(([per, quantity]) => ({ per, quantity }));
      const total = quantities.length === 0 ? undefined : quantities.reduce((sum, q) => sum + q.quantity * unitCount(q.per, group), 0);
      return { item: entry.item, quantities, total, notes: [...entry.notes], usedIn: [...entry.usedIn] };
    })
    .sort((a, b) => a.item.localeCompare(b.item));
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
  t: Translate = english,
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
export function usedInLabel(material: ChecklistMaterial, t: Translate = english): string {
  return material.usedIn.length > 4 ? t('checklist.usedInMany', { count: material.usedIn.length }) : material.usedIn.join(', ');
}

/** "Markers — 12 (room) + 3 per group → 24 for 20 people". */
export function quantityLabel(material: ChecklistMaterial, group: GroupSize = DEFAULT_GROUP, t: Translate = english): string {
  if (material.quantities.length === 0) return t('checklist.asNeeded');
  const parts = material.quantities.map((q) =>
    q.per === 'room' ? `${q.quantity}` : t('checklist.quantityPer', { quantity: q.quantity, per: t(`label.per.${q.per}`) }),
  );
  const simple = material.quantities.length === 1 && material.quantities[0]?.per === 'room';
  return simple
    ? parts.join('')
    : t('checklist.quantityTotal', {
        parts: parts.join(t('checklist.quantityJoin')),
        total: material.total ?? 0,
        participants: group.participants,
      });
}
