/**
 * Astro integration: checks every curriculum file (schemas and rules, `src/lib/content-check.ts`)
 * before Astro syncs the content collections.
 *
 * - `astro build`: any problem prints the report (a one-line heading, then one line per
 *   problem, sorted by file) on stderr and exits with code 1, before anything is written
 *   to `dist/`.
 * - `astro dev`: the same lines are logged as warnings, at start and whenever a content
 *   file changes; the dev server keeps running.
 *
 * It honours `CURRICULUM_CONTENT` like `src/content.config.ts` (tests point it at fixtures).
 */
import { resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, readContentFiles } from '../lib/content-check.ts';
import { checkTranslations, translationReport } from '../lib/translations-check.ts';
import { formatProblem, formatReport, type ContentProblem } from '../lib/errors.ts';
import { contentRoot } from '../schemas/collections.ts';

/**
 * Every problem in the content folder `root`: the English content and the shape of each
 * translation. Missing and outdated translations are not problems of the build (an English edit
 * never stops it); the build prints their count (`translationSummary`) and `npm test` fails on them.
 */
export function contentProblems(root: string = contentRoot()): ContentProblem[] {
  return [...checkContent(readContentFiles(root)), ...checkTranslations(root).problems];
}

/** One line per language with translations: `es: 146 up to date, 0 outdated, 0 missing; 0 reviewed by a named reviewer.` */
export function translationSummary(root: string = contentRoot()): string[] {
  return translationReport(root).summary;
}

function warnAll(logger: AstroIntegrationLogger, problems: readonly ContentProblem[]): void {
  if (problems.length === 0) return;
  logger.warn(formatReport(problems));
}

export default function contentCheck(): AstroIntegration {
  const root = resolve(contentRoot());
  return {
    name: 'distributed-organizing:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = contentProblems(root);
        const errors = problems.filter((p) => p.severity === 'error');
        if (command === 'build') {
          for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
          if (errors.length > 0) {
            console.error(formatReport(errors));
            // Stop here: Astro has not synced content or written anything yet.
            process.exit(1);
          }
          for (const line of translationSummary(root)) logger.info(`translations: ${line}`);
          return;
        }
        warnAll(logger, problems);
      },
      'astro:server:setup': ({ server, logger }) => {
        const recheck = (path: string) => {
          if (resolve(path).startsWith(root)) warnAll(logger, contentProblems(root));
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
