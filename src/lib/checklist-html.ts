/**
 * The one renderer of the materials checklist's list: the static schedule pages and print
 * packs write it on the server (`Checklist.astro`), the schedule builder writes it again in
 * the browser when the room changes, so both show the same lines. Every text is escaped.
 */
import { escapeAttribute, escapeText } from './schedule-html.ts';
import type { Translate } from './labels.ts';
import { quantityLabel, usedInLabel, type ChecklistMaterial } from './materials.ts';

/** The `<li>` lines of the checklist, one per material. */
export function checklistItemsHtml(materials: readonly ChecklistMaterial[], t: Translate): string {
  return materials
    .map((m) => {
      const notes = m.notes.length > 0 ? `<span class="meta"> (${escapeText(m.notes.join('; '))})</span>` : '';
      const used =
        m.usedIn.length > 0 ? `<span class="item-desc">${escapeText(t('checklist.usedIn'))} ${escapeText(usedInLabel(m, t))}</span>` : '';
      return `<li data-material="${escapeAttribute(m.key)}"><span class="box" aria-hidden="true"></span><strong>${escapeText(m.item)}</strong> — <span data-quantity="">${escapeText(quantityLabel(m, t))}</span>${notes}${used}</li>`;
    })
    .join('');
}
