import { describe, expect, it } from 'vitest';
import {
  networkConditions,
  OFFLINE_HEADINGS,
  offlineLine,
  offlineRows,
  saveSizes,
  type OfflineSave,
} from '../../scripts/lib/bench-offline.ts';

describe('the save-for-offline numbers', () => {
  const list = {
    locale: 'es' as const,
    files: [
      { url: '/es/', bytes: 1_500_000, transfer: 150_000 },
      { url: '/_astro/a.css', bytes: 700_000, transfer: 100_000 },
    ],
    downloads: [{ url: '/es/docx/x.docx', bytes: 250_000, transfer: 250_000, title: 'X' }],
  };

  it('adds up the files and the downloads apart', () => {
    expect(saveSizes(list)).toEqual({
      locale: 'es',
      files: 2,
      fileBytes: 2_200_000,
      fileTransferBytes: 250_000,
      downloads: 1,
      downloadBytes: 250_000,
    });
  });

  it('throttles to 1.6 Mbps down and 150 ms, in the bytes per second CDP takes', () => {
    expect(networkConditions()).toEqual({ offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
  });

  it('reports a row per language and a progress line', () => {
    const save = { ...saveSizes(list), seconds: 41.6 };
    expect(OFFLINE_HEADINGS).toHaveLength(4);
    expect(offlineRows([save])).toEqual([['es', '0.3 MB to download, 2.2 MB on the device, in 2 files', '0.3 MB in 1 files', '42 s']]);
    expect(offlineRows([{ ...save, seconds: null }])[0]?.[3]).toBe('—');
    // Results written before the download size was measured.
    const older: OfflineSave = { ...save };
    delete older.fileTransferBytes;
    expect(offlineRows([older])[0]?.[1]).toBe('2.2 MB on the device, in 2 files');
    expect(offlineLine(save)).toBe('  es: 2 files, 0.3 MB to download, 2.2 MB on the device (+ 1 downloads, 0.3 MB), saved in 42 s');
  });
});
