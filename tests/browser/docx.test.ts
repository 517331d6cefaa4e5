/**
 * The editable Word handouts in the built site (dist/docx/): every worksheet, case study, module
 * participant pack and format participant pack has a .docx that a real reader (mammoth, which
 * parses documents as Word does) opens, and the file holds its text — and no facilitator note.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parseContent, readContent } from '../support/content-harness.ts';
import { builtHtml } from '../support/site.ts';
import { handoutStem } from '../../src/lib/docx/handouts.ts';
import { WORKSHOP_FORMATS } from '../../src/lib/formats.ts';
import { toolPaths } from '../../src/lib/urls.ts';

const { input } = parseContent(readContent('content'));
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

async function textOf(stem: string): Promise<string> {
  const file = join('dist', toolPaths.docx(stem));
  expect(existsSync(file), `${file} is missing: run "astro build"`).toBe(true);
  const { value, messages } = await mammoth.extractRawText({ path: file });
  expect(messages.filter((m) => m.type === 'error')).toEqual([]);
  return flat(value);
}

/** Facilitator-only text: what to say, what to watch for and the answers to expected questions. */
const facilitatorNotes = input.modules.flatMap((m) =>
  m.data.agenda.flatMap((item) => [item.facilitator.say, ...item.facilitator.watchFor, ...item.facilitator.questions.map((q) => q.answer)]),
);

describe('Word handouts', () => {
  it('writes one file per worksheet, case, module and format, and nothing else', () => {
    const expected = [
      ...input.activities.map((a) => handoutStem.worksheet(a.id)),
      ...input.caseStudies.map((c) => handoutStem.case(c.id)),
      ...input.modules.map((m) => handoutStem.modulePack(m.id)),
      ...WORKSHOP_FORMATS.map((f) => handoutStem.formatPack(f.id)),
    ].map((stem) => `${stem}.docx`);
    expect(readdirSync('dist/docx').sort()).toEqual(expected.sort());
  });

  it('each worksheet file has its instructions, every section and every column', async () => {
    for (const activity of input.activities) {
      const text = await textOf(handoutStem.worksheet(activity.id));
      const { worksheet } = activity.data;
      expect(text).toContain(flat(worksheet.instructions));
      for (const section of worksheet.sections) {
        expect(text, `${activity.id}: ${section.heading}`).toContain(flat(section.heading));
        expect(text).toContain(flat(section.prompt));
        for (const column of section.columns) expect(text).toContain(flat(column));
      }
    }
  });

  it('each case file has its title, its discussion questions and its sources', async () => {
    for (const study of input.caseStudies) {
      const text = await textOf(handoutStem.case(study.id));
      expect(text).toContain(flat(study.data.title));
      for (const q of study.data.questions) expect(text).toContain(flat(q));
      for (const s of study.data.sources) expect(text).toContain(flat(s.title));
    }
  });

  it('each module pack has every agenda item and worksheet of the module, and no facilitator note', async () => {
    for (const module of input.modules) {
      const text = await textOf(handoutStem.modulePack(module.id));
      for (const item of module.data.agenda) expect(text, `${module.id}: ${item.title}`).toContain(flat(item.title));
      for (const id of new Set(module.data.agenda.flatMap((item) => (item.activity ? [item.activity.id] : [])))) {
        const activity = input.activities.find((a) => a.id === id);
        expect(activity).toBeDefined();
        if (activity) expect(text).toContain(flat(activity.data.worksheet.instructions));
      }
      for (const note of facilitatorNotes) expect(text).not.toContain(flat(note).slice(0, 60));
    }
  });

  it('each format pack has every worksheet and the glossary, and no facilitator note', async () => {
    for (const format of WORKSHOP_FORMATS) {
      const text = await textOf(handoutStem.formatPack(format.id));
      for (const activity of input.activities.filter((a) => input.modules.some((m) => m.data.agenda.some((i) => i.activity?.id === a.id))))
        expect(text, `${format.id}: ${activity.id}`).toContain(flat(activity.data.worksheet.instructions));
      for (const term of input.glossary) expect(text).toContain(flat(term.data.definition));
      for (const note of facilitatorNotes) expect(text).not.toContain(flat(note).slice(0, 60));
    }
  });
});

describe('links to the Word files', () => {
  it('each worksheet page and each case page links its Word file', () => {
    for (const activity of input.activities)
      expect(builtHtml(`/worksheets/${activity.id}/`)).toContain(`href="${toolPaths.docx(handoutStem.worksheet(activity.id))}"`);
    for (const study of input.caseStudies)
      expect(builtHtml(`/cases/${study.id}/`)).toContain(`href="${toolPaths.docx(handoutStem.case(study.id))}"`);
  });
});
