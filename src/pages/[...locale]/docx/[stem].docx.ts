/**
 * `dist/docx/<stem>.docx`: every worksheet, case study and participant pack as an editable Word
 * file, written at build time from the same data as its page (src/lib/docx/). The list of files
 * is `handouts()`; pages link them with `toolPaths.docx(stem)`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { durationWords, formatDuration } from '../../../lib/agenda.ts';
import { bodySource, getCurriculum } from '../../../data/curriculum.ts';
import { getPublisher } from '../../../data/publisher.ts';
import { caseBlocks, docxBytes, packBlocks, wordDocument, worksheetBlocks, type DocxWords } from '../../../lib/docx/documents.ts';
import { activitiesOf, caseOf, casesOf, handouts, worksheetOf, type Handout } from '../../../lib/docx/handouts.ts';
import { builtInSchedule, formatById, formatName, timedModules, WORKSHOP_FORMATS } from '../../../lib/formats.ts';
import { richText } from '../../../lib/i18n.ts';
import { englishTexts, labelsIn } from '../../../lib/labels.ts';
import { creditLine, licenceUrls } from '../../../lib/publisher.ts';
import { scheduleTexts, translator } from '../../../lib/schedule-text.ts';
import { sessionView } from '../../../lib/schedule-view.ts';
import { asLocale, pageUrl } from '../../../lib/urls.ts';
import { localizedPaths } from '../../../lib/locale-paths.ts';
import { inTrainingOrder } from '../../../lib/views.ts';
import type { Activity, CaseStudy, Curriculum } from '../../../lib/curriculum.ts';

// One Word file per handout and language: /docx/<stem>.docx, /es/docx/<stem>.docx.
export const getStaticPaths = localizedPaths(async () => {
  const curriculum = await getCurriculum();
  return handouts(
    curriculum,
    WORKSHOP_FORMATS.map((f) => f.id),
  ).map((handout) => ({ params: { stem: handout.stem }, props: { handout } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ handout: Handout }> = async ({ props: { handout }, locals, site, currentLocale }) => {
  const { t } = locals;
  const curriculum = await getCurriculum(currentLocale);
  const publisher = await getPublisher();
  const labels = labelsIn(t);
  const base = import.meta.env.BASE_URL;
  // Links inside the site are written out in full when the site's address is known (SITE), else as paths.
  const link = (url: string) => {
    if (!url.startsWith('/') || url.startsWith('//')) return url;
    const path = pageUrl(url, { base, locale: asLocale(currentLocale) });
    return site ? new URL(path, site).href : path;
  };
  const credit = creditLine(publisher, {
    credit: t('licence.credit'),
    creditPublished: (organization) => t('licence.creditPublished', { organization }),
    source: (url) => t('licence.source', { url }),
  });
  const licenceLinks: Record<string, string> = {
    content: licenceUrls[publisher.licence.content],
    code: licenceUrls[publisher.licence.code],
  };
  const words: DocxWords = {
    name: t('worksheet.name'),
    organization: t('worksheet.organization'),
    date: t('worksheet.date'),
    questions: t('print.questions'),
    sources: t('print.sources'),
    worksheets: t('print.worksheets'),
    cases: t('print.cases'),
    glossary: t('print.glossary'),
    agenda: t('print.agenda'),
    licence: richText(t('licence.line', { credit }))
      .map((part) => (part.tag && licenceLinks[part.tag] ? `${part.text} (${licenceLinks[part.tag]})` : part.text))
      .join(''),
  };
  const worksheet = (a: Activity) =>
    worksheetOf(a, t('worksheet.title', { name: a.artifact.name }), t('print.fromActivity', { title: a.title }));
  const study = async (c: CaseStudy) =>
    caseOf(c, `${labels.caseKind(c.kind)} · ${c.organization} · ${c.region}`, await bodySource('caseStudies', c.id, currentLocale));
  const glossary = (c: Curriculum) => c.glossary.map((g) => ({ term: g.term, definition: g.definition }));

  let title: string;
  let blocks;
  switch (handout.kind) {
    case 'worksheet': {
      const activity = curriculum.activities.find((a) => a.id === handout.id);
      if (!activity) throw new Error(`docx: no activity "${handout.id}"`);
      title = t('worksheet.title', { name: activity.artifact.name });
      blocks = worksheetBlocks(worksheet(activity), words);
      break;
    }
    case 'case': {
      const c = curriculum.caseStudies.find((s) => s.id === handout.id);
      if (!c) throw new Error(`docx: no case study "${handout.id}"`);
      title = c.title;
      blocks = caseBlocks(await study(c), words, link);
      break;
    }
    case 'module-pack': {
      const module = curriculum.modules.find((m) => m.id === handout.id);
      if (!module) throw new Error(`docx: no module "${handout.id}"`);
      title = t('docx.modulePack', { module: module.title });
      blocks = packBlocks(
        {
          title,
          intro: module.summary,
          agenda: [
            {
              heading: module.title,
              lines: module.agenda.map((item) => ({ time: formatDuration(item.minutes, durationWords(t)), title: item.title })),
            },
          ],
          worksheets: activitiesOf(curriculum, module).map(worksheet),
          cases: await Promise.all(casesOf(curriculum, module).map(study)),
          glossary: [],
        },
        words,
        link,
      );
      break;
    }
    case 'format-pack': {
      const format = formatById(handout.id);
      const scheduleT = translator(scheduleTexts(t.all(), englishTexts));
      const schedule = builtInSchedule(timedModules(curriculum.modules), format);
      const used = inTrainingOrder(curriculum);
      title = t('print.title.participant', { format: formatName(scheduleT, format.id) });
      blocks = packBlocks(
        {
          title,
          intro: t('print.description.participant', { format: formatName(scheduleT, format.id) }),
          agenda: schedule.sessions.map((s) => {
            const view = sessionView(s, scheduleT);
            return { heading: `${view.label} · ${view.time}`, lines: view.lines.map((l) => ({ time: l.time, title: l.title })) };
          }),
          worksheets: used.activities.map(worksheet),
          cases: await Promise.all(used.cases.map(study)),
          glossary: glossary(curriculum),
        },
        words,
        link,
      );
      break;
    }
  }
  const bytes = await docxBytes(wordDocument(title, blocks, words, t('docx.language')));
  return new Response(bytes, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
