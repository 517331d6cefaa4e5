import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AstroIntegration } from 'astro';
import { isUnderBase, normalizeBase, pageUrl, paths, rebase, rebaseSrcset, stripBase, toolPaths, withBase } from '../../src/lib/urls.ts';
import { PAGE_TYPES, PAGE_TYPE_SPECS, pageType, patternRegex } from '../../src/lib/page-types.ts';
import { pageType as benchPageType, PAGE_TYPES as BENCH_PAGE_TYPES } from '../../scripts/lib/page-types.ts';
import { PAGE_TYPES as SEARCH_TYPES } from '../../src/lib/facets.ts';
import { siteSidebar } from '../../src/lib/sidebar.ts';
import { createDeployment, deploymentIntegration, settingsFromEnv } from '../../src/plugins/deployment.ts';
import { rebaseTree } from '../../src/plugins/rehype-base-links.ts';
import rehypeGlossaryLinks from '../../src/plugins/rehype-glossary-links.ts';
import { linkProblems, outsideBaseProblems, pagesIn } from '../support/gates.ts';

describe('pageUrl', () => {
  it('gives the path itself at the root, and the path under any spelling of a base', () => {
    expect(pageUrl('/modules/x/')).toBe('/modules/x/');
    expect(pageUrl('/', { base: '/' })).toBe('/');
    for (const base of ['/curriculum-site/', '/curriculum-site', 'curriculum-site', '//curriculum-site//']) {
      expect(pageUrl('/modules/x/', { base })).toBe('/curriculum-site/modules/x/');
      expect(pageUrl('/', { base })).toBe('/curriculum-site/');
    }
  });

  it('keeps anchors and queries, and the root locale adds nothing', () => {
    expect(pageUrl(paths.term('one-on-one'), { base: '/a/b/' })).toBe('/a/b/glossary/#one-on-one');
    expect(pageUrl(`${toolPaths.builder()}?format=two-day`, { base: '/a/', locale: 'en' })).toBe('/a/schedules/builder/?format=two-day');
  });

  it('refuses a path that is not site-relative', () => {
    expect(() => pageUrl('modules/x/')).toThrow('pageUrl: expected a site-relative path starting with "/"; found "modules/x/"');
    expect(() => pageUrl('//evil.example/')).toThrow('found "//evil.example/"');
  });

  it('keeps withBase(base, path) with its old meaning', () => {
    expect(withBase('/docs/', '/modules/x/')).toBe('/docs/modules/x/');
    expect(withBase('/', '/modules/x/')).toBe('/modules/x/');
    expect(withBase('/docs', '/')).toBe('/docs/');
  });
});

describe('the base', () => {
  it('normalizes every spelling to one', () => {
    expect(['', '/', '//'].map(normalizeBase)).toEqual(['/', '/', '/']);
    expect(['x', '/x', 'x/', '/x/', '/a/b'].map(normalizeBase)).toEqual(['/x/', '/x/', '/x/', '/x/', '/a/b/']);
  });

  it('tells a URL inside the base from one outside, without mistaking a longer segment', () => {
    expect(isUnderBase('/x/', '/x/')).toBe(true);
    expect(isUnderBase('/x', '/x/')).toBe(true);
    expect(isUnderBase('/x/modules/a/', '/x/')).toBe(true);
    expect(isUnderBase('/x?q=1', '/x/')).toBe(true);
    expect(isUnderBase('/xy/', '/x/')).toBe(false);
    expect(isUnderBase('/modules/a/', '/x/')).toBe(false);
    expect(isUnderBase('/modules/a/', '/')).toBe(true);
    expect(isUnderBase('//host/x/', '/')).toBe(false);
  });

  it('takes the base off a URL, and leaves a URL outside it alone', () => {
    expect(stripBase('/x/modules/a/', '/x/')).toBe('/modules/a/');
    expect(stripBase('/x/', '/x/')).toBe('/');
    expect(stripBase('/x', '/x/')).toBe('/');
    expect(stripBase('/modules/a/', '/x/')).toBe('/modules/a/');
    expect(stripBase('/modules/a/', '/')).toBe('/modules/a/');
  });

  it('rebases a hand-written root-relative link once, and nothing else', () => {
    expect(rebase('/activities/a/', '/x/')).toBe('/x/activities/a/');
    expect(rebase(rebase('/activities/a/', '/x/'), '/x/')).toBe('/x/activities/a/');
    expect(rebase('/activities/a/', '/')).toBe('/activities/a/');
    for (const url of ['#top', '../a/', 'a/', 'https://example.org/a/', '//cdn.example/a.js', 'mailto:a@example.org'])
      expect(rebase(url, '/x/')).toBe(url);
    expect(rebaseSrcset('/a.png 1x, /x/b.png 2x, c.png 3x', '/x/')).toBe('/x/a.png 1x, /x/b.png 2x, c.png 3x');
  });
});

