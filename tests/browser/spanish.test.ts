/**
 * The Spanish edition (/es/) for real readers, in Chromium: a participant's and a trainer's walk in
 * Spanish (home → module → facilitator page → activity → worksheet kept on the device → case → search),
 * the language switch on one page of every page type, no English interface sentence on a Spanish
 * page, no link from a Spanish page to an English one, and Spanish search (ranking, accents optional).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_TYPES, pageType, type PageType } from '../../scripts/lib/page-types.ts';
import type { CurriculumExport } from '../../src/lib/export.ts';
import { splitLocale } from '../../src/lib/urls.ts';
import { builtPages, openSite, type Site } from '../support/site.ts';

type Dictionary = Record<string, string>;
const en = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Dictionary;
const es = JSON.parse(readFileSync('src/content/i18n/es.json', 'utf8')) as Dictionary;
const spanish = JSON.parse(readFileSync('dist/es/curriculum.json', 'utf8')) as CurriculumExport;
const english = JSON.parse(readFileSync('dist/curriculum.json', 'utf8')) as CurriculumExport;
const pages = builtPages();
const built = new Set(pages);

/** A dictionary sentence with its `{{name}}` / `{{- name}}` / `{name}` placeholders filled. */
function say(key: string, values: Record<string, string | number> = {}): string {
  const sentence = es[key];
  if (sentence === undefined) throw new Error(`es.json has no key "${key}"`);
  return sentence.replace(/\{\{-?\s*(\w+)\s*\}\}|\{(\w+)\}/g, (whole, a?: string, b?: string) => String(values[(a ?? b)!] ?? whole));
}

/** The text of a `<link>…</link>` part of a dictionary sentence. */
const linkText = (key: string) => /<link>(.*?)<\/link>/.exec(say(key))![1]!;

/** The site path of a URL the browser is on ("http://127.0.0.1:1234/es/x/?q#a" → "/es/x/"). */
const pathOf = (url: string) => new URL(url).pathname;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

