/**
 * The sidebar: the site's sections, built from `paths` so a page that moves keeps its link
 * (`siteSidebar`, read by astro.config.mjs), and the "Sessions" group computed from the curriculum.
 * Starlight puts the base in front of sidebar links itself.
 */
import type { Curriculum } from './curriculum.ts';
import { englishTexts, type InterfaceKey } from './labels.ts';
import { paths, toolPaths } from './urls.ts';
import { overviewRows } from './views.ts';

/** A label in the default language, and in each other language whose dictionary has it. */
export interface SidebarLabel {
  label: string;
  translations: Record<string, string>;
}

export interface SidebarLink extends SidebarLabel {
  link: string;
}

export interface SidebarGroup extends SidebarLabel {
  items: SidebarLink[];
}

/** The interface dictionaries by language (`src/content/i18n/<lang>.json`); `en` is the default. */
export type Dictionaries = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The sidebar keys of the dictionary. */
export type SidebarKey = Extract<InterfaceKey, `nav.sidebar.${string}`>;

/**
 * The sections of the site, in the order readers meet them. Labels come from the dictionaries
 * (Starlight shows `translations[lang]` on a page in that language, `label` otherwise); a
 * language that leaves a key out shows the English label.
 */
export function siteSidebar(dictionaries: Dictionaries = { en: englishTexts }): SidebarGroup[] {
  const label = (key: SidebarKey): SidebarLabel => {
    const english = dictionaries['en']?.[key] ?? englishTexts[key];
    const translations: Record<string, string> = {};
    for (const [lang, dictionary] of Object.entries(dictionaries)) {
      const text = dictionary[key];
      if (lang !== 'en' && text !== undefined) translations[lang] = text;
    }
    return { label: english, translations };
  };
  return [
    {
      ...label('nav.sidebar.startHere'),
      items: [
        { ...label('nav.sidebar.home'), link: paths.home() },
        { ...label('nav.sidebar.curriculum'), link: paths.curriculum() },
        { ...label('nav.sidebar.search'), link: paths.search() },
        { ...label('nav.sidebar.about'), link: paths.guide('about-this-curriculum') },
        { ...label('nav.sidebar.forDirectors'), link: paths.forDirectors() },
        { ...label('nav.sidebar.publisher'), link: paths.publisher() },
      ],
    },
    {
      ...label('nav.sidebar.inTheRoom'),
      items: [
        { ...label('nav.sidebar.schedules'), link: toolPaths.schedules() },
        { ...label('nav.sidebar.builder'), link: toolPaths.builder() },
        { ...label('nav.sidebar.printouts'), link: toolPaths.printouts() },
      ],
    },
    {
      ...label('nav.sidebar.afterTheTraining'),
      items: [
        { ...label('nav.sidebar.programs'), link: paths.programs() },
        { ...label('nav.sidebar.coachingCalls'), link: paths.coachingCalls() },
      ],
    },
    {
      ...label('nav.sidebar.library'),
      items: [
        { ...label('nav.sidebar.activities'), link: paths.activities() },
        { ...label('nav.sidebar.caseStudies'), link: paths.caseStudies() },
        { ...label('nav.sidebar.practices'), link: paths.practices() },
        { ...label('nav.sidebar.pictures'), link: paths.pictures() },
        { ...label('nav.sidebar.glossary'), link: paths.glossary() },
        { ...label('nav.sidebar.guides'), link: paths.guides() },
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
    return { label: row.listLabel, href: url, isCurrent: pathname.startsWith(url) };
  });
}
