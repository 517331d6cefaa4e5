/**
 * The sidebar: the site's sections, built from `paths` so a page that moves keeps its link
 * (`siteSidebar`, read by astro.config.mjs), and the "Sessions" group computed from the curriculum.
 * Starlight puts the base in front of sidebar links itself.
 */
import type { Curriculum } from './curriculum.ts';
import { paths, toolPaths } from './urls.ts';
import { overviewRows } from './views.ts';

export interface SidebarLink {
  label: string;
  link: string;
}

export interface SidebarGroup {
  label: string;
  items: SidebarLink[];
}

/** The sections of the site, in the order readers meet them. */
export function siteSidebar(): SidebarGroup[] {
  return [
    {
      label: 'Start here',
      items: [
        { label: 'Home', link: paths.home() },
        { label: 'Curriculum overview', link: paths.curriculum() },
        { label: 'Search and browse', link: paths.search() },
        { label: 'About this curriculum', link: paths.guide('about-this-curriculum') },
        { label: 'Who publishes this copy', link: paths.publisher() },
      ],
    },
    {
      label: 'In the room',
      items: [
        { label: 'Schedules and formats', link: toolPaths.schedules() },
        { label: 'Schedule builder', link: toolPaths.builder() },
      ],
    },
    { label: 'After the training', items: [{ label: 'Programs', link: paths.programs() }] },
    {
      label: 'Library',
      items: [
        { label: 'Activities', link: paths.activities() },
        { label: 'Case studies', link: paths.caseStudies() },
        { label: 'Practices', link: paths.practices() },
        { label: 'Glossary', link: paths.glossary() },
        { label: 'Guides for trainers', link: paths.guides() },
      ],
    },
  ];
}

export interface SessionLink {
  label: string;
  href: string;
  isCurrent: boolean;
}

/** One link per session; the current one is the session whose pages contain `pathname`. */
export function sidebarSessions(curriculum: Curriculum, pathname: string, toHref: (path: string) => string): SessionLink[] {
  return overviewRows(curriculum).map((row) => {
    const url = toHref(row.module.url);
    const prefix = row.module.kind === 'module' ? `${row.number.replace('Module ', '')}. ` : '';
    return { label: `${prefix}${row.module.title}`, href: url, isCurrent: pathname.startsWith(url) };
  });
}
