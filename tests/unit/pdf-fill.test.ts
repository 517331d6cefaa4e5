import { describe, expect, it } from 'vitest';
import { readPgm, usedShare, type GreyImage } from '../support/pdf-fill.ts';

/** A white page of 10×100 pixels with black rows where asked. */
function page(inkRows: number[]): GreyImage {
  const pixels = new Uint8Array(10 * 100).fill(255);
  for (const y of inkRows) pixels.fill(0, y * 10, y * 10 + 10);
  return { width: 10, height: 100, pixels };
}
const margins = { top: 10, bottom: 10 };

describe('how much of a printed page is used', () => {
  it('measures from the top margin to the lowest ink', () => {
    expect(usedShare(page([12, 49]), margins)).toBe(0.5);
    expect(usedShare(page([89]), margins)).toBe(1);
  });

  it('counts a blank page, and ink in the margins (the footer), as unused', () => {
    expect(usedShare(page([]), margins)).toBe(0);
    expect(usedShare(page([11, 95]), margins)).toBe(0.025);
  });

  it('reads a PGM as pdftoppm writes it, comments included', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('P5\n# made by a test\n2 2\n255\n'), 0, 255, 255, 10]);
    expect(readPgm(bytes)).toEqual({ width: 2, height: 2, pixels: new Uint8Array([0, 255, 255, 10]) });
    expect(() => readPgm(new TextEncoder().encode('P2\n1 1\n255\n0'))).toThrow('not an 8-bit binary PGM');
    expect(() => readPgm(new Uint8Array([...new TextEncoder().encode('P5\n2 2\n255\n'), 0]))).toThrow('PGM is cut short');
  });
});
