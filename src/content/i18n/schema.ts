/**
 * The keys of our interface dictionary, typed for `Astro.locals.t`. The English file
 * (`en.json`) is the one list of keys: every key it holds becomes an optional string field of
 * Starlight's i18n schema, so a Spanish `es.json` may leave a key out (Starlight falls back to
 * English); `tests/unit/i18n.test.ts` refuses a key that English does not have.
 */
import { z } from 'astro/zod';
import type { InterfaceKey } from '../../lib/labels.ts';
import en from './en.json' with { type: 'json' };

const keys = Object.keys(en) as InterfaceKey[];

/** `{ 'module.objectives': z.string(), … }` for every key of `en.json`, each optional. */
export const interfaceStrings = z
  .object(Object.fromEntries(keys.map((key) => [key, z.string()])) as Record<InterfaceKey, z.ZodString>)
  .partial();
