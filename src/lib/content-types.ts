/** Types of parsed content, inferred from the schemas, and the input the rules check. */
import type { z } from 'astro/zod';
import type { activitySchema } from '../schemas/activity.ts';
import type { caseStudySchema } from '../schemas/caseStudy.ts';
import type { glossarySchema } from '../schemas/glossary.ts';
import type { guideSchema } from '../schemas/guide.ts';
import type { agendaItemSchema, moduleSchema } from '../schemas/module.ts';
import type { practiceSchema } from '../schemas/practice.ts';
import type { programSchema } from '../schemas/program.ts';
import type { coachingCallSchema } from '../schemas/coachingCall.ts';
import type { pictureSchema } from '../schemas/picture.ts';
import type { CollectionData, CurriculumCollection } from '../schemas/collections.ts';

export type ModuleData = z.output<ReturnType<typeof moduleSchema>>;
export type AgendaItemData = z.output<ReturnType<typeof agendaItemSchema>>;
export type ActivityData = z.output<ReturnType<typeof activitySchema>>;
export type CaseStudyData = z.output<ReturnType<typeof caseStudySchema>>;
export type PracticeData = z.output<typeof practiceSchema>;
export type GlossaryData = z.output<ReturnType<typeof glossarySchema>>;
export type GuideData = z.output<typeof guideSchema>;
export type ProgramData = z.output<ReturnType<typeof programSchema>>;
export type CoachingCallData = z.output<ReturnType<typeof coachingCallSchema>>;
export type PictureData = z.output<ReturnType<typeof pictureSchema>>;

/** One parsed content entry and the file it came from. */
export interface Entry<T> {
  id: string;
  /** Path from the project root, e.g. `content/modules/relationships.mdx`. */
  file: string;
  data: T;
}

/** Everything the curriculum rules look at: the entries of every collection in `src/schemas/collections.ts`. */
export type CurriculumInput = { [C in CurriculumCollection]: Entry<CollectionData<C>>[] };
