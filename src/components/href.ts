import { withBase } from '../lib/urls.ts';

/** A site-relative path with the deployment base in front. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);
