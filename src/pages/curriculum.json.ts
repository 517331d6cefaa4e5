import type { APIRoute } from 'astro';
import { getCurriculum } from '../data/curriculum.ts';
import { exportCurriculum } from '../lib/export.ts';

/** `dist/curriculum.json`: the whole curriculum as data. Format in the README. */
export const GET: APIRoute = async () => {
  const data = exportCurriculum(await getCurriculum());
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
