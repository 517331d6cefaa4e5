/**
 * Page types: what kind of page a built path is. The benchmark reports sizes per type and the
 * budget tests hold each type to its own budget, so both classify pages with these. The list
 * itself, with the URL patterns built from `paths`, lives in src/lib/page-types.ts.
 */
export { PAGE_TYPES, PAGE_TYPE_SPECS, pageType, type PageType } from '../../src/lib/page-types.ts';
