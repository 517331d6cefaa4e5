/** Words shown to people for the values stored in content. */
import type { AgendaItemKind } from '../schemas/module.ts';
import type { ActivitySetting } from '../schemas/activity.ts';
import type { CaseKind } from '../schemas/caseStudy.ts';
import type { PreparationDue } from '../schemas/shared.ts';

export const agendaKindLabel: Record<AgendaItemKind, string> = {
  plenary: 'Whole group',
  'small-groups': 'Small groups',
  pairs: 'Pairs',
  solo: 'On your own',
  break: 'Break',
};

export const settingLabel: Record<ActivitySetting, string> = {
  'in-person': 'In person',
  online: 'Online',
  both: 'In person or online',
};

export const caseKindLabel: Record<CaseKind, string> = {
  documented: 'Documented case',
  composite: 'Composite case',
};

export const dueLabel: Record<PreparationDue, string> = {
  'two-weeks-before': 'Two weeks before',
  'week-before': 'A week before',
  'day-before': 'The day before',
  'on-the-day': 'On the day',
};

/** Order of preparation deadlines, earliest first. */
export const dueOrder: readonly PreparationDue[] = ['two-weeks-before', 'week-before', 'day-before', 'on-the-day'];

/** "domestic-work" → "Domestic work". */
export function sectorLabel(sector: string): string {
  const words = sector.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "2010–2014", "2012–present"-free: "2012 onward" when there is no end year, one year when equal. */
export function yearsLabel(years: { start: number; end?: number | undefined }): string {
  if (years.end === undefined) return `${years.start} onward`;
  if (years.end === years.start) return String(years.start);
  return `${years.start}–${years.end}`;
}

/** "4–40 people". */
export function groupSizeLabel(size: { min: number; max: number }): string {
  return size.min === size.max ? `${size.min} people` : `${size.min}–${size.max} people`;
}
