/**
 * Size budgets per page type, in gzip bytes: what a reader on a slow phone connection downloads
 * for one page (HTML, the JavaScript it loads up front, its CSS). Set from `npm run bench`
 * (see README "Performance") with room for normal growth; raising one is a decision, not a fix.
 */
import type { PageType } from '../../scripts/lib/page-types.ts';
import type { Budget } from './gates.ts';

const KiB = 1024;
const content = (html: number): Budget => ({ html: html * KiB, js: 8 * KiB, css: 16 * KiB });

export const BUDGETS: Record<PageType, Budget> = {
  home: { html: 8 * KiB, js: 6 * KiB, css: 16 * KiB },
  'not-found': { html: 6 * KiB, js: 6 * KiB, css: 16 * KiB },
  index: { html: 16 * KiB, js: 9 * KiB, css: 16 * KiB },
  module: content(13),
  facilitator: content(18),
  activity: content(14),
  case: content(14),
  practice: content(10),
  guide: content(12),
  program: { html: 16 * KiB, js: 9 * KiB, css: 16 * KiB },
  'coaching-call': content(12),
  // A framework picture: its SVG, text alternative, uses and poster links.
  picture: content(12),
  schedule: content(18),
  worksheet: { html: 9 * KiB, js: 6.5 * KiB, css: 16 * KiB },
  search: { html: 8 * KiB, js: 9 * KiB, css: 16 * KiB },
  // The interactive tools: their code loads only on their own pages.
  run: { html: 12 * KiB, js: 15 * KiB, css: 16 * KiB },
  'schedule-builder': { html: 22 * KiB, js: 14 * KiB, css: 16 * KiB },
  // A whole training on paper in one page.
  'print-pack': { html: 72 * KiB, js: 6.5 * KiB, css: 16 * KiB },
  // One picture filling one sheet.
  poster: { html: 10 * KiB, js: 6.5 * KiB, css: 16 * KiB },
};
