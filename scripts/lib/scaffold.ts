/**
 * The files `npm run new` writes: a new activity, case study or module with every field its
 * schema requires, each text a prompt that starts with "TO WRITE:" and says what to write. The
 * file is a draft (its name starts with `_`, so the build skips it) until the author renames it;
 * then the content check refuses any prompt left in it (rule `scaffold-text-left`).
 */
import { stringify } from 'yaml';
import { SCAFFOLD_MARK } from '../../src/lib/content-check.ts';
import { authorFile, curriculumCollections } from '../../src/schemas/collections.ts';
import { adaptationsSchema } from '../../src/schemas/shared.ts';

const ADAPTATION_PROMPTS: Record<string, string> = {
  runningLate: 'what to shorten or cut when the group runs late',
  online: 'how the module runs online',
  interpreted: 'what changes with interpretation or in a bilingual room',
  oneOrganization: 'what changes when the whole room is one organization',
};

export const SCAFFOLD_KINDS = ['activity', 'case', 'module'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

const FOLDERS = { activity: 'activities', case: 'caseStudies', module: 'modules' } as const;

/** What the scaffold needs to know about the content already there. */
export interface ExistingContent {
  /** Ids in each folder. */
  ids: { activities: readonly string[]; caseStudies: readonly string[]; modules: readonly string[]; practices: readonly string[] };
  /** The modules' `order` values. */
  orders: readonly number[];
  /** Each activity's practices and minutes (a new module runs one). */
  activities: readonly { id: string; practices: readonly string[]; minutes: number }[];
}

export interface ScaffoldRequest {
  kind: ScaffoldKind;
  id: string;
  title?: string | undefined;
  /** For a module: the practice it teaches (default: the first practice). */
  practice?: string | undefined;
  /** For a case study: documented (real, sourced) or composite. */
  caseKind?: 'documented' | 'composite' | undefined;
}

export interface ScaffoldFile {
  /** The draft's path, `content/<folder>/_<id>.mdx`. */
  draft: string;
  /** Where it goes when it is ready, `content/<folder>/<id>.mdx`. */
  published: string;
  text: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const w = (what: string) => `${SCAFFOLD_MARK} ${what}`;

/** Checks a request against the content; returns the problem in one line, or undefined. */
export function requestProblem(request: ScaffoldRequest, existing: ExistingContent): string | undefined {
  if (!ID.test(request.id)) return `"${request.id}" is not a file name: use lowercase letters, digits and dashes, e.g. "house-visits".`;
  const folder = FOLDERS[request.kind];
  if (existing.ids[folder].includes(request.id)) return `content/${folder}/${request.id}.mdx already exists: choose another id.`;
  if (request.kind === 'module') {
    const practice = request.practice ?? existing.ids.practices[0];
    if (practice === undefined || !existing.ids.practices.includes(practice))
      return `"${request.practice ?? ''}" is not a practice: use one of ${existing.ids.practices.join(', ')}.`;
    if (!existing.activities.some((a) => a.practices.includes(practice)))
      return `no activity practises "${practice}" yet: create one first with "npm run new -- activity <id>".`;
  }
  return undefined;
}

function frontmatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

const facilitator = () => ({
  say: w('what you say and do in this item, step by step, in plain words a new trainer can follow'),
  watchFor: [w('one thing that often goes wrong here, and what to do about it')],
});

function activity(request: ScaffoldRequest): string {
  return frontmatter(
    {
      title: request.title ?? w('the activity name'),
      purpose: w('one or two sentences on why the group does this'),
      practices: ['relationships'],
      minutes: 30,
      groupSize: { min: 4, max: 30 },
      setting: 'in-person',
      space: w('the room it needs, e.g. "wall space for four flip charts"'),
      materials: [{ item: w('something to bring'), quantity: 1, per: 'group' }],
      artifact: {
        name: w('what the organization keeps, e.g. "Pathway map"'),
        description: w('what it is and how the organization uses it afterwards'),
      },
      steps: [
        { title: w('the first step'), minutes: 5, instructions: w('what the facilitator and the participants do') },
        { title: w('the second step'), minutes: 20, instructions: w('what the facilitator and the participants do') },
        { title: w('the debrief'), minutes: 5, instructions: w('how the group shares what it learned') },
      ],
      debrief: [w('a question for the debrief'), w('another question for the debrief')],
      variations: [{ name: w('how to run it online'), setting: 'online', description: w('what changes online') }],
      tips: [w('what makes it work')],
      traps: [w('a common way it goes wrong')],
      worksheet: {
        instructions: w('one or two sentences at the top of the worksheet'),
        sections: [{ heading: w('a section heading'), prompt: w('what to write in this section'), kind: 'lines', rows: 4 }],
      },
    },
    w(
      'a few paragraphs for participants: what the activity is and why it matters. Set `practices`, `minutes` and the steps to your activity.',
    ),
  );
}

function caseStudy(request: ScaffoldRequest): string {
  const documented = request.caseKind !== 'composite';
  const source = () => ({
    author: w('the author'),
    title: w('the title'),
    publisher: w('the publisher or outlet'),
    year: 2024,
    url: 'https://example.org/',
  });
  return frontmatter(
    {
      title: request.title ?? w('the case title'),
      kind: documented ? 'documented' : 'composite',
      organization: documented ? w('the organization or campaign') : w('a made-up descriptive name, e.g. "a regional worker center"'),
      sector: 'worker-center',
      region: w('where, e.g. "California, United States"'),
      years: { start: 2020 },
      practices: ['relationships'],
      summary: w('two or three sentences shown in lists'),
      questions: [w('a question for discussion'), w('a second question'), w('a third question')],
      ...(documented ? { sources: [source(), source()] } : {}),
    },
    [
      '## In short',
      '',
      w('a plain summary first: what happened, what they built, what it teaches (short sentences).'),
      '',
      '## What they built',
      '',
      documented
        ? w('only what your listed public sources say, each claim traceable to one of them; name the source in the sentence.')
        : w('the story of the composite. It names no real organization or person, and the page says it is a composite.'),
    ].join('\n'),
  );
}

function module(request: ScaffoldRequest, existing: ExistingContent): string {
  const practice = request.practice ?? existing.ids.practices[0] ?? 'relationships';
  const runs = existing.activities.find((a) => a.practices.includes(practice));
  const item = (title: string, minutes: number, extra: Record<string, unknown> = {}) => ({
    title,
    minutes,
    kind: 'plenary',
    ...extra,
    description: w('one or two sentences for participants: what happens in this item'),
    facilitator: facilitator(),
  });
  const agenda = [
    item(w('the opening of the module'), 10),
    ...(runs ? [item(w('the activity'), runs.minutes, { kind: 'small-groups', activity: runs.id })] : []),
    item(w('the debrief'), 15),
  ];
  return frontmatter(
    {
      order: Math.max(-1, ...existing.orders) + 1,
      title: request.title ?? w('the module title'),
      summary: w('two or three sentences: what the module does and what the group leaves with'),
      objectives: [w('what participants can do by the end'), w('a second objective'), w('a third objective')],
      practices: [practice],
      keyPoints: [w('an idea to remember'), w('another idea to remember')],
      materials: [{ item: w('something the trainer brings'), quantity: 1 }],
      preparation: [{ task: w('what the trainer does before the session'), due: 'week-before' }],
      minutes: agenda.reduce((sum, i) => sum + i.minutes, 0),
      agenda,
      // Every adaptation the schema asks for, so a new kind of adaptation needs no change here.
      adaptations: Object.fromEntries(
        Object.keys(adaptationsSchema.shape).map((key) => [key, w(ADAPTATION_PROMPTS[key] ?? `advice for "${key}"`)]),
      ),
      timingTips: [w('where groups usually run over, and why')],
    },
    w('a few paragraphs for participants: what the module is about and why it matters.'),
  );
}

/** The draft file for a request (check it with `requestProblem` first). */
export function scaffold(request: ScaffoldRequest, existing: ExistingContent): ScaffoldFile {
  const folder = curriculumCollections[FOLDERS[request.kind]].folder;
  const text = request.kind === 'activity' ? activity(request) : request.kind === 'case' ? caseStudy(request) : module(request, existing);
  return { draft: authorFile(folder, `_${request.id}.mdx`), published: authorFile(folder, `${request.id}.mdx`), text };
}
