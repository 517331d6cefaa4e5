/**
 * Rows of a schedule as people read them: clock times, titles, notes on shrunk items and
 * continued modules. `schedule-html.ts` turns these into the one markup the static format
 * pages, the print packs and the schedule builder (in the browser) all show.
 */
import { durationWords, formatClock, formatDuration } from './agenda.ts';
import type { Schedule, ScheduleSession, SessionUnit } from './formats.ts';
import { sessionLabel, unitCount, unitWord } from './formats/messages.ts';
import type { Translate } from './schedule-text.ts';
import { paths } from './urls.ts';

export interface ScheduleLine {
  type: 'module' | 'item' | 'break' | 'lunch';
  time: string;
  title: string;
  duration: string;
  note: string;
  /** Breaks and lunch, whether the format inserted them or the module's agenda has them. */
  isBreak: boolean;
  /** Site-relative link to the facilitator notes for items and module headings. */
  href: string | undefined;
}

export interface SessionView {
  number: number;
  /** The heading's id: "day-1", "evening-3", "session-2". */
  id: string;
  label: string;
  time: string;
  lines: ScheduleLine[];
  summary: string;
}

/** "day-1", "evening-3": the id of a session's heading (and its table of contents entry), the same in every language. */
export function sessionId(session: Pick<ScheduleSession, 'unit' | 'number'>): string {
  return `${session.unit}-${session.number}`;
}

export function sessionView(session: ScheduleSession, t: Translate): SessionView {
  const unit = unitWord(t, session.unit);
  const lines: ScheduleLine[] = [];
  for (const row of session.rows) {
    if (row.type === 'item') {
      if (row.opensModule) {
        lines.push({
          type: 'module',
          time: formatClock(row.start),
          title: row.moduleTitle,
          duration: '',
          note: row.continuedFromPrevious ? t('schedule.continuedFromPrevious', { unit }) : '',
          isBreak: false,
          href: paths.facilitator(row.moduleId),
        });
      }
      const notes: string[] = [];
      if (row.minutes < row.item.minutes)
        notes.push(t('schedule.shortenedFrom', { duration: formatDuration(row.item.minutes, durationWords(t)) }));
      if (row.continuesNext) notes.push(t('schedule.continuesNext', { unit }));
      lines.push({
        type: 'item',
        time: `${formatClock(row.start)}–${formatClock(row.end)}`,
        title: row.item.title,
        duration: formatDuration(row.minutes, durationWords(t)),
        note: notes.join('; '),
        isBreak: row.item.kind === 'break',
        href: row.item.notesUrl,
      });
    } else {
      lines.push({
        type: row.type,
        time: `${formatClock(row.start)}–${formatClock(row.end)}`,
        title: t(row.type === 'lunch' ? 'schedule.lunch' : 'schedule.break'),
        duration: formatDuration(row.minutes, durationWords(t)),
        note: '',
        isBreak: true,
        href: undefined,
      });
    }
  }
  const wall = session.end - session.start;
  return {
    number: session.number,
    id: sessionId(session),
    label: sessionLabel(t, session.unit, session.number),
    time: `${formatClock(session.start)}–${formatClock(session.end)}`,
    lines,
    summary: t('schedule.sessionSummary', {
      content: formatDuration(session.contentMinutes, durationWords(t)),
      wall: formatDuration(wall, durationWords(t)),
    }),
  };
}

/** "3 days · 19 h 30 min of sessions · 22 h 5 min in the room · 4 optional items shortened or cut". */
export function scheduleSummary(schedule: Schedule, unit: SessionUnit, t: Translate): string {
  const count = schedule.sessions.length;
  const changed = schedule.cut.length + schedule.shrunk.length;
  return t('schedule.summary', {
    count: unitCount(t, unit, count),
    content: formatDuration(schedule.contentMinutes, durationWords(t)),
    wall: formatDuration(schedule.wallMinutes, durationWords(t)),
    optional:
      changed === 0
        ? t('schedule.summary.unchanged')
        : changed === 1
          ? t('schedule.summary.changed.one')
          : t('schedule.summary.changed.other', { count: changed }),
  });
}
