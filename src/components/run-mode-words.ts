/**
 * The sentences the run mode script writes while the timer runs, read from the interface
 * dictionary on the server and handed to the browser as JSON (`data-run-words`). `{name}`
 * placeholders are filled in the browser with `fill()` from `src/lib/i18n.ts`.
 */
import type { Translate } from '../lib/labels.ts';

export function runModeWords(t: Translate) {
  return {
    start: t('runMode.start'),
    pause: t('runMode.pause'),
    resume: t('runMode.resume'),
    finished: t('runMode.finished'),
    notStarted: t('runMode.notStarted'),
    wakeUnsupported: t('runMode.client.wakeUnsupported'),
    wakeOn: t('runMode.client.wakeOn'),
    wakeFailed: t('runMode.client.wakeFailed'),
    nextItem: t('runMode.client.nextItem'),
    lastItem: t('runMode.client.lastItem'),
    onTime: t('runMode.client.onTime'),
    behind: t('runMode.client.behind'),
    ahead: t('runMode.client.ahead'),
    endsAt: t('runMode.client.endsAt'),
    endsAtPlanned: t('runMode.client.endsAtPlanned'),
    announce: t('runMode.client.announce'),
    cut: t('runMode.client.cut'),
    minutes: t('runMode.client.minutes'),
    nothingToCut: t('runMode.client.nothingToCut'),
    cutsEnough: t('runMode.client.cutsEnough'),
    cutsNotEnough: t('runMode.client.cutsNotEnough'),
    cutItem: t('runMode.client.cutItem'),
    shortenItem: t('runMode.client.shortenItem'),
    confirmReset: t('runMode.client.confirmReset'),
  };
}

/** Every sentence of the run mode screen, in the page's language. */
export type RunModeWords = ReturnType<typeof runModeWords>;
