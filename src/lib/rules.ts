/**
 * Curriculum rules checked at every build. Pure: it reads parsed content and returns
 * problems. The build-time content check (`src/integrations/content-check.ts`) prints them
 * with the schema problems before Astro starts; `src/data/curriculum.ts` runs them again as
 * a second line of defence and throws them as one `ContentError`.
 *
 * Every fix text leads to content that passes: where following it would change a total that
 * another rule checks (the module's minutes, the curriculum's length), it says both changes,
 * with the numbers.
 */
import { formatDuration, totalMinutes } from './agenda.ts';
import type { ContentProblem, Severity } from './errors.ts';
import type { CurriculumInput, Entry } from './content-types.ts';
import { englishDuration } from './labels.ts';
import { flipChartMaterials } from './room-materials.ts';
import { didYouMean } from './suggest.ts';
import { authorFile, curriculumCollections, type CurriculumCollection } from '../schemas/collections.ts';
import { checkWorksheets, worksheetRules } from './worksheet-rules.ts';

/** The training's session time must fall in this range (16–20 hours). */
export const CURRICULUM_MINUTES = { min: 960, max: 1200 } as const;

/**
 * The honest-timing minimums of an activity: the minutes its setup step gives to instructions,
 * forming groups and handing out materials, and the minutes its debrief questions get.
 */
export const ACTIVITY_TIMING = { setupMinutes: 3, debriefMinutes: 5 } as const;

/** Every curriculum rule, by id. The id ends each problem line; the README lists them. */
export const curriculumRules = {
  'module-order-unique': 'Each module has its own `order`.',
  'module-minutes-add-up': "A module's `minutes` equal the sum of its agenda items.",
  'module-teaches-a-practice': 'A teaching module (`kind: module`) lists at least one practice.',
  'reference-exists': 'Every reference (practice, activity, case study, module, picture) names an existing entry.',
  'optional-item-has-shrink-to': 'An optional agenda item says how short it can get (`shrinkTo`).',
  'shrink-to-below-minutes': "An optional item's `shrinkTo` is less than its `minutes`.",
  'core-item-no-shrink-to': 'A core (not optional) item has no `shrinkTo`: core items are never shortened.',
  'break-has-no-activity': 'A break runs no activity.',
  'item-fits-activity': 'An agenda item is at least as long as the activity it runs.',
  'shrunk-item-fits-activity': 'A shrunk or cut item (`shrinkTo`) is not shorter than the activity it runs.',
  'practice-has-activity': 'Every practice a module teaches is practised in an activity on its agenda.',
  'flip-charts-match-materials':
    'Every "Flip chart: …" material has a `flipCharts` entry with that title, and every flip chart is in `materials`.',
  'flip-chart-item-on-agenda': "A flip chart's `item` is the title of an agenda item of its module.",
  'activity-steps-add-up': "An activity's `minutes` equal the sum of its steps.",
  'activity-setup-step':
    "An activity's first step is a setup step (`kind: setup`, at least 3 minutes) for instructions, forming groups and handing out materials.",
  'activity-debrief-has-time':
    "An activity's debrief questions have time: a debrief step (`kind: debrief`, at least 5 minutes), or an item with `debrief: true` (at least 5 minutes) right after every item that runs it.",
  'debrief-kept-with-activity':
    'An item whose activity is debriefed in the next item has `keepWithNext: true`, so no lunch, break or session end comes between them.',
  'debrief-not-cut':
    'A debrief item that is the only debrief of the activity before it, or of its module, is core (not optional), so no format cuts it.',
  'activity-group-size': "An activity's smallest group size is no larger than its largest.",
  'activity-online-variation': 'An activity not written for online delivery has a variation with `setting: online`.',
  'documented-case-sources': 'A documented case study cites at least 2 public sources.',
  'composite-case-no-real-names': 'A composite case study names no real organization.',
  'case-years-in-order': "A case study's end year is not before its start year.",
  'program-session-adds-up': "A program session's `minutes` equal the sum of its items.",
  'program-calendar-months': "A program's calendar numbers its months 1, 2, 3… in order.",
  'program-ask-minutes':
    "A program's time ask (`asks`) can find its minutes: a `stated` ask gives `minutes` and no other does; a `session` ask is on a program with a `session`; a `coaching-calls` ask is on the program that holds the calls; `people.min` is no more than `people.max`.",
  'program-rubric-every-practice': "A program's rubric has a row for every practice.",
  'coaching-calls-one-program': 'At most one program holds the coaching calls (`coachingCalls`).',
  'call-minutes-add-up': "A coaching call's `minutes` equal the sum of its agenda items.",
  'calls-numbered-1-to-6': 'There are six coaching calls, numbered 1 to 6.',
  'curriculum-length': 'All modules together run 16–20 hours (960–1200 minutes).',
  ...worksheetRules,
  'picture-influences-a-player': 'A power-map player influences only players drawn on the same map.',
} as const;
export type CurriculumRule = keyof typeof curriculumRules;

