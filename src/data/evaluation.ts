/** The evaluation forms, read once per build from the `evaluation` collection (`content/evaluation.yaml`). */
import { getCollection } from 'astro:content';
import { evaluationSchema, type EvaluationData } from '../schemas/evaluation.ts';

let cached: Promise<EvaluationData> | undefined;

/** The checked evaluation file. The content check has passed it already; parsing again gives its exact type. */
export function getEvaluation(): Promise<EvaluationData> {
  cached ??= getCollection('evaluation').then((entries) => {
    const data: unknown = entries[0]?.data;
    if (data === undefined)
      throw new Error('content/evaluation.yaml is missing: /print/evaluation/ prints its forms. Copy it from the project.');
    return evaluationSchema().parse(data);
  });
  return cached;
}
