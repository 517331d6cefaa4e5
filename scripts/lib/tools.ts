/**
 * The interactive tools: the pages allowed to load JavaScript beyond what every page loads, and
 * the entry script that is each tool's own. One list for the benchmark's verdicts (README
 * "Performance") and the budget tests (tests/browser/budgets.test.ts), both languages alike.
 */
import { pageType } from './page-types.ts';
import { splitLocale } from '../../src/lib/urls.ts';

export interface InteractiveTool {
  name: string;
  /** The tool's entry script among a page's scripts (a built `/_astro/…` path). */
  script: RegExp;
  /** The built paths (either language) the tool belongs on. */
  pages: (path: string) => boolean;
  /**
   * Only a small loader is up front (the tool's code follows after the page has loaded), so its
   * pages stay content pages for the benchmark's "JavaScript on a content page".
   */
  deferred?: true;
}

const at =
  (...english: string[]) =>
  (path: string): boolean =>
    english.includes(splitLocale(path).path);
const ofType =
  (...types: string[]) =>
  (path: string): boolean =>
    types.includes(pageType(path));

export const INTERACTIVE_TOOLS: InteractiveTool[] = [
  { name: 'run mode', script: /\/(RunMode|run)\.astro_astro_type_script/, pages: ofType('run') },
  { name: 'schedule builder', script: /\/builder\.astro_astro_type_script/, pages: ofType('schedule-builder') },
  { name: 'search with filters', script: /\/search\.astro_astro_type_script/, pages: at('/search/') },
  { name: 'activity finder and case filters', script: /\/index\.astro_astro_type_script/, pages: at('/activities/', '/cases/') },
  { name: 'fillable worksheets', script: /\/_id_\.astro_astro_type_script/, pages: ofType('worksheet') },
  { name: 'room view', script: /\/room-view\.astro_astro_type_script/, pages: ofType('room-view') },
  { name: 'dashboard', script: /\/dashboard\.astro_astro_type_script/, pages: ofType('dashboard') },
  {
    name: 'self-assessment',
    script: /\/SelfAssessment\.astro_astro_type_script/,
    pages: at('/programs/evaluation/', '/print/self-assessment/'),
  },
  { name: 'glossary filter', script: /\/glossary\.astro_astro_type_script/, pages: at('/glossary/') },
  { name: 'saved pages list', script: /\/offline\.astro_astro_type_script/, pages: at('/offline/') },
  { name: 'save for offline', script: /\/SaveOffline\.astro_astro_type_script/, pages: ofType('home', 'schedule', 'run'), deferred: true },
];