/** Every root-relative page link on the page that leaves /es/ (assets and the Pagefind bundle aside). */
async function linksOutOfSpanish(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((h) => !h.startsWith('/es/') && !/^\/(_astro|pagefind)\//.test(h) && !/\.(svg|xml|css)$/.test(h));
}

/** Clicks a link, checks it stays in Spanish, and waits for the page it opens. */
async function follow(page: Page, link: ReturnType<Page['locator']>, to: string): Promise<void> {
  const href = (await link.getAttribute('href')) ?? '';
  expect(href, `link "${await link.innerText()}" on ${pathOf(page.url())}`).toMatch(/^\/es\//);
  await link.click();
  await page.waitForURL(`**${to}`);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
}

describe('a Spanish participant and trainer walk the site', () => {
  const module = spanish.modules.find((m) => m.id === 'structure-and-teams')!;
  const activity = spanish.activities.find((a) => a.id === 'snowflake-chart')!;
  const study = spanish.caseStudies.find((c) => c.id === module.caseStudies[0])!;

  it('walks a module both editions have', () => {
    expect(spanish.modules.map((m) => m.id)).toEqual(english.modules.map((m) => m.id));
    expect(module, 'structure-and-teams in /es/curriculum.json').toBeDefined();
  });

  it('goes home → module → facilitator page → activity → worksheet (kept on the device) → case study → search, all in Spanish', async () => {
    const page = await site.newPage();
    const visited: string[] = [];
    const outOfSpanish: string[] = [];
    const arrive = async () => {
      visited.push(pathOf(page.url()));
      outOfSpanish.push(...(await linksOutOfSpanish(page)).map((h) => `${pathOf(page.url())}: ${h}`));
    };

    // Home.
    await page.goto(site.url('/es/'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(page.locator('h1').innerText()).resolves.toBe(say('home.hero.title'));
    const home = await page.locator('main').innerText();
    for (const key of ['home.trainers.heading', 'home.participants.heading', 'home.organizations.heading', 'home.sessions'])
      expect(home, key).toContain(say(key));
    await arrive();

    // Module, by its numbered link in the list of sessions ("6. Estructura y equipos").
    await follow(
      page,
      page.getByRole('link', { name: new RegExp(`^(\\d+\\. )?${module.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first(),
      module.url,
    );
    await expect(page.locator('h1').innerText()).resolves.toBe(module.title);
    const moduleHeadings = await page.locator('main h2').allInnerTexts();
    for (const key of ['module.objectives', 'module.agenda', 'module.activities', 'module.cases'])
      expect(moduleHeadings, key).toContain(say(key));
    const rows = page.locator('[data-agenda] tbody tr');
    await expect(rows.count()).resolves.toBe(module.agenda.length);
    for (const [i, item] of module.agenda.entries()) await expect(rows.nth(i).innerText()).resolves.toContain(item.title);
    await arrive();

    // Its facilitator page, from the role switch ("Abra la página para quien facilita").
    const facilitatorUrl = `/es/modules/${module.id}/facilitator/`;
    await follow(page, page.getByRole('link', { name: linkText('module.roleSwitch') }), facilitatorUrl);
    await expect(page.locator('h1').innerText()).resolves.toBe(say('facilitator.title', { title: module.title }));
    await expect(page.locator('[data-run-of-show] caption').innerText()).resolves.toBe(
      say('facilitator.runOfShowCaption', { start: '09:00' }),
    );
    await expect(page.locator('[data-facilitator-notes]').count()).resolves.toBe(module.agenda.length);
    await arrive();

    // An activity, from the facilitator's notes.
    await follow(page, page.locator('main').getByRole('link', { name: activity.title }).first(), activity.url);
    await expect(page.locator('h1').innerText()).resolves.toBe(activity.title);
    const activityHeadings = await page.locator('main h2').allInnerTexts();
    for (const key of ['activity.purpose', 'activity.space', 'activity.steps', 'activity.debrief', 'activity.variations', 'activity.tips'])
      expect(activityHeadings, key).toContain(say(key));
    await expect(page.locator('ol.steps > li').count()).resolves.toBe(activity.steps.length);
    await arrive();

    // Its worksheet, filled in, kept on the device through a reload.
    await follow(
      page,
      page.getByRole('link', { name: say('activity.printWorksheet', { name: activity.artifact.name }) }),
      `/es/worksheets/${activity.id}/`,
    );
    await expect(page.locator('h1').innerText()).resolves.toBe(say('worksheet.title', { name: activity.artifact.name }));
    await page.locator('.worksheet.is-live').waitFor();
    const central = page.getByLabel('Nuestro equipo central', { exact: true });
    await central.fill('Marta (líder miembro), Jo (personal)');
    const team = page.locator('[data-key="los-equipos-que-tenemos-hoy"]').getByLabel('Equipo, fila 1', { exact: true });
    await team.fill('Equipo de cocina');
    await page.reload();
    await page.locator('.worksheet.is-live').waitFor();
    await expect(central.inputValue()).resolves.toBe('Marta (líder miembro), Jo (personal)');
    await expect(team.inputValue()).resolves.toBe('Equipo de cocina');
    await expect(page.locator('.ws-message').textContent()).resolves.toContain(say('worksheet.fill.restored'));
    await expect(
      page
        .getByRole('button', { name: say('worksheet.fill.addRow') })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await arrive();

    // A case study the module assigns, from the module page.
    await page.goBack();
    await page.goBack();
    await page.waitForURL(`**${facilitatorUrl}`);
    await page.goBack();
    await page.waitForURL(`**${module.url}`);
    await follow(page, page.locator('#case-studies ~ ul').first().getByRole('link', { name: study.title }), study.url);
    await expect(page.locator('h1').innerText()).resolves.toBe(study.title);
    await expect(page.locator('[data-case-kind]').innerText()).resolves.toBe(say(`label.caseKind.${study.kind}`));
    await expect(page.locator('main h2').allInnerTexts()).resolves.toContain(
      say(study.kind === 'documented' ? 'case.sources' : 'case.questions'),
    );
    await expect(page.locator('#used-in ~ ul').first().innerText()).resolves.toContain(module.title);
    await arrive();

    // Search from the header, in Spanish, to a Spanish page.
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('site-search[data-ready]').waitFor({ state: 'attached' });
    await page.locator('#starlight__search input.pagefind-ui__search-input').fill('copo de nieve');
    const result = page.locator('#starlight__search .pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 15_000 });
    const target = pathOf(new URL((await result.getAttribute('href'))!, page.url()).href);
    await follow(page, result, target);
    await expect(page.locator('main').innerText()).resolves.toMatch(/copo de nieve/i);
    await arrive();

    expect(visited.every((path) => path.startsWith('/es/'))).toBe(true);
    expect(outOfSpanish, 'links on the pages of the walk that leave /es/').toEqual([]);
    await page.context().close();
  });
});

/** One English page of each type (the first the build wrote), with the Spanish path it should switch to. */
const onePerType: { type: PageType; path: string; spanishPath: string }[] = PAGE_TYPES.map((type) => {
  const path = pages.find((p) => splitLocale(p).locale === 'en' && pageType(p) === type)!;
  return { type, path, spanishPath: `/es${path}` };
});

describe('the language switch', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.newPage();
  });
  afterAll(async () => page.context().close());

  /** The hreflang alternates of the page in the browser, as site paths. */
  const alternates = () =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((l) => [
          l.hreflang,
          new URL(l.href).pathname,
        ]),
      ),
    );
  /** The values of the language select: the same page in each language. */
  const options = () =>
    page
      .locator('starlight-lang-select select')
      .first()
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));

  it('finds an English page of every page type', () => {
    expect(onePerType.filter((p) => p.path === undefined).map((p) => p.type)).toEqual([]);
  });

  // Every other type starts from the Spanish page, so the switch is tried both ways.
  it.each(onePerType.filter((p) => p.type !== 'not-found').map((p, i) => ({ ...p, from: i % 2 === 0 ? 'en' : 'es' })))(
    'switches $type ($path) from $from to the same page in the other language, which points back',
    async ({ path, spanishPath, from }) => {
      expect(built.has(spanishPath), `${spanishPath} is not built`).toBe(true);
      const [start, target, targetLang] = from === 'en' ? [path, spanishPath, 'es'] : [spanishPath, path, 'en'];
      await page.goto(site.url(start));
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(from);
      await expect(alternates()).resolves.toMatchObject({ en: path, es: spanishPath });
      await expect(options()).resolves.toEqual([path, spanishPath]);

      // The reader's way: the select in the header where it shows (run mode and the room view hide it).
      const visible = page.locator('starlight-lang-select select:visible').first();
      if ((await visible.count()) > 0) await visible.selectOption(target);
      else await page.goto(site.url(target));
      await page.waitForURL((url) => url.pathname === target);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(targetLang);
      await expect(alternates()).resolves.toMatchObject({ en: path, es: spanishPath });
      await expect(options()).resolves.toEqual([path, spanishPath]);
    },
  );

  it('gives a Spanish reader a Spanish page for a page that does not exist', async () => {
    await page.goto(site.url('/404.html'));
    const spanish404 = (await options()).find((v) => v.startsWith('/es/'));
    expect(
      spanish404 !== undefined && (built.has(spanish404) || built.has(spanish404.replace(/\/$/, '.html'))),
      `the 404 page (/404.html, lang="en") offers Español at ${spanish404}, which the build does not write: ` +
        'Starlight builds its 404 page for the root locale only, so a Spanish reader who picks Español lands on the English 404 again',
    ).toBe(true);
  });
});

/**
 * English dictionary sentences that a Spanish page may show: values of en.json that differ from
 * es.json, split at their placeholders and markup, keeping the parts of at least 2 words.
 */
const englishSentences = [
  ...new Set(
    Object.entries(en)
      .filter(([key, value]) => es[key] !== value)
      .flatMap(([, value]) => value.split(/\{\{[^}]*\}\}|\{[^}]*\}|<[^>]+>/))
      .map((part) =>
        part
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/^[\s,.:;·(–—-]+|[\s,.:;·(–—-]+$/g, ''),
      )
      // "of the" between two placeholders says nothing; a sentence has a word of 4 letters or more.
      .filter((part) => part.split(' ').length >= 2 && /[a-z]{4}/i.test(part)),
  ),
];

/** One Spanish page of every type: the last the build wrote (the language switch tries the first). */
const spanishSample = PAGE_TYPES.flatMap((type) => pages.filter((p) => splitLocale(p).locale === 'es' && pageType(p) === type).slice(-1));

/** The interface of a page, as a reader sees it: header, sidebar, navigation, buttons, table heads, labels, headings. */
async function interfaceText(page: Page): Promise<string[]> {
  return page
    .locator(
      'header, nav, .sidebar-content, button, th, caption, label, legend, summary, h1, h2, h3, h4, h5, h6, [role="button"], .button-link, select option, [aria-label]',
    )
    .evaluateAll((elements) =>
      elements.flatMap((el) => {
        const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
        const label = el.getAttribute('aria-label') ?? '';
        return [text, label].map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
      }),
    );
}

/** A sentence as a whole-word, case-insensitive pattern. */
const wholeWords = (sentence: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${sentence.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

describe('no English interface string on a Spanish page', () => {
  it('has English sentences to look for', () => {
    expect(englishSentences.length).toBeGreaterThan(300);
    expect(spanishSample.length).toBeGreaterThanOrEqual(PAGE_TYPES.length - 1);
  });

  it('finds English dictionary sentences on an English page (the check can fail)', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/modules/closing/'));
    const text = (await interfaceText(page)).join('\n').toLowerCase();
    await page.context().close();
    expect(englishSentences.filter((sentence) => wholeWords(sentence).test(text)).length).toBeGreaterThanOrEqual(5);
  });

  it('shows none of the English dictionary sentences on a Spanish page of every page type', async () => {
    const page = await site.newPage();
    const failures: string[] = [];
    for (const path of spanishSample) {
      await page.goto(site.url(path));
      await page.waitForLoadState('networkidle');
      const text = (await interfaceText(page)).join('\n').toLowerCase();
      // Whole words: "Domestic work" (a sector) is not "Domestic Workers United" (a name).
      for (const sentence of englishSentences) if (wholeWords(sentence).test(text)) failures.push(`${path}: ${sentence}`);
    }
    await page.context().close();
    expect(failures.join('\n'), 'English interface strings on Spanish pages').toBe('');
  });
});

describe('links from Spanish pages', () => {
  it('links from every Spanish page only to Spanish pages', () => {
    const failures = pages
      .filter((p) => splitLocale(p).locale === 'es')
      .flatMap((path) => {
        const html = readFileSync(`dist${path}index.html`, 'utf8');
        const hrefs = [...html.matchAll(/<a\b[^>]*\shref="(\/[^"]*)"/g)].map((m) => m[1]!);
        const english = [
          ...new Set(hrefs.filter((h) => !h.startsWith('/es/') && !/^\/(_astro|pagefind)\//.test(h)).map((h) => h.split('#')[0]!)),
        ];
        return english.map((h) => `${path}: ${h}`);
      });
    expect(
      failures.join('\n'),
      `${failures.length} links from Spanish pages to English pages (schedules and print packs link facilitator pages ` +
        'and run mode in English; links written in some Spanish Markdown bodies keep the English path)',
    ).toBe('');
  });

  it('lists Spanish page paths in /es/curriculum.json', () => {
    const urls = [
      ...spanish.modules.flatMap((m) => [`${m.id} url: ${m.url}`, `${m.id} facilitatorUrl: ${m.facilitatorUrl}`]),
      ...spanish.activities.flatMap((a) => [`${a.id} url: ${a.url}`, `${a.id} worksheetUrl: ${a.worksheetUrl}`]),
      ...spanish.caseStudies.map((c) => `${c.id} url: ${c.url}`),
      ...spanish.practices.map((p) => `${p.id} url: ${p.url}`),
    ];
    expect(
      urls.filter((u) => !u.split(': ')[1]!.startsWith('/es/')),
      '/es/curriculum.json fields that point at English pages (src/lib/export.ts)',
    ).toEqual([]);
  });
});

describe('Spanish search', () => {
  /** The result links of /es/search/ for a query, as the page writes them. */
  async function searchPage(query: string): Promise<string[]> {
    const page = await site.newPage();
    await page.goto(site.url(`/es/search/?q=${encodeURIComponent(query)}`));
    await page.locator('[data-results] li > a').first().waitFor({ timeout: 20_000 });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    const hrefs = await page.locator('[data-results] li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    await page.context().close();
    return hrefs;
  }

  /**
   * The page a result points at, without its section. Pagefind's URLs already carry /es/, and the
   * search page adds /es/ again (checked on its own below), so a doubled prefix counts once here and
   * the ranking is tested for itself.
   */
  const pageOf = (href: string) => href.replace(/^\/es\/es\//, '/es/');

  const results = new Map<string, string[]>();
  beforeAll(async () => {
    for (const query of ['liderazgo', 'reunión uno a uno', 'reunion uno a uno', 'copo de nieve'])
      results.set(query, await searchPage(query));
  });

  it('returns only Spanish pages, under /es/', () => {
    for (const [query, hrefs] of results) {
      expect(hrefs.length, query).toBeGreaterThan(3);
      expect(
        hrefs.map(pageOf).filter((h) => !h.startsWith('/es/')),
        query,
      ).toEqual([]);
    }
  });

  it('links each result to a page the build wrote (one /es/, not two)', () => {
    const broken = [...results.values()]
      .flat()
      .filter((h) => !built.has(h.split('#')[0]!.split('?')[0]!))
      .slice(0, 5);
    expect(
      broken,
      '/es/search/ links its results to /es/es/…: the page gives Pagefind baseUrl href("/") = "/es/" (src/pages/[...locale]/search.astro) ' +
        "and Pagefind's URLs of Spanish pages already start with /es/",
    ).toEqual([]);
  });

  it('puts the glossary entry first and the leadership practice near the top for "liderazgo", as English does for "leadership"', () => {
    const hrefs = results.get('liderazgo')!.map(pageOf);
    expect(hrefs[0]).toMatch(/^\/es\/glossary\/#(distributed-)?leadership$/);
    expect(hrefs.slice(0, 5)).toContain('/es/practices/leadership/');
  });

  it('finds the one-on-one for "reunión uno a uno": the glossary entry, the relationships module and the trios activity first', () => {
    const hrefs = results.get('reunión uno a uno')!.map(pageOf);
    expect(hrefs[0]).toBe('/es/glossary/#one-on-one');
    expect(hrefs.slice(0, 3).map((h) => h.split('#')[0])).toEqual(
      expect.arrayContaining(['/es/modules/relationships/', '/es/activities/one-on-one-practice/']),
    );
  });

  it('finds the snowflake for "copo de nieve": the glossary entry, then the activity, the worksheet and the pictures', () => {
    const hrefs = results.get('copo de nieve')!.map((h) => pageOf(h).split('#')[0]!);
    expect(hrefs[0]).toBe('/es/glossary/');
    expect(pageOf(results.get('copo de nieve')![0]!)).toBe('/es/glossary/#snowflake-model');
    expect(hrefs.slice(0, 5)).toEqual(
      expect.arrayContaining(['/es/activities/snowflake-chart/', '/es/worksheets/snowflake-chart/', '/es/pictures/snowflake/']),
    );
  });

  it('makes accents optional: "reunion uno a uno" finds the same first result and the same pages as "reunión uno a uno"', () => {
    const accented = results.get('reunión uno a uno')!.map(pageOf);
    const plain = results.get('reunion uno a uno')!.map(pageOf);
    expect(plain[0], 'first result without the accent').toBe(accented[0]);
    expect(new Set(plain.slice(0, 6)), 'the first 6 pages, in any order').toEqual(new Set(accented.slice(0, 6)));
  });

  it('ranks like the English search for the same words', () => {
    const englishFirst = async (query: string) => {
      const page = await site.newPage();
      await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
      await page.locator('[data-results] li > a').first().waitFor({ timeout: 20_000 });
      const href = await page.locator('[data-results] li > a').first().getAttribute('href');
      await page.context().close();
      return href;
    };
    return Promise.all(
      (
        [
          ['liderazgo', 'leadership'],
          ['copo de nieve', 'snowflake'],
        ] as const
      ).map(async ([spanishQuery, englishQuery]) => {
        expect(pageOf(results.get(spanishQuery)![0]!), spanishQuery).toBe(`/es${(await englishFirst(englishQuery))!}`);
      }),
    );
  });
});
