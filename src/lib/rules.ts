/**
 * Curriculum rules checked at build time. Pure: it reads parsed content and returns
 * problems; `src/data/curriculum.ts` throws them as one `ContentError`.
 */
import { formatDuration, totalMinutes } from './agenda.ts';
import type { ContentProblem, Severity } from './errors.ts';
import type { CurriculumInput, Entry } from './content-types.ts';

/** The training's session time must fall in this range (16–20 hours). */
export const CURRICULUM_MINUTES = { min: 960, max: 1200 } as const;

export interface RuleOptions {
  /**
   * How to report a curriculum outside 16–20 hours. `error` once the whole curriculum is
   * written; `warning` only while modules are still being added.
   */
  lengthRule: Severity;
}

/**
 * Organizations that documented cases or the seeds name. A composite case must not name
 * any of them (nor any documented case's organization).
 */
export const KNOWN_REAL_ORGANIZATIONS = [
  'United Farm Workers',
  'National Domestic Workers Alliance',
  'Domestic Workers United',
  'Restaurant Opportunities Center',
  'ROC United',
  'OUR Walmart',
  'Fight for $15',
  'Sunrise Movement',
  'Sierra Club',
  'Pilipino Workers Center',
  'Interfaith Worker Justice',
  'KIWA',
  'Dignidad Obrera',
  'Momentum',
  'Power Labs',
] as const;

function problem(file: string, field: string, expected: string, found: string, fix: string, severity: Severity = 'error'): ContentProblem {
  return { file, field, expected, found, fix, severity };
}

function idsOf(entries: readonly Entry<unknown>[]): Set<string> {
  return new Set(entries.map((entry) => entry.id));
}

/** Reports every reference whose target entry does not exist. */
function checkReference(
  problems: ContentProblem[],
  file: string,
  field: string,
  ref: { collection: string; id: string } | undefined,
  known: Set<string>,
  folder: string,
): void {
  if (!ref || known.has(ref.id)) return;
  const choices = [...known].sort().join(', ');
  problems.push(
    problem(
      file,
      field,
      `the id of an entry in content/${folder}/`,
      `"${ref.id}", which does not exist`,
      `use one of: ${choices || '(none yet)'}; or add content/${folder}/${ref.id}.mdx.`,
    ),
  );
}

