// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeGlossaryLinks from './src/plugins/rehype-glossary-links.ts';
import contentSecurityPolicy from './src/integrations/csp.ts';
import quietBuild from './src/integrations/quiet-build.ts';

const content = process.env['CURRICULUM_CONTENT'] ?? './content';

export default defineConfig({
  site: 'https://distributed-organizing.example',
  trailingSlash: 'always',
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      // Link the first use of each glossary term on a page to its definition.
      rehypePlugins: [[rehypeGlossaryLinks, { folder: `${content}/glossary`, base: '/' }]],
    }),
  },
  integrations: [
    starlight({
      title: 'Distributed Organizing',
      description:
        'A 16–20 hour training on distributed organizing for worker organizations: modules, activities, case studies and facilitator guides.',
      favicon: '/favicon.svg',
      customCss: ['./src/styles/custom.css'],
      components: { Search: './src/components/overrides/Search.astro' },
      routeMiddleware: './src/routeData.ts',
      lastUpdated: false,
      pagination: false,
      sidebar: [
        {
          label: 'Start here',
          items: [
            { label: 'Home', link: '/' },
            { label: 'Curriculum overview', link: '/curriculum/' },
            { label: 'Search and browse', link: '/search/' },
            { label: 'About this curriculum', link: '/guides/about-this-curriculum/' },
          ],
        },
        {
          label: 'In the room',
          items: [
            { label: 'Schedules and formats', link: '/schedules/' },
            { label: 'Schedule builder', link: '/schedules/builder/' },
          ],
        },
        { label: 'After the training', items: [{ label: 'Programs', link: '/programs/' }] },
        {
          label: 'Library',
          items: [
            { label: 'Activities', link: '/activities/' },
            { label: 'Case studies', link: '/cases/' },
            { label: 'Practices', link: '/practices/' },
            { label: 'Glossary', link: '/glossary/' },
            { label: 'Guides for trainers', link: '/guides/' },
          ],
        },
      ],
    }),
    mdx(),
    // Leaves one known-harmless bundler warning out of the build log (src/lib/build-log.ts).
    quietBuild(),
    // Last, so it sees the final HTML: a strict Content-Security-Policy for every page.
    contentSecurityPolicy(),
  ],
});
