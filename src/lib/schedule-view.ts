/**
 * Rows of a schedule as people read them: clock times, titles, notes on shrunk items and
 * continued modules. The static format pages render these on the server; the schedule
 * builder renders the same rows in the browser.
 */
import { formatClock, formatDuration } from './agenda.ts';
import type { Schedule, ScheduleSession } from './formats.ts';
import { paths } from './urls.ts';

export interface ScheduleLine {
  type: 'module' | 'item' | 'break' | 'lunch';
  time: string;
  title: string;
  duration: string;
  note: string;
  /** Breaks and lunch, whether the format inserted them or the module's agenda has them. */
  isBreak: boolean;
  /** Link to the facilitator notes for items and module headings. */
  href: string | undefined;
}

export interface SessionView {
  label: string;
  time: string;
  lines: ScheduleLine[];
  summary: string;
}

export function sessionView(session: ScheduleSession, unitLabel: string): SessionView {
  const lines: ScheduleLine[] = [];
  for (const row of session.rows) {
    if (row.type === 'item') {
      if (row.opensModule) {
        lines.push({
          type: 'module',
          time: formatClock(row.start),
          title: row.moduleTitle,
          duration: '',
          note: row.continuedFromPrevious ? `continued from the previous ${unitLabel.toLowerCase()}` : '',
          isBreak: false,
          href: paths.facilitator(row.moduleId),
        });
      }
      const notes: string[] = [];
      if (row.minutes < row.item.minutes) notes.push(`shortened from ${formatDuration(row.item.minutes)}`);
      if (row.continuesNext) notes.push(`module continues next ${unitLabel.toLowerCase()}`);
      lines.push({
        type: 'item',
        time: `${formatClock(row.start)}–${formatClock(row.end)}`,
        title: row.item.title,
        duration: formatDuration(row.minutes),
        note: notes.join('; '),
        isBreak: row.item.kind === 'break',
        href: row.item.notesUrl,
      });
    } else {
      lines.push({
        type: row.type,
        time: `${formatClock(row.start)}–${formatClock(row.end)}`,
        title: row.type === 'lunch' ? 'Lunch' : 'Break',
        duration: formatDuration(row.minutes),
        note: '',
        isBreak: true,
        href: undefined,
      });
    }
  }
  const wall = session.end - session.start;
  return {
    label: session.label,
    time: `${formatClock(session.start)}–${formatClock(session.end)}`,
    lines,
    summary: `${formatDuration(session.contentMinutes)} of sessions, ${formatDuration(wall)} in the room`,
  };
}

/** "3 days · 19 h 30 min of sessions · 22 h 5 min in the room · 4 optional items shortened". */
export function scheduleSummary(schedule: Schedule, unitLabel: string): string {
  const count = schedule.sessions.length;
  const unit = `${count} ${unitLabel.toLowerCase()}${count === 1 ? '' : 's'}`;
  const changed = schedule.cut.length + schedule.shrunk.length;
  const optional =
    changed === 0 ? 'every optional item at full length' : `${changed} optional item${changed === 1 ? '' : 's'} shortened or cut`;
  return `${unit} · ${formatDuration(schedule.contentMinutes)} of sessions · ${formatDuration(schedule.wallMinutes)} in the room · ${optional}`;
}
