/**
 * Every PDF the build printed (dist/pdf/) uses each page well: no page but the last has its ink
 * end in the top fifth of the printable height. Catches forced page breaks and table rows pushed
 * over alone. Drawn with poppler's pdftoppm (.ci/run installs poppler-utils).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_MARGIN_MM } from '../../scripts/lib/pdf-jobs.ts';
import { pageShares } from '../support/pdf-fill.ts';

const folder = 'dist/pdf';
const MIN_SHARE = 0.2;

describe('printed pages', () => {
  it('every PDF page but the last uses at least a fifth of its height', () => {
    expect(existsSync(folder), `${folder} is missing: run "npm run build" with Chromium installed`).toBe(true);
    const files = readdirSync(folder).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBeGreaterThan(0);
    const thin: string[] = [];
    for (const file of files) {
      const shares = pageShares(join(folder, file), PDF_MARGIN_MM);
      shares.slice(0, -1).forEach((share, i) => {
        if (share < MIN_SHARE) thin.push(`${file} page ${i + 1} of ${shares.length}: ${Math.round(share * 100)}% used`);
      });
    }
    expect(
      thin,
      'Nearly empty printed pages. Fix: remove the forced page break before the next part, or let the rows before it flow',
    ).toEqual([]);
  });
});
