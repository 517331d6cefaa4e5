/**
 * The route params of every day (half-day, weekend day, evening) of every built-in format, in both
 * languages: the paths of each day's run mode and of its wall agendas.
 */
import { getCurriculum } from './curriculum.ts';
import { builtInSessionParams, timedModules, WORKSHOP_FORMATS } from '../lib/formats.ts';
import { localizedPaths } from '../lib/locale-paths.ts';

export const builtInSessionPaths = localizedPaths(async () => {
  const curriculum = await getCurriculum();
  return builtInSessionParams(timedModules(curriculum.modules), WORKSHOP_FORMATS).map((params) => ({ params }));
});
