import type { APIRoute } from 'astro';
import { getCurriculum } from '../../../data/curriculum.ts';
import { runDetails } from '../../../lib/run-items.ts';

import { localizedPaths } from '../../../lib/locale-paths.ts';
export const getStaticPaths = localizedPaths(async () => [{ params: {} }]);

/**
 * `dist/schedules/run-details.json`: the steps and facilitator notes of every agenda item, by
 * "<moduleId>:<item number>". The run mode of a builder schedule (`/schedules/run/`) reads it,
 * so its page does not carry the notes of every module.
 */
export const GET: APIRoute = async () => {
  const curriculum = await getCurriculum();
  return new Response(JSON.stringify(runDetails(curriculum.modules, curriculum.activities)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
