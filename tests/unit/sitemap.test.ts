import { describe, expect, it } from 'vitest';
import { inSitemap } from '../../src/lib/sitemap.ts';

describe('inSitemap', () => {
  it('leaves out the offline page in every language, at the root and under a base', () => {
    expect(inSitemap('https://example.org/offline/', '/')).toBe(false);
    expect(inSitemap('https://example.org/es/offline/', '/')).toBe(false);
    expect(inSitemap('https://example.org/curriculum-site/offline/', '/curriculum-site/')).toBe(false);
    expect(inSitemap('https://example.org/curriculum-site/es/offline/', '/curriculum-site/')).toBe(false);
  });

  it('lists every other page, including ones whose path only contains the word', () => {
    expect(inSitemap('https://example.org/', '/')).toBe(true);
    expect(inSitemap('https://example.org/es/', '/')).toBe(true);
    expect(inSitemap('https://example.org/modules/public-narrative/', '/')).toBe(true);
    expect(inSitemap('https://example.org/guides/offline/', '/')).toBe(true);
    expect(inSitemap('https://example.org/curriculum-site/modules/x/', '/curriculum-site/')).toBe(true);
  });
});
