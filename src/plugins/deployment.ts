/**
 * Where the site is deployed: its origin (`SITE`) and base path (`BASE_PATH`), read from the
 * environment with today's defaults, and the base the build finally uses.
 *
 * `astro build --base /x/` is a command-line flag the config file never sees, so the Markdown
 * plugins must not take the base from the config file. The `deployment()` integration reads the
 * resolved base in `astro:config:done` (flags, environment and config merged) into a `Deployment`
 * that the plugins read when they run.
 */
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../lib/urls.ts';

export const DEFAULT_SITE = 'https://distributed-organizing.example';

export interface DeploymentSettings {
  /** The origin the site is served from, for canonical URLs and the sitemap. */
  site: string;
  /** The path the site lives under ("/" or "/curriculum-site/"). */
  base: string;
}

/**
 * `SITE` and `BASE_PATH` from an environment, with the defaults for the root of the example host.
 * A `SITE` with a path (`https://org.github.io/curriculum-site/`) also gives the base when
 * `BASE_PATH` is not set, so a GitHub Pages project site needs only one of them.
 */
export function settingsFromEnv(env: Record<string, string | undefined>): DeploymentSettings {
  const rawSite = env['SITE']?.trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new Error(
      `SITE: expected an absolute URL such as https://example.org; found "${rawSite}". Fix: set SITE to the address the site is served from.`,
    );
  }
  const rawBase = env['BASE_PATH']?.trim();
  return { site: url.origin, base: normalizeBase(rawBase || url.pathname) };
}

/** The base the build uses, shared between the integration (which learns it) and the plugins (which read it). */
export interface Deployment {
  base: string;
}

export function createDeployment(settings: DeploymentSettings): Deployment {
  return { base: settings.base };
}

/** Keeps `deployment.base` equal to the base Astro resolved, whichever way it was given. */
export function deploymentIntegration(deployment: Deployment): AstroIntegration {
  return {
    name: 'curriculum:deployment',
    hooks: {
      'astro:config:done': ({ config }) => {
        deployment.base = normalizeBase(config.base);
      },
    },
  };
}
