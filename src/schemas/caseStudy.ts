/**
 * A case study. `documented` cases are real organizations and state only what their
 * sources say (at least two sources). `composite` cases are teaching cases built from
 * common patterns; they name no real organization or person and say so on the page.
 */
import { fields, list, oneOf, text, year, type ReferenceBuilder } from './fields.ts';
import { sourceSchema } from './shared.ts';

export const caseKinds = ['documented', 'composite'] as const;
export type CaseKind = (typeof caseKinds)[number];

/** The sectors used to filter cases. */
export const caseSectors = [
  'agriculture',
  'domestic-work',
  'restaurant',
  'retail',
  'fast-food',
  'worker-center',
  'electoral',
  'climate',
  'environmental',
  'community',
  'faith-based',
  'immigrant-rights',
] as const;
export type CaseSector = (typeof caseSectors)[number];

export const caseStudySchema = (reference: ReferenceBuilder) =>
  fields('a case study', {
    /** Page title, e.g. "Neighborhood teams in the 2008 Obama campaign". */
    title: text('the case title'),
    /** Documented (real, sourced) or composite (illustrative). */
    kind: oneOf(caseKinds, 'the case kind'),
    /** The organization or campaign. For a composite, an invented descriptive name ("a regional worker center"). */
    organization: text('the organization'),
    /** Sector, for filtering. */
    sector: oneOf(caseSectors, 'the sector'),
    /** Where, e.g. "California, United States". */
    region: text('the region'),
    /** The years the case covers. */
    years: fields('the years (start and end)', { start: year('the first year'), end: year('the last year').optional() }),
    /** Practices the case illustrates. */
    practices: list(reference('practices'), 'practices', 1),
    /** Two or three sentences shown in lists. */
    summary: text('the case summary'),
    /** Questions for discussion: 3 to 5. */
    questions: list(text('a discussion question'), 'discussion questions', 3, 5),
    /** Public sources. A documented case needs at least two. */
    sources: list(sourceSchema, 'sources', 0).default([]),
  });
