import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../scripts/lib/bench-args.ts';

describe('bench command line', () => {
  it('runs everything with the documented defaults', () => {
    expect(parseCommand([])).toEqual({
      kind: 'run',
      options: {
        runs: 3,
        scale: 1000,
        scaleRuns: 1,
        bareMd: true,
        pdf: true,
        pdfRuns: 2,
        lighthouse: true,
        lighthouseRuns: 1,
        search: true,
        printPacks: false,
        write: true,
        strict: false,
      },
    });
  });

  it('reads every option', () => {
    const command = parseCommand([
      '--runs',
      '5',
      '--no-scale',
      '--no-bare-md',
      '--pdf-runs',
      '3',
      '--no-lighthouse',
      '--no-search',
      '--bare-print-packs',
      '--no-write',
      '--strict',
    ]);
    expect(command).toEqual({
      kind: 'run',
      options: {
        runs: 5,
        scale: false,
        scaleRuns: 1,
        bareMd: false,
        pdf: true,
        pdfRuns: 3,
        lighthouse: false,
        lighthouseRuns: 1,
        search: false,
        printPacks: true,
        write: false,
        strict: true,
      },
    });
    expect(parseCommand(['--scale', '200', '--scale-runs', '2', '--no-pdf', '--lighthouse-runs', '3'])).toMatchObject({
      kind: 'run',
      options: { scale: 200, scaleRuns: 2, pdf: false, lighthouseRuns: 3 },
    });
  });

  it('knows --help and --readme-only', () => {
    expect(parseCommand(['--help'])).toEqual({ kind: 'help' });
    expect(parseCommand(['--readme-only'])).toEqual({ kind: 'readme' });
  });

  it('refuses a count that is not a whole number of at least the minimum, naming the option and the value', () => {
    expect(() => parseCommand(['--runs', '0'])).toThrow(/^--runs needs a whole number of at least 1; got "0"\./);
    expect(() => parseCommand(['--scale', '1.5'])).toThrow(/^--scale needs a whole number of at least 1; got "1.5"\./);
    expect(() => parseCommand(['--pdf-runs', 'two'])).toThrow(/^--pdf-runs needs a whole number of at least 1; got "two"\./);
  });

  it('refuses an unknown option and contradicting ones, with the usage', () => {
    expect(() => parseCommand(['--profile'])).toThrow(/Unknown option '--profile'[\s\S]*Usage: npm run bench -- \[options\]/);
    expect(() => parseCommand(['--scale', '10', '--no-scale'])).toThrow(/^--scale and --no-scale contradict each other; give one\./);
  });
});
