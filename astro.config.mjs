// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeGlossaryLinks from './src/plugins/rehype-glossary-links.ts';
import contentSecurityPolicy from './src/integrations/csp.ts';
import offlineServiceWorker from './src/integrations/offline.ts';
import rehypeBaseLinks from './src/plugins/rehype-base-links.ts';
import { createDeployment, deploymentIntegration, settingsFromEnv } from './src/plugins/deployment.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { siteSidebar } from './src/lib/sidebar.ts';
import contentCheck from './src/integrations/content-check.ts';
import quietBuild from './src/integrations/quiet-build.ts';
import saveLists from './src/integrations/save-lists.ts';
import { inSitemap } from './src/lib/sitemap.ts';
import { editBaseUrl, englishSocialLabels, readPublisher, socialLinks } from './src/lib/publisher.ts';

const content = process.env['CURRICULUM_CONTENT'] ?? './content';
// Where the site is served: SITE and BASE_PATH (README "Deploy"); `astro build --base /x/` wins over both.
const settings = settingsFromEnv(process.env);
const deployment = createDeployment(settings);
// Who publishes this copy (content/publisher.yaml): "Edit this page" and the header links come from it.
const publisher = readPublisher(content);
const editLink = editBaseUrl(publisher);

/** The interface dictionaries by language (`src/content/i18n/<lang>.json`), for the sidebar labels. */
function interfaceDictionaries() {
  const folder = new URL('./src/content/i18n/', import.meta.url);
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(new URL(file, folder), 'utf8'))]),
  );
}

/** The languages: Starlight's locales, and the same in the sitemap's alternates. */
const locales = {
  root: { label: 'English', lang: 'en' },
  es: { label: 'Español', lang: 'es' },
};

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [
        // Link the first use of each glossary term on a page to its definition.
        [rehypeGlossaryLinks, { root: content, base: deployment }],
        // Put the base in front of the links content bodies write (`[x](/activities/x/)`).
        [rehypeBaseLinks, { deployment, root: content }],
      ],
    }),
  },
  integrations: [
    // First, so a content mistake stops the build with one line per problem before Astro reads the content.
    contentCheck(),
    // Learns the base Astro resolved (flag, BASE_PATH or default) for the plugins above.
    deploymentIntegration(deployment),
    starlight({
      title: { en: 'Distributed Organizing', es: 'Organización distribuida' },
      // English at the root, Spanish under /es/ (src/lib/urls.ts LOCALE_PREFIXES, src/schemas/translation.ts).
      defaultLocale: 'root',
      locales,
      description:
        'A 16–20 hour training on distributed organizing for worker organizations: modules, activities, case studies and facilitator guides.',
      favicon: '/favicon.svg',
      customCss: ['./src/styles/custom.css'],
      components: {
        Search: './src/components/overrides/Search.astro',
        Footer: './src/components/overrides/Footer.astro',
        // The theme switch within reach on a phone: at the top of the menu, and in the header of pages without one.
        Header: './src/components/overrides/Header.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
      },
      ...(editLink === undefined ? {} : { editLink: { baseUrl: editLink } }),
      social: socialLinks(publisher, englishSocialLabels),
      routeMiddleware: './src/routeData.ts',
      lastUpdated: false,
      pagination: false,
      sidebar: siteSidebar(interfaceDictionaries()),
    }),
    mdx(),
    // Starlight's own sitemap (it adds @astrojs/sitemap unless the site does), with the same language
    // alternates, leaving out the pages that say noindex (src/lib/sitemap.ts).
    sitemap({
      i18n: { defaultLocale: 'root', locales: Object.fromEntries(Object.entries(locales).map(([key, { lang }]) => [key, lang])) },
      filter: (page) => inSitemap(page, deployment.base),
    }),
    // Leaves one known-harmless bundler warning out of the build log (src/lib/build-log.ts).
    quietBuild(),
    // Last, so it sees the final HTML: a strict Content-Security-Policy for every page.
    contentSecurityPolicy(),
    // After the CSP (the final bytes), before the service worker: the "Save for offline" lists (offline/save.json).
    saveLists(),
    // After the policy, so the offline pages it precaches are the final HTML: the service worker (issue 17).
    offlineServiceWorker(),
  ],
});