export interface RuleOptions {
  /**
   * How to report a curriculum outside 16–20 hours. `error` once the whole curriculum is
   * written; `warning` only while modules are still being added.
   */
  lengthRule: Severity;
  /**
   * Ids of entries whose file exists but did not pass its schema (already reported). They
   * count as existing for references, and rules over a whole collection skip a collection
   * with such an entry, so one mistake is not reported again as its consequences.
   */
  unreadable?: Partial<Record<CurriculumCollection, readonly string[]>>;
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

function problem(
  rule: CurriculumRule,
  file: string,
  field: string,
  expected: string,
  found: string,
  fix: string,
  severity: Severity = 'error',
): ContentProblem {
  return { file, field, expected, found, fix, rule, severity };
}

/** `content/<folder>/` of a collection, from the one collection table. */
function folderOf(collection: CurriculumCollection): string {
  return authorFile(curriculumCollections[collection].folder, '');
}

/** "1 minute" / "5 minutes". */
function minutesText(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}

/** Checks the whole curriculum and returns every problem found (empty when all is well). */
export function checkCurriculum(input: CurriculumInput, options: RuleOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const unreadable = (collection: CurriculumCollection): readonly string[] => options.unreadable?.[collection] ?? [];
  /** Ids of a collection: the entries read, and those whose file exists but failed its schema. */
  const idsOf = (collection: CurriculumCollection, entries: readonly Entry<unknown>[]): Set<string> =>
    new Set([...entries.map((entry) => entry.id), ...unreadable(collection)]);
  const practiceIds = idsOf('practices', input.practices);
  const activityIds = idsOf('activities', input.activities);
  const caseIds = idsOf('caseStudies', input.caseStudies);
  const moduleIds = idsOf('modules', input.modules);
  const pictureIds = idsOf('pictures', input.pictures);
  const activitiesById = new Map(input.activities.map((a) => [a.id, a]));

  /** Reports a reference whose target entry does not exist, with the closest existing id. */
  const checkReference = (
    file: string,
    field: string,
    ref: { collection: string; id: string } | undefined,
    known: Set<string>,
    collection: CurriculumCollection,
  ): void => {
    if (!ref || known.has(ref.id)) return;
    const ids = [...known].sort();
    const folder = folderOf(collection);
    const extension = curriculumCollections[collection].format === 'yaml' ? '.yaml' : '.mdx';
    const near = didYouMean(ref.id, ids) !== '';
    problems.push(
      problem(
        'reference-exists',
        file,
        field,
        `the id of an entry in ${folder}`,
        `"${ref.id}", which does not exist`,
        `${didYouMean(ref.id, ids)}${near ? 'Use' : 'use'} one of: ${ids.join(', ') || '(none yet)'}; or add ${folder}${ref.id}${extension}.`,
      ),
    );
  };

  /** The curriculum's total after a module changes by `delta` minutes, if that leaves the 16–20 hours. */
  const declaredTotal = input.modules.reduce((sum, m) => sum + m.data.minutes, 0);
  const lengthNote = (delta: number): string => {
    const after = declaredTotal + delta;
    if (delta === 0 || (after >= CURRICULUM_MINUTES.min && after <= CURRICULUM_MINUTES.max)) return '';
    return after > CURRICULUM_MINUTES.max
      ? ` The curriculum then runs ${after} minutes: take ${after - CURRICULUM_MINUTES.max} minutes from other items to stay within ${CURRICULUM_MINUTES.max}.`
      : ` The curriculum then runs ${after} minutes: add ${CURRICULUM_MINUTES.min - after} minutes elsewhere to reach ${CURRICULUM_MINUTES.min}.`;
  };

  // Modules: order, totals, agenda items, references.
  const seenOrders = new Map<number, string>();
  const freeOrder = Math.max(0, ...input.modules.map((m) => m.data.order)) + 1;
  for (const { file, data: module } of input.modules) {
    const other = seenOrders.get(module.order);
    if (other !== undefined) {
      problems.push(
        problem(
          'module-order-unique',
          file,
          'order',
          'a position no other module uses',
          `${module.order}, also used by ${other}`,
          `give each module its own order number (e.g. ${freeOrder}, which no module uses).`,
        ),
      );
    } else seenOrders.set(module.order, file);

    const sum = totalMinutes(module.agenda);
    if (sum !== module.minutes) {
      problems.push(
        problem(
          'module-minutes-add-up',
          file,
          'minutes',
          `the sum of the agenda items (${sum} min)`,
          `${module.minutes}`,
          `set minutes to ${sum}, or change the agenda items so they add up to ${module.minutes}.${lengthNote(sum - module.minutes)}`,
        ),
      );
    }
    if (module.kind === 'module' && module.practices.length === 0) {
      const taughtHere = [
        ...new Set(module.agenda.flatMap((item) => activitiesById.get(item.activity?.id ?? '')?.data.practices.map((p) => p.id) ?? [])),
      ];
      problems.push(
        problem(
          'module-teaches-a-practice',
          file,
          'practices',
          'at least one practice the module teaches',
          'none',
          taughtHere.length > 0
            ? `list the practices the activities on its agenda teach: ${taughtHere.join(', ')} (ids from content/practices/).`
            : 'list the practice ids (content/practices/) the module teaches, and run an activity that teaches each one on its agenda.',
        ),
      );
    }
    module.practices.forEach((ref, i) => checkReference(file, `practices[${i}]`, ref, practiceIds, 'practices'));
    module.caseStudies.forEach((ref, i) => checkReference(file, `caseStudies[${i}]`, ref, caseIds, 'caseStudies'));

    module.agenda.forEach((item, i) => {
      const at = `agenda[${i}]`;
      const activity = item.activity ? activitiesById.get(item.activity.id) : undefined;
      // The shortest an optional item may get: the activity it runs needs its whole length.
      const floor = activity?.data.minutes ?? 0;
      const makeCore = 'make the item core (remove optional and shrinkTo)';
      const shrinkRange =
        floor <= item.minutes - 1 ? (floor === item.minutes - 1 ? `${floor}` : `a number from ${floor} to ${item.minutes - 1}`) : undefined;
      if (item.optional && item.shrinkTo === undefined) {
        problems.push(
          problem(
            'optional-item-has-shrink-to',
            file,
            `${at}.shrinkTo`,
            'the fewest minutes this optional item can shrink to (0 if it can be cut)',
            'nothing (the field is missing)',
            activity === undefined
              ? "add shrinkTo: 0, or the shortest useful length (less than the item's minutes)."
              : shrinkRange === undefined
                ? `${makeCore}: activity "${activity.id}" needs all ${item.minutes} minutes.`
                : `add shrinkTo: ${shrinkRange} (activity "${activity.id}" needs ${minutesText(floor)}), or ${makeCore}.`,
          ),
        );
      }
      if (item.optional && item.shrinkTo !== undefined && item.shrinkTo >= item.minutes) {
        problems.push(
          problem(
            'shrink-to-below-minutes',
            file,
            `${at}.shrinkTo`,
            `fewer minutes than the item's ${item.minutes}`,
            `${item.shrinkTo}`,
            shrinkRange === undefined ? `${makeCore}.` : `set shrinkTo to ${shrinkRange}, or ${makeCore}.`,
          ),
        );
      }
      if (!item.optional && item.shrinkTo !== undefined) {
        const fitsOptional = item.shrinkTo >= floor && item.shrinkTo < item.minutes;
        problems.push(
          problem(
            'core-item-no-shrink-to',
            file,
            `${at}.shrinkTo`,
            'no shrinkTo on a core item (core items are never cut)',
            `${item.shrinkTo}`,
            fitsOptional
              ? 'remove shrinkTo, or mark the item optional: true.'
              : shrinkRange === undefined
                ? 'remove shrinkTo.'
                : `remove shrinkTo, or mark the item optional: true and set shrinkTo to ${shrinkRange}.`,
          ),
        );
      }
      if (item.kind === 'break' && item.activity) {
        problems.push(
          problem(
            'break-has-no-activity',
            file,
            `${at}.activity`,
            'no activity on a break',
            `"${item.activity.id}"`,
            'move the activity to an item that is not a break, or change the kind.',
          ),
        );
      }
      checkReference(file, `${at}.activity`, item.activity, activityIds, 'activities');
      checkReference(file, `${at}.picture`, item.picture, pictureIds, 'pictures');
      if (activity && activity.data.minutes > item.minutes) {
        const more = activity.data.minutes - item.minutes;
        problems.push(
          problem(
            'item-fits-activity',
            file,
            `${at}.minutes`,
            `at least the ${activity.data.minutes} minutes activity "${activity.id}" takes`,
            `${item.minutes}`,
            `give ${at} ${activity.data.minutes} minutes (${more} more) and raise the module's minutes to ${sum + more}; or shorten the steps in ${activity.file} to ${item.minutes} minutes in all and set its minutes to ${item.minutes}.${lengthNote(sum + more - module.minutes)}`,
          ),
        );
      }
      if (activity && item.optional && item.shrinkTo !== undefined && item.shrinkTo < activity.data.minutes) {
        problems.push(
          problem(
            'shrunk-item-fits-activity',
            file,
            `${at}.shrinkTo`,
            `at least the ${activity.data.minutes} minutes activity "${activity.id}" takes (a shrunk or cut item still runs its activity)`,
            `${item.shrinkTo}`,
            shrinkRange === undefined
              ? `${makeCore}, or move the activity to a core item.`
              : `set shrinkTo to ${shrinkRange}, or ${makeCore}.`,
          ),
        );
      }
    });

    // Honest timing: every activity's debrief has time, and no format cuts a module's only debrief.
    const debriefStep = (id: string | undefined) =>
      activitiesById.get(id ?? '')?.data.steps.some((step) => step.kind === 'debrief') ?? false;
    module.agenda.forEach((item, i) => {
      const activity = item.activity ? activitiesById.get(item.activity.id) : undefined;
      if (!activity || debriefStep(activity.id)) return;
      const next = module.agenda[i + 1];
      const { debriefMinutes } = ACTIVITY_TIMING;
      if (next?.debrief && !item.keepWithNext) {
        problems.push(
          problem(
            'debrief-kept-with-activity',
            file,
            `agenda[${i}].keepWithNext`,
            `keepWithNext: true, so nothing comes between activity "${activity.id}" and its debrief, agenda[${i + 1}]`,
            'nothing (the field is missing)',
            `add keepWithNext: true to agenda[${i}].`,
          ),
        );
      }
      if (next?.debrief && next.minutes >= debriefMinutes) return;
      const at = `agenda[${i}]`;
      const found =
        next === undefined
          ? `no debrief step in ${activity.file}, and no item after ${at}`
          : next.debrief
            ? `no debrief step in ${activity.file}, and agenda[${i + 1}] "${next.title}" has only ${minutesText(next.minutes)}`
            : `no debrief step in ${activity.file}, and agenda[${i + 1}] "${next.title}" is not a debrief`;
      const insert =
        next?.debrief === true
          ? `give agenda[${i + 1}] ${debriefMinutes} minutes (${debriefMinutes - next.minutes} more) and raise the module's minutes to ${sum + debriefMinutes - next.minutes}`
          : `add a core item with debrief: true and ${debriefMinutes} minutes right after ${at}, set keepWithNext: true on ${at} and raise the module's minutes to ${sum + debriefMinutes}`;
      const delta = next?.debrief === true ? debriefMinutes - next.minutes : debriefMinutes;
      const longer = activity.data.minutes + debriefMinutes;
      const itemToo =
        item.minutes >= longer
          ? ''
          : ` and give ${at} ${longer} minutes (${longer - item.minutes} more), raising the module's minutes to ${sum + longer - item.minutes}`;
      problems.push(
        problem(
          'activity-debrief-has-time',
          file,
          `${at}.activity`,
          `time for the debrief questions of activity "${activity.id}": a step with kind: debrief in its file, or an item with debrief: true of at least ${debriefMinutes} minutes right after ${at}`,
          found,
          `${insert}; or add a last step with kind: debrief of ${debriefMinutes} minutes to ${activity.file} and set its minutes to ${longer}${itemToo}.${lengthNote(delta)}`,
        ),
      );
    });
    const debriefs = module.agenda.flatMap((item, i) => (item.debrief ? [i] : []));
    const coreDebrief =
      module.agenda.some((item) => item.debrief && !item.optional) || module.agenda.some((item) => debriefStep(item.activity?.id));
    for (const i of debriefs) {
      const item = module.agenda[i];
      if (!item?.optional) continue;
      const before = module.agenda[i - 1]?.activity;
      const onlyOfActivity = before !== undefined && activitiesById.has(before.id) && !debriefStep(before.id);
      const onlyOfModule = module.kind === 'module' && !coreDebrief && debriefs.length === 1;
      if (!onlyOfActivity && !onlyOfModule) continue;
      problems.push(
        problem(
          'debrief-not-cut',
          file,
          `agenda[${i}].optional`,
          onlyOfActivity
            ? `a core item: agenda[${i}] is the only debrief of activity "${before.id}", which no format may cut`
            : `a core item: agenda[${i}] is the only debrief of the module, which no format may cut`,
          `optional: true (a format that keeps no optional items ${(item.shrinkTo ?? 0) === 0 ? 'cuts it' : `shrinks it to ${minutesText(item.shrinkTo ?? 0)}`})`,
          `remove optional and shrinkTo from agenda[${i}] (the module's minutes stay ${module.minutes})${onlyOfActivity ? `; or add a last step with kind: debrief of ${ACTIVITY_TIMING.debriefMinutes} minutes to content/activities/${before.id}.mdx and set its minutes to ${(activitiesById.get(before.id)?.data.minutes ?? 0) + ACTIVITY_TIMING.debriefMinutes}` : ''}.`,
        ),
      );
    }

    // Every practice taught has a hands-on activity in this module's agenda.
    // A missing or unreadable activity is reported on its own; do not report its consequence twice.
    const unresolved = module.agenda.some((item) => item.activity && !activitiesById.has(item.activity.id));
    for (const [i, ref] of module.practices.entries()) {
      const taught = module.agenda.some((item) => {
        const activity = item.activity ? activitiesById.get(item.activity.id) : undefined;
        return activity?.data.practices.some((p) => p.id === ref.id) ?? false;
      });
      if (!taught && !unresolved && practiceIds.has(ref.id)) {
        problems.push(
          problem(
            'practice-has-activity',
            file,
            `practices[${i}]`,
            `an agenda item that runs an activity teaching "${ref.id}"`,
            'no such activity in the agenda',
            `add the activity to an agenda item (activity: <id>), or add "${ref.id}" to the practices of an activity the agenda already runs.`,
          ),
        );
      }
    }
    // Flip charts: every chart the materials name is written out in flipCharts, and the reverse.
    const listedCharts = flipChartMaterials(module.materials);
    const chartTitles = module.flipCharts.map((chart) => chart.title);
    for (const { title, index } of listedCharts) {
      if (chartTitles.includes(title)) continue;
      problems.push(
        problem(
          'flip-charts-match-materials',
          file,
          `materials[${index}]`,
          `a flipCharts entry titled "${title}" (what to write on the chart)`,
          'no flip chart with that title',
          didYouMean(title, chartTitles) === ''
            ? `add it to flipCharts (title: "${title}", and the lines to write); or rename the material if it is not a chart written before the session.`
            : `${didYouMean(title, chartTitles)}Make the material's name after "Flip chart: " and the chart's title the same.`,
        ),
      );
    }
    const agendaTitles = module.agenda.map((item) => item.title);
    module.flipCharts.forEach((chart, i) => {
      if (!listedCharts.some((listed) => listed.title === chart.title)) {
        const near = didYouMean(
          chart.title,
          listedCharts.map((listed) => listed.title),
        );
        problems.push(
          problem(
            'flip-charts-match-materials',
            file,
            `flipCharts[${i}].title`,
            `a material named "Flip chart: ${chart.title}"`,
            'no such material',
            near === ''
              ? `add to materials: - { item: "Flip chart: ${chart.title}", quantity: 1 }.`
              : `${near}Make the title and the material's name after "Flip chart: " the same.`,
          ),
        );
      }
      if (chart.item !== undefined && !agendaTitles.includes(chart.item)) {
        problems.push(
          problem(
            'flip-chart-item-on-agenda',
            file,
            `flipCharts[${i}].item`,
            'the title of an agenda item of this module, exactly as on the agenda',
            `"${chart.item}"`,
            `${didYouMean(chart.item, agendaTitles)}${didYouMean(chart.item, agendaTitles) === '' ? 'use' : 'Use'} one of: ${agendaTitles.map((title) => `"${title}"`).join(', ')}; or leave item out.`,
          ),
        );
      }
    });
  }

  // Activities: steps add up, sizes make sense, an online variant exists.
  for (const { id, file, data: activity } of input.activities) {
    const sum = totalMinutes(activity.steps);
    if (sum !== activity.minutes) {
      // Items that run the activity and would be too short for the new length.
      const tooShort = input.modules.flatMap((m) =>
        m.data.agenda.flatMap((item, i) =>
          item.activity?.id === id && (item.minutes < sum || (item.optional && (item.shrinkTo ?? 0) < sum))
            ? [`${m.file} agenda[${i}]`]
            : [],
        ),
      );
      const also =
        tooShort.length > 0 ? ` (setting ${sum} also needs at least ${sum} minutes, shrunk or not, for ${tooShort.join(', ')})` : '';
      problems.push(
        problem(
          'activity-steps-add-up',
          file,
          'minutes',
          `the sum of the steps (${sum} min)`,
          `${activity.minutes}`,
          `change the steps so they add up to ${activity.minutes}, or set minutes to ${sum}${also}.`,
        ),
      );
    }
    // Honest timing: a setup step first; a debrief step long enough for the questions.
    /** Items that run this activity, with the minutes they need after the activity grows by `more`. */
    const grow = (more: number): string => {
      const items = input.modules.flatMap((m) =>
        m.data.agenda.flatMap((item, i) =>
          item.activity?.id === id && item.minutes < activity.minutes + more
            ? [
                `give ${m.file} agenda[${i}] ${activity.minutes + more} minutes and its module ${m.data.minutes + activity.minutes + more - item.minutes}`,
              ]
            : [],
        ),
      );
      return `set minutes to ${activity.minutes + more}${items.length > 0 ? `, ${items.join(', ')}` : ''}`;
    };
    const { setupMinutes, debriefMinutes } = ACTIVITY_TIMING;
    const first = activity.steps[0];
    if (first && first.kind !== 'setup') {
      const elsewhere = activity.steps.findIndex((step) => step.kind === 'setup');
      problems.push(
        problem(
          'activity-setup-step',
          file,
          'steps[0].kind',
          `a first step with kind: setup of at least ${setupMinutes} minutes (instructions, forming groups, handing out materials)`,
          elsewhere > 0 ? `"${first.kind}" (the setup step is steps[${elsewhere}])` : `"${first.kind}" ("${first.title}")`,
          elsewhere > 0
            ? `move steps[${elsewhere}] to the top of the steps.`
            : `add a first step with kind: setup, ${setupMinutes} minutes and its instructions; ${grow(setupMinutes)}.`,
        ),
      );
    } else if (first && first.minutes < setupMinutes) {
      const more = setupMinutes - first.minutes;
      problems.push(
        problem(
          'activity-setup-step',
          file,
          'steps[0].minutes',
          `at least ${setupMinutes} minutes for instructions, forming groups and handing out materials`,
          `${first.minutes}`,
          `give the setup step ${setupMinutes} minutes (${more} more) and ${grow(more)}.`,
        ),
      );
    }
    activity.steps.forEach((step, i) => {
      if (step.kind !== 'debrief' || step.minutes >= debriefMinutes) return;
      const more = debriefMinutes - step.minutes;
      problems.push(
        problem(
          'activity-debrief-has-time',
          file,
          `steps[${i}].minutes`,
          `at least ${debriefMinutes} minutes for the ${activity.debrief.length} debrief questions`,
          `${step.minutes}`,
          `give the debrief step ${debriefMinutes} minutes (${more} more) and ${grow(more)}.`,
        ),
      );
    });
    if (activity.groupSize.min > activity.groupSize.max) {
      problems.push(
        problem(
          'activity-group-size',
          file,
          'groupSize',
          'min no larger than max',
          `min ${activity.groupSize.min}, max ${activity.groupSize.max}`,
          `swap the two numbers (min: ${activity.groupSize.max}, max: ${activity.groupSize.min}).`,
        ),
      );
    }
    if (activity.setting !== 'online' && !activity.variations.some((v) => v.setting === 'online')) {
      problems.push(
        problem(
          'activity-online-variation',
          file,
          'variations',
          'at least one variation with setting: online',
          'none for online delivery',
          'add a variation that says how to run the activity online, with setting: online.',
        ),
      );
    }
    activity.practices.forEach((ref, i) => checkReference(file, `practices[${i}]`, ref, practiceIds, 'practices'));
  }

  // Case studies: sources for documented cases; composites name no real organization.
  const realNames = [
    ...KNOWN_REAL_ORGANIZATIONS,
    ...input.caseStudies.filter((c) => c.data.kind === 'documented').map((c) => c.data.organization),
  ];
  for (const { file, data: study } of input.caseStudies) {
    if (study.kind === 'documented' && study.sources.length < 2) {
      const more = 2 - study.sources.length;
      problems.push(
        problem(
          'documented-case-sources',
          file,
          'sources',
          'at least 2 public sources for a documented case',
          `${study.sources.length}`,
          `add ${more === 1 ? '1 more source' : `${more} more sources`} (author, title, publisher, year, url), or mark the case kind: composite and give the organization an invented, descriptive name.`,
        ),
      );
    }
    if (study.kind === 'composite') {
      const named = realNames.find((name) => study.organization.toLowerCase().includes(name.toLowerCase()));
      if (named) {
        problems.push(
          problem(
            'composite-case-no-real-names',
            file,
            'organization',
            'an invented, descriptive name for a composite case',
            `"${study.organization}", which names the real organization "${named}"`,
            'describe the organization generically (e.g. "A regional worker center"), or make the case documented with at least 2 public sources.',
          ),
        );
      }
    }
    if (study.years.end !== undefined && study.years.end < study.years.start) {
      problems.push(
        problem(
          'case-years-in-order',
          file,
          'years',
          'an end year no earlier than the start year',
          `${study.years.start}–${study.years.end}`,
          `swap the years (start: ${study.years.end}, end: ${study.years.start}).`,
        ),
      );
    }
    study.practices.forEach((ref, i) => checkReference(file, `practices[${i}]`, ref, practiceIds, 'practices'));
  }

  for (const { file, data: term } of input.glossary) {
    term.practices.forEach((ref, i) => checkReference(file, `practices[${i}]`, ref, practiceIds, 'practices'));
  }

  // Pictures: the activities that show them exist; a power map's lines join players on the map.
  for (const { file, data: picture } of input.pictures) {
    picture.activities.forEach((ref, i) => checkReference(file, `activities[${i}]`, ref, activityIds, 'activities'));
    if (picture.drawing.kind !== 'power-map') continue;
    const names = picture.drawing.players.map((p) => p.name);
    picture.drawing.players.forEach((player, i) =>
      player.influences.forEach((name, j) => {
        if (names.includes(name)) return;
        const others = names.filter((n) => n !== player.name);
        problems.push(
          problem(
            'picture-influences-a-player',
            file,
            `drawing.players[${i}].influences[${j}]`,
            'the name of another player on this map, written exactly as its name',
            `"${name}", which is not a player here`,
            `${didYouMean(name, others)}${didYouMean(name, others) === '' ? 'use' : 'Use'} one of: ${others.map((n) => `"${n}"`).join(', ') || '(no other players)'}; or add a player with that name.`,
          ),
        );
      }),
    );
  }

  // Follow-up programs: timed agendas add up, calendars and rubrics point at real entries.
  const callHosts = input.programs.filter((entry) => entry.data.coachingCalls !== undefined);
  for (const { file } of callHosts.slice(1)) {
    problems.push(
      problem(
        'coaching-calls-one-program',
        file,
        'coachingCalls',
        'coachingCalls in one program only',
        `a second one (the first is in ${callHosts[0]?.file ?? 'another program'})`,
        `remove coachingCalls from this file (the coaching calls belong to ${callHosts[0]?.file ?? 'the other program'}).`,
      ),
    );
  }
  for (const { file, data: program } of input.programs) {
    program.asks.forEach((ask, i) => {
      const field = `asks[${i}]`;
      const report = (at: string, expected: string, found: string, fix: string) =>
        problems.push(problem('program-ask-minutes', file, `${field}.${at}`, expected, found, fix));
      if (ask.minutesFrom === 'stated' && ask.minutes === undefined)
        report('minutes', 'the minutes the program states for it', 'none', 'add minutes: <whole minutes>, as the program text gives them.');
      if (ask.minutesFrom !== 'stated' && ask.minutes !== undefined)
        report(
          'minutes',
          `no minutes (they come from the ${ask.minutesFrom === 'session' ? 'session' : 'coaching calls'})`,
          `${ask.minutes}`,
          'remove minutes, or set minutesFrom: stated.',
        );
      if (ask.minutesFrom === 'session' && !program.session)
        report(
          'minutesFrom',
          'a source the program has',
          '"session", but the program has no session',
          'add the session, or use minutesFrom: stated with minutes.',
        );
      if (ask.minutesFrom === 'coaching-calls' && !program.coachingCalls)
        report(
          'minutesFrom',
          'a source the program has',
          '"coaching-calls", but the calls belong to another program',
          'move the ask to the program with coachingCalls, or use minutesFrom: stated.',
        );
      if (ask.people.min > ask.people.max)
        report('people', `min no larger than max (${ask.people.max})`, `min ${ask.people.min}`, 'swap the two numbers.');
    });
    if (program.session) {
      const sum = totalMinutes(program.session.agenda);
      if (sum !== program.session.minutes) {
        problems.push(
          problem(
            'program-session-adds-up',
            file,
            'session.minutes',
            `the sum of the session items (${sum} min)`,
            `${program.session.minutes}`,
            `set session.minutes to ${sum}, or change the items so they add up to ${program.session.minutes}.`,
          ),
        );
      }
    }
    const months = program.calendar.map((m) => m.month);
    if (months.length > 0 && months.join(',') !== months.map((_, i) => i + 1).join(',')) {
      problems.push(
        problem(
          'program-calendar-months',
          file,
          'calendar',
          'months numbered 1, 2, 3… in order, with none missing',
          months.join(', '),
          `number the calendar months ${months.map((_, i) => i + 1).join(', ')}, in order.`,
        ),
      );
    }
    program.calendar.forEach((m, i) => checkReference(file, `calendar[${i}].module`, m.module, moduleIds, 'modules'));
    program.rubric.forEach((row, i) => checkReference(file, `rubric[${i}].practice`, row.practice, practiceIds, 'practices'));
    if (program.coachingCalls) checkReference(file, 'coachingCalls.log', program.coachingCalls.log, activityIds, 'activities');
    const rubricPractices = new Set(program.rubric.map((row) => row.practice.id));
    const missing = [...practiceIds].sort().filter((id) => !rubricPractices.has(id));
    if (program.rubric.length > 0 && missing.length > 0) {
      problems.push(
        problem(
          'program-rubric-every-practice',
          file,
          'rubric',
          'a row for every practice',
          `no row for ${missing.join(', ')}`,
          'add a rubric row (practice and 4 level descriptions) for each missing practice.',
        ),
      );
    }
  }
  for (const { file, data: call } of input.coachingCalls) {
    const sum = totalMinutes(call.agenda);
    if (sum !== call.minutes) {
      problems.push(
        problem(
          'call-minutes-add-up',
          file,
          'minutes',
          `the sum of the agenda items (${sum} min)`,
          `${call.minutes}`,
          `set minutes to ${sum}, or change the agenda so it adds up to ${call.minutes}.`,
        ),
      );
    }
    call.modules.forEach((ref, i) => checkReference(file, `modules[${i}]`, ref, moduleIds, 'modules'));
  }
  const callNumbers = input.coachingCalls.map((c) => c.data.number).sort((a, b) => a - b);
  if (callNumbers.length > 0 && unreadable('coachingCalls').length === 0 && callNumbers.join(',') !== '1,2,3,4,5,6') {
    const absent = [1, 2, 3, 4, 5, 6].filter((n) => !callNumbers.includes(n));
    const twice = [...new Set(callNumbers.filter((n, i) => callNumbers.indexOf(n) !== i))];
    const steps = [
      ...(twice.length > 0 ? [`give only one call number ${twice.join(', ')}`] : []),
      ...(absent.length > 0 ? [`write a call numbered ${absent.join(', ')}`] : []),
    ];
    problems.push(
      problem(
        'calls-numbered-1-to-6',
        folderOf('coachingCalls'),
        'number (all calls)',
        'six coaching calls numbered 1 to 6',
        callNumbers.join(', '),
        `${steps.join(', and ')}: one file for each number from 1 to 6.`,
      ),
    );
  }

  // The whole curriculum: 16–20 hours of session time.
  const total = declaredTotal;
  if (unreadable('modules').length === 0 && (total < CURRICULUM_MINUTES.min || total > CURRICULUM_MINUTES.max)) {
    const direction =
      total < CURRICULUM_MINUTES.min
        ? `add ${CURRICULUM_MINUTES.min - total} minutes of agenda items`
        : `cut ${total - CURRICULUM_MINUTES.max} minutes of agenda items`;
    problems.push(
      problem(
        'curriculum-length',
        folderOf('modules'),
        'minutes (all modules)',
        `a curriculum of 16–20 hours (${CURRICULUM_MINUTES.min}–${CURRICULUM_MINUTES.max} minutes)`,
        `${total} minutes (${formatDuration(total, englishDuration)}) across ${input.modules.length === 1 ? '1 module' : `${input.modules.length} modules`}`,
        `${direction} (and change each module's minutes to match) so the total falls in range.`,
        options.lengthRule,
      ),
    );
  }
  problems.push(...checkWorksheets(input.activities));
  return problems;
}
