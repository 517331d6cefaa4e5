/** The "Sessions" group of the sidebar, computed from the curriculum. */
import type { Curriculum } from './curriculum.ts';
import { overviewRows } from './views.ts';

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
