/** Site-relative paths of every kind of page. One place, so links and curriculum.json agree. */
export const paths = {
  home: () => '/',
  curriculum: () => '/curriculum/',
  module: (id: string) => `/modules/${id}/`,
  facilitator: (id: string) => `/modules/${id}/facilitator/`,
  activities: () => '/activities/',
  activity: (id: string) => `/activities/${id}/`,
  worksheet: (id: string) => `/worksheets/${id}/`,
  caseStudies: () => '/cases/',
  caseStudy: (id: string) => `/cases/${id}/`,
  practices: () => '/practices/',
  practice: (id: string) => `/practices/${id}/`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/#${id}`,
  guides: () => '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  programs: () => '/programs/',
  program: (id: string) => `/programs/${id}/`,
  coachingCall: (id: string) => `/coaching-calls/${id}/`,
} as const;

/** Prefixes a site-relative path with the deployment base (Astro's `BASE_URL`). */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** Pages of the tools for trainers in the room. */
export const toolPaths = {
  schedules: () => '/schedules/',
  schedule: (format: string) => `/schedules/${format}/`,
  builder: () => '/schedules/builder/',
  runSession: (format: string, session: number) => `/schedules/${format}/run/${session}/`,
  runModule: (id: string) => `/modules/${id}/run/`,
  printPack: (role: 'facilitator' | 'participant', format: string) => `/print/${role}/${format}/`,
  pdf: (role: 'facilitator' | 'participant', format: string) => `/pdf/${format}-${role}-pack.pdf`,
} as const;

/**
 * Makes the ids in a fragment of HTML unique on a page that joins many documents (print packs):
 * every `id="x"` becomes `id="<prefix>-x"`, and links to `#x` inside the fragment follow.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/(\sid=")([^"]+)"/g, (_, attr: string, id: string) => `${attr}${prefix}-${id}"`)
    .replace(/(\shref="#)([^"]+)"/g, (_, attr: string, id: string) => `${attr}${prefix}-${id}"`);
}
