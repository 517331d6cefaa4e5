/**
 * Who publishes this copy of the curriculum: one YAML file, `content/publisher.yaml`.
 *
 * Every field except the licence may be left empty (written with no value, or left out):
 * the pages that would name a contact, a coach, a cost or a repository then say that this
 * copy has not named it and link to `/publisher/`, which explains how to set it (README
 * "Name the publisher"). Nothing here is ever filled in with an invented name or address.
 */
import { z } from 'astro/zod';
import { emailAddress, fields, oneOf, text, verbatim, webAddress } from './fields.ts';

/** An empty YAML value (`name:` with nothing after it) means "not named", as leaving the field out does. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null ? undefined : value), schema.optional());
}

/**
 * The licences this curriculum is published under. The content is CC BY-SA 4.0, whose
 * ShareAlike term means an adapted copy stays under the same licence; the code is MIT.
 */
export const contentLicences = ['CC-BY-SA-4.0'] as const;
export const codeLicences = ['MIT'] as const;

export const publisherSchema = () =>
  fields('the publisher file', {
    /** The organization that publishes and answers for this copy, e.g. "Worker Center Network". */
    organization: optional(verbatim('the name of the organization')),
    /** How to reach it: an email address, a web page, or both. */
    contact: optional(
      fields('the contact of the publisher', {
        email: optional(emailAddress('the contact email')),
        website: optional(webAddress('the web address of the organization')),
      }),
    ),
    /** The coaching cohort the publisher offers (content/programs/coaching-cohort.mdx). */
    coaching: optional(
      fields('the coaching offer', {
        /** Who coaches: roles and experience, e.g. "organizers with ten years of experience in worker centers". Never a made-up person. */
        coaches: optional(text('who coaches (roles and experience)')),
        /** What it costs, or how the cost is set. */
        cost: optional(text('the cost, or how the cost is set')),
        /** How to apply, in a sentence or two. */
        apply: optional(text('how to apply')),
        /** Where the application goes: a web form, or an email address. */
        applyTo: optional(
          fields('where the application goes', {
            email: optional(emailAddress('the email address applications go to')),
            website: optional(webAddress('the web address of the application form')),
          }),
        ),
      }),
    ),
    /** The source files: the repository anyone can read, fork and propose changes to. */
    source: optional(
      fields('the source repository', {
        /** The repository's web address, e.g. https://github.com/owner/name. */
        repository: optional(webAddress('the web address of the source repository')),
        /** The branch "Edit this page" opens. */
        branch: optional(verbatim('the branch to edit')),
      }),
    ),
    /** The licences (README "Licence"). */
    licence: fields('the licences', {
      content: oneOf(contentLicences, 'the licence of the content'),
      code: oneOf(codeLicences, 'the licence of the code'),
    }),
  });

export type PublisherData = z.output<ReturnType<typeof publisherSchema>>;