describe('page types', () => {
  it('build their patterns from paths', () => {
    const module = PAGE_TYPE_SPECS.find((spec) => spec.name === 'module');
    expect(module?.patterns).toEqual([paths.module(':id')]);
    expect(patternRegex(paths.facilitator(':id')).source).toBe(String.raw`^\/modules\/[^/]+\/facilitator\/$`);
  });

  it('classify each example as its own type, and a literal path before a pattern', () => {
    for (const spec of PAGE_TYPE_SPECS) expect([spec.example, pageType(spec.example)]).toEqual([spec.example, spec.name]);
    expect(pageType(toolPaths.builder())).toBe('schedule-builder');
    expect(pageType(toolPaths.runBuilt())).toBe('run');
    expect(pageType(toolPaths.schedule('two-day'))).toBe('schedule');
    expect(pageType(toolPaths.runModule('opening'))).toBe('run');
    expect(pageType('/404/')).toBe('not-found');
    expect(pageType('/glossary/')).toBe('index');
    expect(pageType('/something/else/entirely/')).toBe('index');
  });

  it('are the list the benchmark and the search facets read', () => {
    expect(BENCH_PAGE_TYPES).toBe(PAGE_TYPES);
    expect(benchPageType).toBe(pageType);
    expect(PAGE_TYPES).toEqual(PAGE_TYPE_SPECS.map((spec) => spec.name));
    expect(new Set(PAGE_TYPES).size).toBe(PAGE_TYPES.length);
    expect(SEARCH_TYPES.case).toBe('Case study');
  });
});

describe('the sidebar', () => {
  it('links every section through paths, in the groups readers know', () => {
    const sidebar = siteSidebar();
    expect(sidebar.map((group) => group.label)).toEqual(['Start here', 'In the room', 'After the training', 'Library']);
    expect(sidebar.flatMap((group) => group.items.map((item) => item.link))).toEqual([
      paths.home(),
      paths.curriculum(),
      paths.search(),
      paths.guide('about-this-curriculum'),
      paths.forDirectors(),
      paths.publisher(),
      toolPaths.schedules(),
      toolPaths.builder(),
      toolPaths.printouts(),
      paths.programs(),
      paths.coachingCalls(),
      paths.activities(),
      paths.caseStudies(),
      paths.practices(),
      paths.pictures(),
      paths.glossary(),
      paths.guides(),
    ]);
    for (const item of sidebar.flatMap((group) => group.items)) expect(pageType(item.link)).not.toBe('not-found');
  });
});

describe('where the site is deployed', () => {
  it('defaults to the root of the example host', () => {
    expect(settingsFromEnv({})).toEqual({ site: 'https://distributed-organizing.example', base: '/' });
    expect(settingsFromEnv({ SITE: '', BASE_PATH: '' })).toEqual({ site: 'https://distributed-organizing.example', base: '/' });
  });

  it('reads SITE and BASE_PATH, and takes the base from a SITE with a path', () => {
    expect(settingsFromEnv({ SITE: 'https://org.example', BASE_PATH: 'curriculum-site' })).toEqual({
      site: 'https://org.example',
      base: '/curriculum-site/',
    });
    expect(settingsFromEnv({ SITE: 'https://org.github.io/curriculum-site/' })).toEqual({
      site: 'https://org.github.io',
      base: '/curriculum-site/',
    });
    expect(settingsFromEnv({ SITE: 'https://org.github.io/a/', BASE_PATH: '/b/' }).base).toBe('/b/');
  });

  it('says what to fix for a SITE that is not an address', () => {
    expect(() => settingsFromEnv({ SITE: 'org.github.io' })).toThrow(
      'SITE: expected an absolute URL such as https://example.org; found "org.github.io". Fix: set SITE to the address the site is served from.',
    );
  });
});

type ConfigDone = NonNullable<AstroIntegration['hooks']['astro:config:done']>;
const configDone = (integration: AstroIntegration, base: string) =>
  (integration.hooks['astro:config:done'] as ConfigDone)({ config: { base } } as unknown as Parameters<ConfigDone>[0]);

