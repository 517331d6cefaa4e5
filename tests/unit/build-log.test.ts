import { describe, expect, it } from 'vitest';
import { isAstroHeadInjectDirectiveWarning } from '../../src/lib/build-log.ts';

const headInject =
  'The semantics of the module level directive "use astro:head-inject" in "content/activities/action-plan.mdx?astroPropagatedAssets" may not be preserved when bundling.';

describe('which bundler messages the build leaves out', () => {
  it('leaves out the MODULE_LEVEL_DIRECTIVE warning for Astro’s own head-inject directive', () => {
    expect(isAstroHeadInjectDirectiveWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: headInject })).toBe(true);
  });

  it('keeps the same code for any other directive', () => {
    const useClient = headInject.replace('use astro:head-inject', 'use client');
    expect(isAstroHeadInjectDirectiveWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: useClient })).toBe(false);
  });

  it('keeps every other warning, even one that mentions the directive', () => {
    expect(isAstroHeadInjectDirectiveWarning({ code: 'UNRESOLVED_IMPORT', message: headInject })).toBe(false);
    expect(isAstroHeadInjectDirectiveWarning({ code: undefined, message: headInject })).toBe(false);
  });
});
