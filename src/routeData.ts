/**
 * Adds the training's sessions to Starlight's sidebar, from the curriculum data, so the
 * sidebar always matches the content. The current module stays highlighted on both its
 * participant and facilitator pages.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCurriculum } from './data/curriculum.ts';
import { hrefIn } from './components/href.ts';
import { sidebarSessions } from './lib/sidebar.ts';
import { paths, rebase, toolPaths } from './lib/urls.ts';
import { ICONS, THEME_COLOR } from './lib/web-manifest.ts';
import { richText } from './lib/i18n.ts';
import { escapeAttribute, escapeText } from './lib/schedule-html.ts';
import { getPublisher } from './data/publisher.ts';
import { starlightEditUrl } from './lib/publisher.ts';
import { contentRoot } from './schemas/collections.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const href = hrefIn(route.locale);
  // The 404 page (content/docs/404.md) is a draft only so Starlight does not also list it as a
  // page: show it without the draft notice, its buttons under the deployment base.
  if (route.id === '404') {
    const { data } = route.entry;
    route.entry = {
      ...route.entry,
      data: {
        ...data,
        draft: false,
        hero: data.hero && { ...data.hero, actions: data.hero.actions.map((a) => ({ ...a, link: href(a.link) })) },
      },
    };
  }
  // "Edit this page" of a Starlight page (content/docs/): Starlight joins editLink.baseUrl and the
  // path from the project; join the path under `content/` instead, wherever the content root is.
  if (route.editUrl !== undefined && route.entry.filePath !== undefined) {
    const url = starlightEditUrl(await getPublisher(), route.editUrl.href, route.entry.filePath, contentRoot());
    route.editUrl = url === undefined ? undefined : new URL(url);
  }
  const curriculum = await getCurriculum(route.locale);
  const sessions = sidebarSessions(curriculum, context.url.pathname, href);
  const group = {
    type: 'group' as const,
    label: context.locals.t('nav.sidebar.sessions'),
    collapsed: false,
    badge: undefined,
    entries: sessions.map((s) => ({
      type: 'link' as const,
      label: s.label,
      href: s.href,
      isCurrent: s.isCurrent,
      badge: undefined,
      attrs: {},
    })),
  };
  const [first, ...rest] = route.sidebar;
  route.sidebar = first ? [first, group, ...rest] : [group];
  // A translated page says, in one line at the top, that the translation is ours and not yet
  // reviewed; the page of an entry whose file names its bilingual reviewer says nothing.
  if (route.locale !== undefined && context.locals.translationReviewer === undefined) {
    const parts = richText(context.locals.t('translation.notice'));
    const link = href(paths.translations());
    const content = parts
      .map((part) => (part.tag === 'link' ? `<a href="${escapeAttribute(link)}">${escapeText(part.text)}</a>` : escapeText(part.text)))
      .join('');
    route.entry = { ...route.entry, data: { ...route.entry.data, banner: { content } } };
  }
  // Installable (issue 17): the manifest of the page's language, the site's colour for the browser's bars, an icon for iOS.
  route.head.push(
    { tag: 'link', attrs: { rel: 'manifest', href: href(toolPaths.manifest()) } },
    { tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLOR } },
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: href(`/icons/${ICONS[0].file}`, { locale: 'en' }) } },
  );
  // Starlight writes a splash page's hero links (frontmatter `hero.actions[].link`) as they are: add the base.
  for (const action of route.entry.data.hero?.actions ?? []) action.link = rebase(action.link, import.meta.env.BASE_URL);
});
