/**
 * The header search's results (src/components/overrides/Search.astro): Pagefind's UI with the
 * site's ranking, and its filters folded behind one button. The header's own script imports this
 * module only when the browser is idle or the reader opens search, so no content page loads it,
 * its ranking or its plural rules up front (README "Performance": a content page's JavaScript).
 */
// @ts-expect-error — Missing types for @pagefind/default-ui package.
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { GLOSSARY_TERMS_META, searchRanking } from '../lib/search-state.ts';
import { plural, type PluralForms } from '../lib/i18n.ts';

/** What the header's element says about where the index is and how links end. */
export interface SearchDialogOptions {
  /** `<site-search>`: holds `#starlight__search` and the filter words (`data-filter-words`). */
  host: HTMLElement;
  bundlePath: string;
  translations: Record<string, string>;
  formatURL: (path: string) => string;
}

/** Makes the search UI in the dialog, with the site's ranking, as on /search/. */
export function mountSearchDialog({ host, bundlePath, translations, formatURL }: SearchDialogOptions): void {
  new PagefindUI({
    ...pagefindUserConfig,
    element: '#starlight__search',
    baseUrl: import.meta.env.BASE_URL,
    bundlePath,
    showImages: false,
    translations,
    showSubResults: true,
    ranking: searchRanking(pagefindUserConfig['ranking']),
    processResult: (result: { url: string; meta: Record<string, string>; sub_results: Array<{ url: string }> }) => {
      // The glossary's term list is for ranking only.
      Reflect.deleteProperty(result.meta, GLOSSARY_TERMS_META);
      result.url = formatURL(result.url);
      result.sub_results = result.sub_results.map((sub) => ({ ...sub, url: formatURL(sub.url) }));
    },
  });
  foldFilters(host);
}

interface FilterWords {
  lang: string;
  filters: string;
  filtersChosen: PluralForms;
  showResults: PluralForms;
}

/**
 * Pagefind's filter panel folds behind a "Filters" button placed above the results, which counts
 * the values chosen; a "Show N results" button after the filters folds them again and moves to the
 * first result. Both are added next to Pagefind's own markup as it renders.
 */
function foldFilters(host: HTMLElement): void {
  const root = host.querySelector<HTMLElement>('#starlight__search');
  if (!root) return;
  let words: FilterWords;
  try {
    words = JSON.parse(host.dataset['filterWords'] || '') as FilterWords;
  } catch {
    return;
  }
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'search-filters-toggle';
  toggle.setAttribute('aria-expanded', 'false');
  const done = document.createElement('button');
  done.type = 'button';
  done.className = 'search-filters-done';
  const setText = (el: HTMLElement, text: string) => {
    if (el.textContent !== text) el.textContent = text;
  };
  const open = (yes: boolean) => {
    host.toggleAttribute('data-filters-open', yes);
    toggle.setAttribute('aria-expanded', String(yes));
  };
  toggle.addEventListener('click', () => open(!host.hasAttribute('data-filters-open')));
  done.addEventListener('click', () => {
    open(false);
    const first = root.querySelector<HTMLElement>('.pagefind-ui__result-link');
    (first ?? toggle).focus();
  });
  const place = () => {
    const drawer = root.querySelector('.pagefind-ui__drawer');
    const panel = root.querySelector<HTMLElement>('.pagefind-ui__filter-panel');
    if (drawer && toggle.parentElement !== drawer) drawer.prepend(toggle);
    if (panel) {
      if (panel.id === '') panel.id = 'site-search-filters';
      toggle.setAttribute('aria-controls', panel.id);
      if (panel.nextElementSibling !== done) panel.after(done);
    }
    const chosen = root.querySelectorAll('.pagefind-ui__filter-checkbox:checked').length;
    setText(toggle, chosen === 0 ? words.filters : plural(words.filtersChosen, words.lang, chosen));
    // Pagefind's message says how many results there are ("12 results for …").
    const count = /\d+/.exec(root.querySelector('.pagefind-ui__message')?.textContent ?? '')?.[0];
    setText(done, count === undefined ? '' : plural(words.showResults, words.lang, Number(count)));
    done.hidden = count === undefined;
  };
  new MutationObserver(place).observe(root, { childList: true, subtree: true, characterData: true });
  root.addEventListener('change', place);
  place();
}
