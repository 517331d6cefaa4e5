/** A glossary term: one YAML file per term in `content/glossary/`; the file name is its id. */
import { fields, list, text, verbatim, yesNo, type ReferenceBuilder } from './fields.ts';

export const glossarySchema = (reference: ReferenceBuilder) =>
  fields('a glossary term', {
    /** The term as it appears in text, e.g. "One-on-one". */
    term: text('the term'),
    /** A plain-language definition in one to three sentences. */
    definition: text('the definition'),
    /** Practices this term belongs to. */
    practices: list(reference('practices'), 'practices', 0).default([]),
    /** Link the term's first use on each page to its definition (turn off for everyday words with other meanings, like "target"). */
    autoLink: yesNo('whether the term is linked automatically').default(true),
    /**
     * Phrases that contain the term but have no entry of their own and mean something else, e.g.
     * "follow-up coaching" for "Follow-up": the term is never linked inside them (src/lib/glossary-links.ts).
     */
    notInside: list(verbatim('a phrase'), 'phrases the term is not linked inside', 0).default([]),
  });
