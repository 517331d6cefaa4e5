/**
 * Astro integration: keeps the build log for messages that need a reader. It drops only
 * the warning `isAstroHeadInjectDirectiveWarning` names (see src/lib/build-log.ts); every
 * other bundler message goes to the handler Vite would have used.
 */
import type { AstroIntegration } from 'astro';
import { isAstroHeadInjectDirectiveWarning, type BundlerLog } from '../lib/build-log.ts';

type LogHandler = (level: string, log: BundlerLog) => void;

export default function quietBuild(): AstroIntegration {
  return {
    name: 'distributed-organizing:quiet-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onLog(level: string, log: BundlerLog, handler: LogHandler) {
                  if (isAstroHeadInjectDirectiveWarning(log)) return;
                  handler(level, log);
                },
              },
            },
          },
        });
      },
    },
  };
}
