/**
 * Which bundler messages a build may leave out. Exactly one: Rolldown's
 * `MODULE_LEVEL_DIRECTIVE` warning about the `"use astro:head-inject"` directive.
 *
 * Astro writes that directive at the top of the module it generates for every MDX entry
 * (`astro/dist/content/vite-plugin-content-assets.js`, `?astroPropagatedAssets`) and reads
 * it itself while it transforms modules, to know which entries put styles into the page's
 * `<head>`. Rolldown then says, once per MDX file, that the directive may not survive
 * bundling; it need not, since nothing reads it afterwards. Every other message, and this
 * code for any other directive, still reaches the build log.
 */

/** The fields of a Rolldown/Rollup log that the decision needs. */
export interface BundlerLog {
  code?: string | undefined;
  message: string;
}

/** True for the one known-harmless warning, false for everything else. */
export function isAstroHeadInjectDirectiveWarning(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
