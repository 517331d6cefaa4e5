/**
 * What the picture pages show, computed from the curriculum: where a picture is used, the
 * poster's PDF files, and the drawing with ids unique to where it appears. Pages lay these out.
 */
import type { Curriculum, Picture } from '../curriculum.ts';
import { lookup } from '../curriculum.ts';
import { english, type Translate } from '../labels.ts';
import { POSTER_PAPERS, type Paper, type PdfRequest } from '../print-files.ts';
import { toolPaths } from '../urls.ts';
import { drawPicture, isWide, type Drawing } from './index.ts';

/** A link on a page: its words and site path. */
export interface PictureLink {
  title: string;
  url: string;
}

/** The picture's SVG, with ids that start with `idPrefix` (one prefix per place on a page). */
export function pictureDrawing(picture: Picture, idPrefix: string): Drawing {
  return drawPicture(picture.drawing, { title: picture.title, alt: picture.alt }, { idPrefix: `pic-${idPrefix}` });
}

/** Where the picture is put up (facilitator notes of an agenda item) and shown (activity pages), in training order. */
export function picturePlaces(curriculum: Curriculum, picture: Picture, t: Translate = english): PictureLink[] {
  const items = picture.uses.map((use) => {
    const module = lookup(curriculum.modules, use.moduleId, 'module');
    return {
      title: t('pictures.page.whereItem', { module: module.title, number: use.itemNumber, item: use.itemTitle }),
      url: `${module.facilitatorUrl}#${use.anchor}`,
    };
  });
  const activities = picture.activityIds.map((id) => {
    const activity = lookup(curriculum.activities, id, 'activity');
    return { title: t('pictures.page.whereActivity', { title: activity.title }), url: activity.url };
  });
  return [...items, ...activities];
}

/** The module titles where a picture is put up, for the index. */
export function pictureModules(curriculum: Curriculum, picture: Picture): string[] {
  return [...new Set(picture.uses.map((use) => lookup(curriculum.modules, use.moduleId, 'module').title))];
}

/** The file name of a picture's poster PDFs, without paper and extension. */
export function posterStem(picture: Pick<Picture, 'id'>): string {
  return `poster-${picture.id}`;
}

/** What the poster page asks the PDF step for: every poster paper, landscape when the drawing is wide. */
export function posterRequest(picture: Picture, t: Translate = english): PdfRequest {
  return {
    stem: posterStem(picture),
    papers: POSTER_PAPERS,
    footer: t('pictures.poster.footer', { title: picture.title }),
    landscape: isWide(pictureDrawing(picture, 'poster')),
  };
}

/** The poster's PDF files, one per paper size, with the paper's name. */
export function posterFiles(picture: Picture, t: Translate = english): (PictureLink & { paper: Paper })[] {
  return POSTER_PAPERS.map((paper) => ({
    paper,
    title: t('pictures.page.posterPdf', { paper: t(`pictures.paper.${paper}`) }),
    url: toolPaths.pdfFile(posterStem(picture), paper),
  }));
}
