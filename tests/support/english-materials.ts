/**
 * The checklist functions of `src/lib/materials.ts` with the English dictionary bound, for tests
 * that read English words (the module itself takes the page's `t`, so no dictionary is bundled
 * into the builder's script).
 */
import { english } from '../../src/lib/labels.ts';
import * as materials from '../../src/lib/materials.ts';
import type { LanguageMode } from '../../src/lib/interpretation.ts';
import type { Curriculum } from '../../src/lib/curriculum.ts';

export * from '../../src/lib/materials.ts';

type Need = materials.MaterialNeed;
type Group = materials.GroupSize;

export const equipmentNeeds = (group: Group, mode: LanguageMode) => materials.equipmentNeeds(group, mode, english);
export const countMaterials = (needs: readonly Need[], group: Group, mode: LanguageMode = 'none') =>
  materials.countMaterials(needs, group, mode, english);
export const mergeMaterials = (
  curriculum: Curriculum,
  ids: readonly string[],
  group: Group = materials.DEFAULT_GROUP,
  mode: LanguageMode = 'none',
) => materials.mergeMaterials(curriculum, ids, group, mode, english);
export const preparationTimeline = (
  curriculum: Curriculum,
  ids: readonly string[],
  sessionOf: (id: string) => number | undefined = () => undefined,
) => materials.preparationTimeline(curriculum, ids, sessionOf, english);
export const usedInLabel = (material: Parameters<typeof materials.usedInLabel>[0]) => materials.usedInLabel(material, english);
export const amountLabel = (count: number, unit: Parameters<typeof materials.amountLabel>[1]) =>
  materials.amountLabel(count, unit, english);
export const quantityLabel = (material: materials.ChecklistMaterial) => materials.quantityLabel(material, english);
export const assumptionLabel = (assumption: materials.RoomAssumption) => materials.assumptionLabel(assumption, english);
export const groupWarningText = (warning: materials.GroupWarning) => materials.groupWarningText(warning, english);
