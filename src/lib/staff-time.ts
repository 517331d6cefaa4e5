/**
 * The time the follow-up programs ask of an organization's people, month by month: each ask of
 * each program (`asks` in content/programs/), with its minutes taken from where the data holds
 * them — a coaching call's agenda in its month, the program's timed session, or a figure the
 * program states — and summed with the agenda engine. The directors page shows it; nothing on
 * that page is written by hand.
 */
import { totalMinutes, type Timed } from './agenda.ts';
import type { Curriculum } from './curriculum.ts';
import { callsOfProgram } from './views.ts';
import type { AskSource } from '../schemas/program.ts';

export interface AskInput {
  role: string;
  people: { min: number; max: number };
  what: string;
  minutesFrom: AskSource;
  minutes?: number | undefined;
  months: readonly number[];
}

export interface ProgramInput {
  id: string;
  title: string;
  url: string;
  asks: readonly AskInput[];
  session?: { agenda: readonly Timed[] } | undefined;
  /** Only the program that holds the coaching calls has them. */
  calls: readonly { month: number; agenda: readonly Timed[] }[];
}

export interface StaffTimeRow {
  role: string;
  what: string;
  people: { min: number; max: number };
  /** Minutes for one person in each month of `months` (0 when the ask does not fall in it). */
  minutes: number[];
}

export interface ProgramStaffTime {
  programId: string;
  programTitle: string;
  programUrl: string;
  /** The months shown, 1…n. */
  months: number[];
  rows: StaffTimeRow[];
  /** For each month: the fewest and most person-minutes of all rows together (minutes × people). */
  totals: { min: number; max: number }[];
}

/** One ask's minutes for one person in `month`. Throws when the data cannot give them (the content check reports it first). */
export function askMinutes(ask: AskInput, program: ProgramInput, month: number): number {
  if (!ask.months.includes(month)) return 0;
  switch (ask.minutesFrom) {
    case 'coaching-calls':
      return totalMinutes(program.calls.filter((c) => c.month === month).flatMap((c) => c.agenda));
    case 'session':
      if (!program.session) throw new Error(`${program.id}: an ask takes its minutes from a session the program does not have`);
      return totalMinutes(program.session.agenda);
    case 'stated':
      if (ask.minutes === undefined) throw new Error(`${program.id}: an ask says its minutes are stated but states none`);
      return ask.minutes;
  }
}

/** The staff time one program asks over months 1…`monthCount`; undefined for a program that asks none. */
export function staffTime(program: ProgramInput, monthCount = 6): ProgramStaffTime | undefined {
  if (program.asks.length === 0) return undefined;
  const months = Array.from({ length: monthCount }, (_, i) => i + 1);
  const rows = program.asks.map((ask) => ({
    role: ask.role,
    what: ask.what,
    people: ask.people,
    minutes: months.map((month) => askMinutes(ask, program, month)),
  }));
  const totals = months.map((_, i) => ({
    min: rows.reduce((sum, r) => sum + (r.minutes[i] ?? 0) * r.people.min, 0),
    max: rows.reduce((sum, r) => sum + (r.minutes[i] ?? 0) * r.people.max, 0),
  }));
  return { programId: program.id, programTitle: program.title, programUrl: program.url, months, rows, totals };
}

/** The staff time of every program that asks for any, in program order, from the linked curriculum. */
export function curriculumStaffTime(curriculum: Curriculum, monthCount = 6): ProgramStaffTime[] {
  return curriculum.programs.flatMap((program) => {
    const table = staffTime(
      {
        id: program.id,
        title: program.title,
        url: program.url,
        asks: program.asks,
        session: program.session,
        calls: callsOfProgram(curriculum, program),
      },
      monthCount,
    );
    return table ? [table] : [];
  });
}
