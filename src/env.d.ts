declare namespace App {
  interface Locals {
    /**
     * On a translated entry's page, the bilingual organizer who reviewed the translation (its
     * `translation.reviewer`); set by `entrySource` in src/data/curriculum.ts, read by the
     * one-line translation notice in src/routeData.ts.
     */
    translationReviewer?: string;
  }
}
