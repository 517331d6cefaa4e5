/**
 * A normal build of the real site prints no warnings: a new one is a real problem to read,
 * not line 400 of the same notice. The build runs with its own output and cache folders, so
 * it never shares Astro's content store with another build running at the same time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'do-quiet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a normal build', () => {
  it('prints no [WARN] line and still writes the site and its 404 page', () => {
    const outDir = join(work, 'dist');
    const cacheDir = join(work, 'cache');
    const script = `const { build } = await import('astro'); await build({ outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)} });`;
    // The environment of a normal `astro build`: without what Vitest adds (NODE_ENV, MODE, DEV,
    // PROD, TEST, VITEST_*), which would make the build's import.meta.env.MODE "test".
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|MODE|DEV|PROD|TEST|VITEST.*)$/.test(key)));
    const result = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    const output = `${result.stdout}\n${result.stderr}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
    expect(result.status, output).toBe(0);
    expect(output).toMatch(/\d+ page\(s\) built/);
    // The 404 page is written once, as 404.html, from content/docs/404.md, without a draft notice.
    const notFound = readFileSync(join(outDir, '404.html'), 'utf8');
    expect(notFound).toContain('>This page is not here</h1>');
    expect(notFound).toContain('href="/curriculum/"');
    expect(notFound).not.toMatch(/draft/i);
    expect(existsSync(join(outDir, '404'))).toBe(false);
    expect(output.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
  });
});
