/**
 * What both run mode windows write the same way: clock times, and the sentence shown and
 * read out when time runs out. Small, so the room view loads it without the presenter's code.
 */
import { formatClock } from '../lib/agenda.ts';
import { fill } from '../lib/i18n.ts';
import type { RunView } from '../lib/runmode.ts';
import type { RunModeWords } from './run-mode-words.ts';

/** "09:05" for a moment, in the laptop's time zone. */
export function clockOf(ms: number): string {
  const d = new Date(ms);
  return formatClock(d.getHours() * 60 + d.getMinutes());
}

/** The sentence read out and shown when time runs out (`cue` from `zeroCue`). */
export function cueText(
  cue: 'item' | 'step',
  view: Pick<RunView, 'current' | 'step'>,
  words: Pick<RunModeWords, 'timeUp' | 'stepUp' | 'lastStepUp'>,
): string {
  const step = view.step;
  if (cue === 'step' && step)
    return step.remainingMs <= 0 && step.index === step.count - 1
      ? fill(words.lastStepUp, { title: step.step.title })
      : fill(words.stepUp, { title: step.step.title });
  return fill(words.timeUp, { title: view.current?.title ?? '' });
}
