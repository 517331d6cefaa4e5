/**
 * What a wall agenda sheet shows, for the one-language page and the bilingual one
 * (`/print/wall-agenda/<format>/<day>/` and `…/bilingual/`): the day of a built-in format laid out
 * by the layout engine, its names, and its file stem. One home, so the two sheets never disagree on
 * the day they print.
 */
import { getCurriculum } from './curriculum.ts';
import { languageLabel, otherLocale, otherTitles } from '../lib/bilingual.ts';
import {
  builtInSession,
  formatById,
  formatName,
  sessionLabel,
  timedModules,
  type SessionUnit,
  type WorkshopFormat,
} from '../lib/formats.ts';
import { asLocale } from '../lib/urls.ts';
import { dictionaryFor, translatorFor, type Translate } from '../lib/labels.ts';
import { roomStems, wallAgenda, type WallAgenda } from '../lib/room-materials.ts';
import { scheduleTexts, translator } from '../lib/schedule-text.ts';
import type { SiteLocale } from '../schemas/translation.ts';

/** The names a sheet's title, description and footer fill in, in one language. */
// A type, not an interface: the page hands it to `t` as values, which need an index signature.
export type SheetNames = { session: string; format: string };

/** The other language of a bilingual sheet: its code, words and names. */
export interface OtherSide {
  lang: SiteLocale;
  t: Translate;
  names: SheetNames;
}

export interface WallAgendaSheet {
  format: WorkshopFormat;
  session: number;
  names: SheetNames;
  agenda: WallAgenda;
  stem: string;
  /** Only on the bilingual sheet. */
  other?: OtherSide;
}

function namesIn(locale: SiteLocale, format: WorkshopFormat, unit: SessionUnit, number: number): SheetNames {
  const scheduleT = translator(scheduleTexts(dictionaryFor(locale)));
  return { session: sessionLabel(scheduleT, unit, number), format: formatName(scheduleT, format.id) };
}

/** The sheet for a page's language and route params; `bilingual` adds each title's translation. */
export async function wallAgendaSheet(
  pageLocale: string | undefined,
  params: { format?: string | undefined; session?: string | undefined },
  { bilingual }: { bilingual: boolean },
): Promise<WallAgendaSheet> {
  const locale = asLocale(pageLocale);
  const t = translatorFor(locale);
  const curriculum = await getCurriculum(pageLocale);
  const format = formatById(params.format ?? '');
  const { session } = builtInSession(timedModules(curriculum.modules), format, params.session);
  const names = namesIn(locale, format, session.unit, session.number);
  const words = { break: t('schedule.break'), lunch: t('schedule.lunch') };
  if (!bilingual)
    return {
      format,
      session: session.number,
      names,
      agenda: wallAgenda(session, words),
      stem: roomStems.wallAgenda(format.id, session.number),
    };
  const lang = otherLocale(pageLocale);
  const otherT = translatorFor(lang);
  const otherCurriculum = await getCurriculum(lang);
  const agenda = wallAgenda(session, words, {
    titles: otherTitles(lang, otherCurriculum.modules),
    words: { break: otherT('schedule.break'), lunch: otherT('schedule.lunch') },
    label: languageLabel(lang),
  });
  return {
    format,
    session: session.number,
    names,
    agenda,
    stem: roomStems.bilingualWallAgenda(format.id, session.number),
    other: { lang, t: otherT, names: namesIn(lang, format, session.unit, session.number) },
  };
}
