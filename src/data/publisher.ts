/** The publisher of this copy, read once per build from the `publisher` collection (`content/publisher.yaml`). */
import { getCollection } from 'astro:content';
import { editUrl, unnamedPublisher, type PublisherData } from '../lib/publisher.ts';
import { publisherSchema } from '../schemas/publisher.ts';

let cached: Promise<PublisherData> | undefined;

/** The checked publisher file, or only the licences when this copy has none. */
export function getPublisher(): Promise<PublisherData> {
  // The content check has passed the file already; parsing again gives its exact type.
  cached ??= getCollection('publisher').then((entries) => {
    const data: unknown = entries[0]?.data;
    return data === undefined ? unnamedPublisher : publisherSchema().parse(data);
  });
  return cached;
}

/** "Edit this page" for a page made from one content file (`content/…`): its address, or `false` when no repository is set. */
export async function editLinkFor(file: string): Promise<string | false> {
  return editUrl(await getPublisher(), file) ?? false;
}
