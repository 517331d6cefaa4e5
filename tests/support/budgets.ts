/**
 * Size budgets per page type, in gzip bytes: what a reader on a slow phone connection downloads
 * for one page (HTML, the JavaScript it loads up front, its CSS). Set from `npm run bench`
 * (see README "Performance") with room for normal growth; raising one is a decision, not a fix.
 */
import type { PageType } from '../../scripts/lib/page-types.ts';
import type { Budget, BudgetTable } from './gates.ts';

const KiB = 1024;
const content = (html: number): Budget => ({ html: html * KiB, js: 7 * KiB, css: 16 * KiB });
/**
 * Offline (issue 17) adds to every page, measured 2026-12-01 against main: about 0.3 KiB gzip of
 * HTML (the offline and update notes, the search dialog's offline notes, the manifest and
 * theme-color links) and 0.29 KiB of JavaScript up front (the loader of the registration script,
 * which comes after the load event with its styles, and the dialog's offline notes). Budgets that
 * had less room than that are raised by it, each marked "offline".
 */
const OFFLINE_HTML = 0.5 * KiB;
/**
 * Every page loads about 4.8 KiB of JavaScript up front (Starlight's theme switch, search dialog and
 * menu scripts, the offline indicator's loader; measured 2026-12-01 after the search dialog's
 * Pagefind set-up moved to load with Pagefind's UI), and 6.2 KiB with a table of contents (content
 * pages, posters): 7 KiB leaves room without hiding a new script.
 */
const CHROME_JS = 7 * KiB;

export const BUDGETS: Record<PageType, Budget> = {
  // Issue 17: the "Save for offline" control adds 0.85 KiB of HTML (markup, its sentences as JSON) and 0.4 KiB of
  // JavaScript up front (its loader; the control's code follows after the load event). Home: html 8.2, js 4.8 KiB.
  home: { html: 9 * KiB, js: 6.5 * KiB, css: 16 * KiB },
  'not-found': { html: 8 * KiB, js: CHROME_JS, css: 16 * KiB },
  // The pictures index carries every picture's SVG (16.1 KiB); the printouts index loads the room sheets' styles.
  index: { html: 17 * KiB, js: 9 * KiB, css: 16.5 * KiB },
  // The largest (strategy) is 13.2 KiB since issue 13 added set-up and debrief items.
  module: content(14 + OFFLINE_HTML / KiB), // offline
  facilitator: content(20),
  activity: content(14),
  case: content(14),
  practice: content(10),
  guide: content(12),
  program: { html: 16 * KiB, js: 9 * KiB, css: 16 * KiB },
  'coaching-call': content(12),
  // A framework picture: its SVG, text alternative, uses and poster links.
  picture: content(12),
  // With set-up and debrief items and the room settings form: 18.5 KiB for the longest format. Since issue 17 the
  // "Save for offline" control for the schedule's day (0.9 KiB of HTML, its 0.4 KiB loader up front): html 21.7, js 6.5 KiB.
  schedule: { html: 22.5 * KiB, js: 8 * KiB, css: 16 * KiB },
  // Fillable since issue 14: the page script (fields, device storage, file save/open, the answers
  // check) adds ~2.7 KiB gzip to what a content page ships, and the page carries its sentences as
  // JSON (~0.6 KiB gzip; ~1 KiB with the diagram words). The diagram code (~3.5 KiB) loads on
  // demand, only on the worksheets that draw one. Measured 2026-12-01: html 8.95, js 8.6 KiB at most.
  worksheet: { html: 10 * KiB + OFFLINE_HTML, js: 10.5 * KiB, css: 16.5 * KiB }, // offline: html
  // Offline: the page's own offline notes and its listening for a missing part of the index add
  // 0.2 KiB of JS to the 0.29 KiB every page gets (measured +0.49 KiB js, +0.3 KiB html).
  search: { html: 8 * KiB + OFFLINE_HTML, js: 9.5 * KiB, css: 16 * KiB },
  // The interactive tools: their code loads only on their own pages.
  // Run pages carry the facilitator notes and activity steps of their items (so the notes open offline once the page is
  // open) and the step timers, chime and room view link.
  // The run page's script counts interpreted lengths too (src/lib/interpretation.ts): 20 KiB.
  // Since issue 17 the "Save for offline" control (0.8–0.9 KiB of HTML with its styles inline, a 0.4 KiB loader) and
  // the offline worker's indicator: html 26.7, js 19.2 (the builder's run page; a module's 12.8), css 16.4 KiB (2026-12-01).
  run: { html: 27 * KiB, js: 20.5 * KiB, css: 16.5 * KiB },
  'room-view': { html: 7 * KiB, js: 10.5 * KiB, css: 16 * KiB }, // offline: js (+0.29 KiB)
  // Since issue 13 the builder counts the checklist in the browser for the room it is given (group sizes,
  // interpretation): the page carries every material and module as JSON (~5.7 KiB) and its script ~10.6 KiB.
  'schedule-builder': { html: 30 * KiB, js: 19 * KiB, css: 16 * KiB },
  dashboard: { html: 14 * KiB, js: 9 * KiB, css: 16 * KiB },
  // A whole training on paper in one page; the facilitator's carries every activity's steps, debrief and variations.
  // Measured 104.9 KiB for the longest format's facilitator pack; the pack styles and worksheets add ~0.9 KiB of CSS.
  'print-pack': { html: 110 * KiB, js: CHROME_JS, css: 17.5 * KiB },
  // One module on paper: notes, activities, adaptations, checklist (about 19 KiB for the largest).
  'module-pack': { html: 24 * KiB, js: CHROME_JS, css: 17.5 * KiB },
  // A sheet for the room (sign-in, evaluation forms, a wall agenda, a module's flip charts): one printed page each.
  // Offline: the search dialog's rule hiding Pagefind's "No results" when a part of the index is missing (+19 bytes css).
  'room-material': { html: 14 * KiB, js: CHROME_JS, css: 16.6 * KiB },
  // One picture filling one sheet.
  poster: { html: 10 * KiB, js: CHROME_JS, css: 16 * KiB },
};

/**
 * The whole table the gates read: the budgets above; the glossary, which shows every term in both
 * languages (23.9 KiB measured 2026-12-01); and the Spanish pages, whose HTML may be 15% heavier
 * than the English budget — the same content in longer words (measured 4–13% heavier) and the
 * one-line translation notice. Scripts and styles are the same in both languages.
 */
export const BUDGET_TABLE: BudgetTable = {
  byType: BUDGETS,
  byPage: { '/glossary/': { html: 25 * KiB } },
  translatedHtml: 1.15,
};
