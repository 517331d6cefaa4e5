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
  'drop.version',
  'drop.unknownSection',
  'drop.extraField',
  'drop.wrongType',
  'drop.tooLong',
  'drop.tooManyRows',
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

/** The part after `worksheet.diagram.` of each diagram key in the dictionary. */
type DiagramKey<K = InterfaceKey> = K extends `worksheet.diagram.${infer Rest}` ? Rest : never;

export function diagramWords(t: Translate): DiagramWords {
  const d = (key: DiagramKey) => t(`worksheet.diagram.${key}`);
  return {
    empty: d('empty'),
    snowflake: {
      title: d('snowflake.title'),
      center: d('snowflake.center'),
      team: d('snowflake.team'),
      planned: d('snowflake.planned'),
      noLeader: d('snowflake.noLeader'),
      noCoach: d('snowflake.noCoach'),
      manyTeams: d('snowflake.manyTeams'),
      gap: d('snowflake.gap'),
      unnamed: d('snowflake.unnamed'),
    },
    powerMap: {
      title: d('powerMap.title'),
      power: d('powerMap.power'),
      high: d('powerMap.high'),
      medium: d('powerMap.medium'),
      low: d('powerMap.low'),
      against: d('powerMap.against'),
      neutral: d('powerMap.neutral'),
      with: d('powerMap.with'),
      unsure: d('powerMap.unsure'),
      cell: d('powerMap.cell'),
      more: d('powerMap.more'),
      known: d('powerMap.known'),
    },
    pathway: { title: d('pathway.title'), step: d('pathway.step'), unknown: d('pathway.unknown'), drop: d('pathway.drop') },
  };
}
