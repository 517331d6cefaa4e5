/**
 * Every package the code imports is declared in package.json, so a fresh `npm install` brings it
 * (a package that only arrives as somebody else's dependency can vanish on any upgrade).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = ['src', 'scripts', 'tests'];
const configFiles = ['astro.config.mjs', 'vitest.config.ts', 'eslint.config.js'];
const codeFile = /\.(ts|mjs|js|astro)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : walk(path);
    return codeFile.test(name) ? [path] : [];
  });
}

/** The package a bare import specifier names (`@scope/name/sub` → `@scope/name`), or null for local and built-in modules. */
export function packageOf(specifier: string): string | null {
  if (/^(\.|\/|node:|astro:|virtual:)/.test(specifier)) return null;
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/.*)?$/.test(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

/** Import specifiers written in a file: static imports, re-exports and `import('…')` with a literal. */
export function importsIn(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"\n]+)['"]/g)) found.push(match[1] ?? '');
  return found;
}

describe('declared dependencies', () => {
  it('reads package names from specifiers', () => {
    expect(packageOf('@pagefind/default-ui')).toBe('@pagefind/default-ui');
    expect(packageOf('@astrojs/starlight/components/Search.astro')).toBe('@astrojs/starlight');
    expect(packageOf('astro/zod')).toBe('astro');
    expect(packageOf('astro:content')).toBeNull();
    expect(packageOf('node:fs')).toBeNull();
    expect(packageOf('../lib/urls.ts')).toBeNull();
    expect(packageOf('…')).toBeNull();
    expect(importsIn(`import a from 'yaml';\nconst b = await import('@pagefind/default-ui');\nexport { c } from "./c.ts";`)).toEqual([
      'yaml',
      '@pagefind/default-ui',
      './c.ts',
    ]);
  });

  it('declares every package the code imports', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
    const missing: string[] = [];
    const self = join('tests', 'unit', 'dependencies.test.ts');
    for (const file of [...roots.flatMap(walk), ...configFiles].filter((f) => f !== self)) {
      for (const specifier of importsIn(readFileSync(file, 'utf8'))) {
        const name = packageOf(specifier);
        // A package that is only types (`import type … from 'mdast'`) is declared as @types/<name>.
        if (name && !declared.has(name) && !declared.has(`@types/${name.replace(/^@([^/]+)\//, '$1__')}`))
          missing.push(`${file} imports "${name}", which package.json does not declare`);
      }
    }
    expect(missing).toEqual([]);
  });
});
