/** What the directors page computes from the curriculum besides staff time (src/lib/staff-time.ts). */
import type { Curriculum } from './curriculum.ts';
import { paths } from './urls.ts';
import type { Source } from '../schemas/shared.ts';

/** A work the modules cite, with how many modules cite it. */
export interface CitedWork {
  source: Source;
  modules: number;
}

/** The works cited by at least `minModules` modules, most cited first (then by author), each once. */
export function researchBase(curriculum: Pick<Curriculum, 'modules'>, minModules = 2): CitedWork[] {
  const byWork = new Map<string, CitedWork>();
  for (const module of curriculum.modules) {
    const seen = new Set<string>();
    for (const source of module.sources) {
      const key = `${source.author}|${source.title}`.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const work = byWork.get(key);
      if (work) work.modules++;
      else byWork.set(key, { source, modules: 1 });
    }
  }
  return [...byWork.values()]
    .filter((w) => w.modules >= minModules)
    .sort((a, b) => b.modules - a.modules || a.source.author.localeCompare(b.source.author));
}

/** The guide for organizations that adapt the curriculum ("Make it your own"). */
const ADAPT_GUIDE = 'make-it-your-own';

/** Where "make it your own" links go: that guide, or the guide list if a copy removed it. */
export function adaptGuideUrl(curriculum: Pick<Curriculum, 'guides'>): string {
  return curriculum.guides.find((g) => g.id === ADAPT_GUIDE)?.url ?? paths.guides();
}
