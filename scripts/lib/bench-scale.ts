/**
 * Synthetic scale: a copy of `content/` with extra activities and case studies made from the real
 * ones under new ids. Each activity adds two pages (the activity and its worksheet), each case one.
 * No module is added, so the curriculum stays 16–20 hours; the rules allow activities and cases
 * that no module runs (src/lib/rules.ts checks references, not use).
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ScaledContent {
  dir: string;
  activities: number;
  caseStudies: number;
  /** Pages the copies add to the build. */
  extraPages: number;
}

/** Appends " (copy n)" to the `title:` line of the frontmatter, inside the quotes if it is quoted. */
function retitle(source: string, n: number, file: string): string {
  const line = /^title: (.*)$/m.exec(source);
  if (!line?.[1]) throw new Error(`${file} has no "title:" line; the scale generator copies entries by their title. Check the file.`);
  const value = line[1].trimEnd();
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
  const titled = quote && value.endsWith(quote) ? `${value.slice(0, -1)} (copy ${n})${quote}` : `${value} (copy ${n})`;
  return source.replace(line[0], `title: ${titled}`);
}

function copies(folder: string, count: number): number {
  const templates = readdirSync(folder)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .sort();
  if (templates.length === 0) throw new Error(`${folder} has no .mdx entries to copy.`);
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length] ?? '';
    const n = i + 1;
    const source = readFileSync(join(folder, template), 'utf8');
    writeFileSync(join(folder, `${template.replace(/\.mdx$/, '')}-copy-${n}.mdx`), retitle(source, n, template));
  }
  return count;
}

/**
 * Copies `contentDir` to `targetDir` and adds about `extraPages` pages: four fifths from activity
 * copies (two pages each), the rest from case-study copies.
 */
export function writeScaledContent(contentDir: string, targetDir: string, extraPages: number): ScaledContent {
  rmSync(targetDir, { recursive: true, force: true });
  cpSync(contentDir, targetDir, { recursive: true });
  const activityCount = Math.round((extraPages * 0.8) / 2);
  const caseCount = Math.max(0, extraPages - activityCount * 2);
  const activities = copies(join(targetDir, 'activities'), activityCount);
  const caseStudies = copies(join(targetDir, 'caseStudies'), caseCount);
  return { dir: targetDir, activities, caseStudies, extraPages: activities * 2 + caseStudies };
}