/** Checks the whole curriculum and returns every problem found (empty when all is well). */
export function checkCurriculum(input: CurriculumInput, options: RuleOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const practiceIds = idsOf(input.practices);
  const activityIds = idsOf(input.activities);
  const caseIds = idsOf(input.caseStudies);
  const activitiesById = new Map(input.activities.map((a) => [a.id, a]));

  // Modules: order, totals, agenda items, references.
  const seenOrders = new Map<number, string>();
  for (const { file, data: module } of input.modules) {
    const other = seenOrders.get(module.order);
    if (other !== undefined) {
      problems.push(
        problem(
          file,
          'order',
          'a position no other module uses',
          `${module.order}, also used by ${other}`,
          'give each module its own order number.',
        ),
      );
    } else seenOrders.set(module.order, file);

    const sum = totalMinutes(module.agenda);
    if (sum !== module.minutes) {
      problems.push(
        problem(
          file,
          'minutes',
          `the sum of the agenda items (${sum} min)`,
          `${module.minutes}`,
          `set minutes to ${sum}, or change the agenda items so they add up to ${module.minutes}.`,
        ),
      );
    }
    if (module.kind === 'module' && module.practices.length === 0) {
      problems.push(
        problem(
          file,
          'practices',
          'at least one practice the module teaches',
          'none',
          'list the practice ids (content/practices/) the module teaches.',
        ),
      );
    }
    module.practices.forEach((ref, i) => checkReference(problems, file, `practices[${i}]`, ref, practiceIds, 'practices'));
    module.caseStudies.forEach((ref, i) => checkReference(problems, file, `caseStudies[${i}]`, ref, caseIds, 'caseStudies'));

    module.agenda.forEach((item, i) => {
      const at = `agenda[${i}]`;
      if (item.optional && item.shrinkTo === undefined) {
        problems.push(
          problem(
            file,
            `${at}.shrinkTo`,
            'the fewest minutes this optional item can shrink to (0 if it can be cut)',
            'nothing (the field is missing)',
            'add shrinkTo: 0, or the shortest useful length.',
          ),
        );
      }
      if (item.optional && item.shrinkTo !== undefined && item.shrinkTo >= item.minutes) {
        problems.push(
          problem(
            file,
            `${at}.shrinkTo`,
            `fewer minutes than the item's ${item.minutes}`,
            `${item.shrinkTo}`,
            `lower shrinkTo below ${item.minutes}, or make the item core (optional: false).`,
          ),
        );
      }
      if (!item.optional && item.shrinkTo !== undefined) {
        problems.push(
          problem(
            file,
            `${at}.shrinkTo`,
            'no shrinkTo on a core item (core items are never cut)',
            `${item.shrinkTo}`,
            'remove shrinkTo, or mark the item optional: true.',
          ),
        );
      }
      if (item.kind === 'break' && item.activity) {
        problems.push(
          problem(
            file,
            `${at}.activity`,
            'no activity on a break',
            `"${item.activity.id}"`,
            'move the activity to a non-break item, or change the kind.',
          ),
        );
      }
      checkReference(problems, file, `${at}.activity`, item.activity, activityIds, 'activities');
      const activity = item.activity ? activitiesById.get(item.activity.id) : undefined;
      if (activity && activity.data.minutes > item.minutes) {
        problems.push(
          problem(
            file,
            `${at}.minutes`,
            `at least the ${activity.data.minutes} minutes activity "${activity.id}" takes`,
            `${item.minutes}`,
            `give the item ${activity.data.minutes} minutes or more, or shorten the activity's steps in ${activity.file}.`,
          ),
        );
      }
    });

    // Every practice taught has a hands-on activity in this module's agenda.
    for (const [i, ref] of module.practices.entries()) {
      const taught = module.agenda.some((item) => {
        const activity = item.activity ? activitiesById.get(item.activity.id) : undefined;
        return activity?.data.practices.some((p) => p.id === ref.id) ?? false;
      });
      // A missing activity is reported above; do not report its consequence twice.
      const unresolved = module.agenda.some((item) => item.activity && !activityIds.has(item.activity.id));
      if (!taught && !unresolved && practiceIds.has(ref.id)) {
        problems.push(
          problem(
            file,
            `practices[${i}]`,
            `an agenda item that runs an activity teaching "${ref.id}"`,
            'no such activity in the agenda',
            `add the activity to an agenda item (activity: <id>), or add "${ref.id}" to the practices of an activity the agenda already runs.`,
          ),
        );
      }
    }
  }

  // Activities: steps add up, sizes make sense, an online variant exists.
  for (const { file, data: activity } of input.activities) {
    const sum = totalMinutes(activity.steps);
    if (sum !== activity.minutes) {
      problems.push(
        problem(
          file,
          'minutes',
          `the sum of the steps (${sum} min)`,
          `${activity.minutes}`,
          `set minutes to ${sum}, or change the steps so they add up to ${activity.minutes}.`,
        ),
      );
    }
    if (activity.groupSize.min > activity.groupSize.max) {
      problems.push(
        problem(
          file,
          'groupSize',
          'min no larger than max',
          `min ${activity.groupSize.min}, max ${activity.groupSize.max}`,
          'swap the two numbers.',
        ),
      );
    }
    if (activity.setting !== 'online' && !activity.variations.some((v) => v.setting === 'online')) {
      problems.push(
        problem(
          file,
          'variations',
          'at least one variation with setting: online',
          'none for online delivery',
          'add a variation that says how to run the activity online, with setting: online.',
        ),
      );
    }
    activity.practices.forEach((ref, i) => checkReference(problems, file, `practices[${i}]`, ref, practiceIds, 'practices'));
  }

  // Case studies: sources for documented cases; composites name no real organization.
  const realNames = [
    ...KNOWN_REAL_ORGANIZATIONS,
    ...input.caseStudies.filter((c) => c.data.kind === 'documented').map((c) => c.data.organization),
  ];
  for (const { file, data: study } of input.caseStudies) {
    if (study.kind === 'documented' && study.sources.length < 2) {
      problems.push(
        problem(
          file,
          'sources',
          'at least 2 public sources for a documented case',
          `${study.sources.length}`,
          'add sources (author, title, publisher, year, url), or mark the case kind: composite and remove real names.',
        ),
      );
    }
    if (study.kind === 'composite') {
      const named = realNames.find((name) => study.organization.toLowerCase().includes(name.toLowerCase()));
      if (named) {
        problems.push(
          problem(
            file,
            'organization',
            'an invented, descriptive name for a composite case',
            `"${study.organization}", which names the real organization "${named}"`,
            'describe the organization generically (e.g. "A regional worker center"), or make the case documented with sources.',
          ),
        );
      }
    }
    if (study.years.end !== undefined && study.years.end < study.years.start) {
      problems.push(
        problem(file, 'years', 'an end year no earlier than the start year', `${study.years.start}–${study.years.end}`, 'swap the years.'),
      );
    }
    study.practices.forEach((ref, i) => checkReference(problems, file, `practices[${i}]`, ref, practiceIds, 'practices'));
  }

  for (const { file, data: term } of input.glossary) {
    term.practices.forEach((ref, i) => checkReference(problems, file, `practices[${i}]`, ref, practiceIds, 'practices'));
  }

  // Follow-up programs: timed agendas add up, calendars and rubrics point at real entries.
  const moduleIds = idsOf(input.modules);
  for (const { file, data: program } of input.programs) {
    if (program.session) {
      const sum = totalMinutes(program.session.agenda);
      if (sum !== program.session.minutes) {
        problems.push(
          problem(
            file,
            'session.minutes',
            `the sum of the session items (${sum} min)`,
            `${program.session.minutes}`,
            `set session.minutes to ${sum}, or change the items so they add up.`,
          ),
        );
      }
    }
    const months = program.calendar.map((m) => m.month);
    if (months.length > 0 && months.join(',') !== months.map((_, i) => i + 1).join(',')) {
      problems.push(
        problem(
          file,
          'calendar',
          'months numbered 1, 2, 3… in order, with none missing',
          months.join(', '),
          'number the calendar months from 1 upward, in order.',
        ),
      );
    }
    program.calendar.forEach((m, i) => checkReference(problems, file, `calendar[${i}].module`, m.module, moduleIds, 'modules'));
    program.rubric.forEach((row, i) => checkReference(problems, file, `rubric[${i}].practice`, row.practice, practiceIds, 'practices'));
    if (program.coachingCalls) checkReference(problems, file, 'coachingCalls.log', program.coachingCalls.log, activityIds, 'activities');
    const rubricPractices = program.rubric.map((row) => row.practice.id);
    const missing = input.practices.map((p) => p.id).filter((id) => !rubricPractices.includes(id));
    if (program.rubric.length > 0 && missing.length > 0) {
      problems.push(
        problem(
          file,
          'rubric',
          'a row for every practice',
          `no row for ${missing.join(', ')}`,
          'add a rubric row for each missing practice.',
        ),
      );
    }
  }
  for (const { file, data: call } of input.coachingCalls) {
    const sum = totalMinutes(call.agenda);
    if (sum !== call.minutes) {
      problems.push(
        problem(
          file,
          'minutes',
          `the sum of the agenda items (${sum} min)`,
          `${call.minutes}`,
          `set minutes to ${sum}, or change the agenda so it adds up to ${call.minutes}.`,
        ),
      );
    }
    call.modules.forEach((ref, i) => checkReference(problems, file, `modules[${i}]`, ref, moduleIds, 'modules'));
  }
  const callNumbers = input.coachingCalls.map((c) => c.data.number).sort((a, b) => a - b);
  if (callNumbers.length > 0 && callNumbers.join(',') !== '1,2,3,4,5,6') {
    problems.push(
      problem(
        'content/coachingCalls/',
        'number (all calls)',
        'six coaching calls numbered 1 to 6',
        callNumbers.join(', '),
        'write one call file for each number from 1 to 6.',
      ),
    );
  }

  // The whole curriculum: 16–20 hours of session time.
  const total = input.modules.reduce((sum, m) => sum + m.data.minutes, 0);
  if (total < CURRICULUM_MINUTES.min || total > CURRICULUM_MINUTES.max) {
    const direction =
      total < CURRICULUM_MINUTES.min
        ? `add ${CURRICULUM_MINUTES.min - total} minutes of sessions`
        : `cut ${total - CURRICULUM_MINUTES.max} minutes`;
    problems.push(
      problem(
        'content/modules/',
        'minutes (all modules)',
        `a curriculum of 16–20 hours (${CURRICULUM_MINUTES.min}–${CURRICULUM_MINUTES.max} minutes)`,
        `${total} minutes (${formatDuration(total)}) across ${input.modules.length === 1 ? '1 module' : `${input.modules.length} modules`}`,
        `${direction} so the total falls in range.`,
        options.lengthRule,
      ),
    );
  }
  return problems;
}
