/**
 * How much of each printed page a PDF uses: the pages are drawn small with poppler's `pdftoppm`
 * (grey, low resolution) and the lowest row with ink inside the margins is found. A page whose
 * ink ends in its top fifth is nearly empty — the sign of a forced page break, or of a table's
 * last rows pushed over alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black to 255 white, row by row. */
  pixels: Uint8Array;
}

/** Reads a binary PGM (P5, 8-bit) as pdftoppm -gray writes it. */
export function readPgm(bytes: Uint8Array): GreyImage {
  const header: string[] = [];
  let i = 0;
  while (header.length < 4) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i] ?? 0))) i++;
    if (bytes[i] === 0x23) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++;
      continue;
    }
    let token = '';
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i] ?? 0))) token += String.fromCharCode(bytes[i++] ?? 0);
    header.push(token);
  }
  const [magic, w, h, max] = header;
  if (magic !== 'P5' || max !== '255') throw new Error(`not an 8-bit binary PGM (found ${magic} with max ${max})`);
  const width = Number(w);
  const height = Number(h);
  const pixels = bytes.subarray(i + 1, i + 1 + width * height);
  if (pixels.length !== width * height) throw new Error(`PGM is cut short: ${pixels.length} of ${width * height} pixels`);
  return { width, height, pixels };
}

/**
 * The share of the printable height (between the top and bottom margins, given in pixels) that
 * lies above the lowest inked row: 0 for a blank page, 1 for a page used to its bottom margin.
 */
export function usedShare(image: GreyImage, margins: { top: number; bottom: number }, ink = 200): number {
  const top = Math.round(margins.top);
  const bottom = image.height - Math.round(margins.bottom);
  for (let y = bottom - 1; y >= top; y--) {
    const row = image.pixels.subarray(y * image.width, (y + 1) * image.width);
    if (row.some((v) => v < ink)) return (y + 1 - top) / (bottom - top);
  }
  return 0;
}

/** The used share of every page of a PDF, drawn at `dpi`. Needs poppler-utils (`pdftoppm`). */
export function pageShares(pdf: string, marginsMm: { top: number; bottom: number }, dpi = 20): number[] {
  const folder = mkdtempSync(join(tmpdir(), 'pdf-fill-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdf, join(folder, 'p')]);
    const toPx = (mm: number) => (mm / 25.4) * dpi;
    return readdirSync(folder)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)?.[1]) - Number(/(\d+)\.pgm$/.exec(b)?.[1]))
      .map((f) => usedShare(readPgm(readFileSync(join(folder, f))), { top: toPx(marginsMm.top), bottom: toPx(marginsMm.bottom) }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
