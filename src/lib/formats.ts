/**
 * Workshop formats, in three parts: the format data and the builder's limits (`formats/data.ts`),
 * the layout engine (`formats/engine.ts`) and the link codec (`formats/link.ts`), with the texts
 * of their messages (`formats/messages.ts`). Import from here or from the part you need.
 */
export * from './formats/data.ts';
export * from './formats/engine.ts';
export * from './formats/link.ts';
export * from './formats/messages.ts';