describe('Markdown under a base', () => {
  it('the base-links plugin prefixes root-relative URLs once, in elements and MDX JSX', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', properties: { href: '/activities/a/' }, children: [] },
        { type: 'element', properties: { href: '/x/activities/a/', src: 'pic.png', srcSet: ['/a.png 1x', '/b.png 2x'] }, children: [] },
        { type: 'element', properties: { href: '#top', poster: '/poster.png' }, children: [] },
        { type: 'mdxJsxTextElement', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/cases/c/' }], children: [] },
      ],
    };
    rebaseTree(tree, '/x/');
    rebaseTree(tree, '/x/');
    expect(tree.children).toEqual([
      { type: 'element', properties: { href: '/x/activities/a/' }, children: [] },
      { type: 'element', properties: { href: '/x/activities/a/', src: 'pic.png', srcSet: ['/x/a.png 1x', '/x/b.png 2x'] }, children: [] },
      { type: 'element', properties: { href: '#top', poster: '/x/poster.png' }, children: [] },
      { type: 'mdxJsxTextElement', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/x/cases/c/' }], children: [] },
    ]);
  });

  it('the glossary plugin links terms under the base the integration learned', () => {
    const deployment = createDeployment({ site: 'https://org.example', base: '/' });
    const plugin = rehypeGlossaryLinks({ root: 'content', base: deployment });
    configDone(deploymentIntegration(deployment), '/from-flag');
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', children: [{ type: 'text', value: 'Plan a one-on-one.' }] }] };
    plugin(tree);
    expect(JSON.stringify(tree)).toContain('"href":"/from-flag/glossary/#one-on-one"');
  });
});

describe('astro.config.mjs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** The config as Astro loads it, and its Markdown renderer after Astro resolved `base` (flag or not). */
  async function loadConfig(resolvedBase?: string) {
    const { default: config } = await import('../../astro.config.mjs');
    const integration = config.integrations?.find((i): i is AstroIntegration => !!i && 'name' in i && i.name === 'curriculum:deployment');
    if (!integration) throw new Error('astro.config.mjs: expected the curriculum:deployment integration; found none');
    configDone(integration, resolvedBase ?? config.base ?? '/');
    const processor = config.markdown?.processor;
    if (!processor) throw new Error('astro.config.mjs: expected markdown.processor; found none');
    const renderer = await processor.createRenderer({ syntaxHighlight: false });
    const render = async (markdown: string) => (await renderer.render(markdown)).code;
    return { config, render };
  }

  const body = 'Start with [Call 1](/coaching-calls/call-1/) and plan a one-on-one.';

  it('gives the example host and the root without environment', async () => {
    vi.stubEnv('SITE', '');
    vi.stubEnv('BASE_PATH', '');
    const { config, render } = await loadConfig();
    expect([config.site, config.base]).toEqual(['https://distributed-organizing.example', '/']);
    const html = await render(body);
    expect(html).toContain('href="/coaching-calls/call-1/"');
    expect(html).toContain('href="/glossary/#one-on-one"');
  });

  it('gives the same links from BASE_PATH as from `astro build --base`', async () => {
    vi.stubEnv('SITE', 'https://org.github.io');
    vi.stubEnv('BASE_PATH', '/curriculum-site/');
    const fromEnv = await loadConfig();
    expect([fromEnv.config.site, fromEnv.config.base]).toEqual(['https://org.github.io', '/curriculum-site/']);
    const envHtml = await fromEnv.render(body);
    expect(envHtml).toContain('href="/curriculum-site/coaching-calls/call-1/"');
    expect(envHtml).toContain('href="/curriculum-site/glossary/#one-on-one"');

    vi.unstubAllEnvs();
    vi.resetModules();
    vi.stubEnv('BASE_PATH', '');
    const fromFlag = await loadConfig('/curriculum-site/');
    expect(fromFlag.config.base).toBe('/');
    await expect(fromFlag.render(body)).resolves.toBe(envHtml);
  });
});

describe('the link and asset gate under a base', () => {
  const root = 'tests/fixtures/base-site';
  const pages = pagesIn(root);

  it('reports every URL outside the base, in pages and stylesheets', () => {
    expect(pages).toEqual(['/', '/about/']);
    expect(outsideBaseProblems(root, pages, '/x/')).toEqual([
      '/: href "/about/" is outside the base /x/',
      '/: action "/search/" is outside the base /x/',
      '/: srcset "/pixel.svg" is outside the base /x/',
      '/: url() "/hero.png" is outside the base /x/',
      '/_astro/site.css: url() "/texture.png" is outside the base /x/',
    ]);
  });

  it('resolves links under the base, and reports those outside it or missing', () => {
    expect(linkProblems(root, pages, { base: '/x/' })).toEqual([
      '/: href="/about/" points at /about/, outside the base /x/',
      '/: href="/x/missing/" points at /x/missing/, which the build did not write',
    ]);
    expect(linkProblems(root, ['/about/'], { base: '/x/' })).toEqual([]);
    expect(linkProblems(root, pages, { base: '/x/', skip: (path) => path === '/missing/' })).toEqual([
      '/: href="/about/" points at /about/, outside the base /x/',
    ]);
  });
});
