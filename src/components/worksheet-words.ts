/**
 * The sentences the worksheet script writes in the browser, read from the interface dictionary on
 * the server and handed over as JSON in the page. `{name}` placeholders are filled with `fill()`.
 */
import type { InterfaceKey, Translate } from '../lib/labels.ts';
import type { DiagramWords } from '../lib/worksheet-drawings.ts';

const FILL = [
  'private',
  'tools',
  'printBlank',
  'printFilled',
  'save',
  'open',
  'erase',
  'confirmErase',
  'confirmReplace',
  'erased',
  'restored',
  'saved',
  'opened',
  'someDropped',
  'dropVersion',
  'dropUnknownSection',
  'dropExtraField',
  'dropWrongType',
  'dropTooLong',
  'dropTooManyRows',
  'notJson',
  'notAnswers',
  'otherWorksheet',
  'tooBig',
  'unreadable',
  'storageUnreadable',
  'storageFailed',
  'addRow',
  'removeRow',
  'row',
  'drawn',
  'drawOnPaper',
] as const;
export type FillWord = (typeof FILL)[number];

export function worksheetWords(t: Translate): Record<FillWord, string> {
  return Object.fromEntries(FILL.map((key) => [key, t(`worksheet.fill.${key}`)])) as Record<FillWord, string>;
}

/** The part after `prefix` of each dictionary key that starts with it. */
type KeyUnder<Prefix extends string, K = InterfaceKey> = K extends `${Prefix}${infer Rest}` ? Rest : never;

export function diagramWords(t: Translate): DiagramWords {
  const snowflake = (key: KeyUnder<'worksheet.diagram.snowflake.'>) => t(`worksheet.diagram.snowflake.${key}`);
  const powerMap = (key: KeyUnder<'worksheet.diagram.powerMap.'>) => t(`worksheet.diagram.powerMap.${key}`);
  const pathway = (key: KeyUnder<'worksheet.diagram.pathway.'>) => t(`worksheet.diagram.pathway.${key}`);
  return {
    empty: t('worksheet.diagram.empty'),
    snowflake: {
      title: snowflake('title'),
      center: snowflake('center'),
      team: snowflake('team'),
      planned: snowflake('planned'),
      noLeader: snowflake('noLeader'),
      noCoach: snowflake('noCoach'),
      manyTeams: snowflake('manyTeams'),
      gap: snowflake('gap'),
      unnamed: snowflake('unnamed'),
    },
    powerMap: {
      title: powerMap('title'),
      power: powerMap('power'),
      high: powerMap('high'),
      medium: powerMap('medium'),
      low: powerMap('low'),
      against: powerMap('against'),
      neutral: powerMap('neutral'),
      with: powerMap('with'),
      unsure: powerMap('unsure'),
      cell: powerMap('cell'),
      more: powerMap('more'),
      known: powerMap('known'),
    },
    pathway: { title: pathway('title'), step: pathway('step'), unknown: pathway('unknown'), drop: pathway('drop') },
  };
}
