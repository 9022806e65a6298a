import { loadCatalog, type Catalog } from '../../lib/search/catalog';
import { applyFilters, facetCounts, sortByUpdated } from '../../lib/search/facets';
import { readClientMessages, resultCountMessage, type ClientMessages } from '../../lib/search/format';
import { SEARCH_FILTERS, isSearchFilter } from '../../lib/search/index-fields';
import { debounce, LatestRequest } from '../../lib/search/latest';
import { loadPagefind } from '../../lib/search/load-pagefind';
import type { PagefindFilterCounts } from '../../lib/search/pagefind-api';
import type { RankedRecord } from '../../lib/search/ranked-record';
import { toResultView } from '../../lib/search/result-view';
import { suggestsOtherLanguage } from '../../lib/search/query-terms';
import { rankRecords } from '../../lib/search/run';
import {
  emptyFilters,
  hasActiveFilters,
  isSearchable,
  normalizeQuery,
  parseSearchState,
  serializeSearchState,
  type SearchState,
  type SortOrder,
} from '../../lib/search/state';
import { readCategoryLabels, type CategoryLabels } from '../../lib/search/value-labels';
import { renderFilterGroup } from './filter-group';
import { renderResult } from './render';

/** Results rendered at once; "Show more" adds the next batch. */
const PAGE_SIZE = 20;

/** Pause in typing before a search runs, in milliseconds. */
const TYPING_DELAY_MS = 250;

function required<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`errdex-search-page is missing ${selector}`);
  return found;
}

/** The search page: keeps query, filters and sort in the URL and lists the ranked records. */
class SearchPageElement extends HTMLElement {
  #messages!: ClientMessages;
  #categoryLabels: CategoryLabels = {};
  #lang: 'en' | 'zh' = 'en';
  #state: SearchState = { query: '', filters: emptyFilters(), sort: 'relevance' };
  #latest = new LatestRequest();
  #catalog: Promise<Catalog> | undefined;
  #results: RankedRecord[] = [];
  #shown = 0;
  #prompt = '';

  connectedCallback(): void {
    this.#messages = readClientMessages(this.dataset['messages']);
    this.#categoryLabels = readCategoryLabels(this.dataset['categoryLabels']);
    this.#lang = this.dataset['lang'] === 'zh' ? 'zh' : 'en';

    const form = required<HTMLFormElement>(this, '[data-form]');
    const input = required<HTMLInputElement>(this, '[data-query]');
    const sort = required<HTMLSelectElement>(this, '[data-sort]');
    const filters = required<HTMLElement>(this, '.search-page__filters');
    this.#prompt = required<HTMLElement>(this, '[data-status]').textContent ?? '';
    required<HTMLElement>(this, '[data-interactive]').hidden = false;

    this.#state = parseSearchState(new URLSearchParams(window.location.search));
    input.value = this.#state.query;
    sort.value = this.#state.sort;

    const scheduled = debounce(() => void this.#search(), TYPING_DELAY_MS);
    input.addEventListener('input', () => {
      this.#state.query = normalizeQuery(input.value);
      scheduled();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      scheduled.cancel();
      this.#state.query = normalizeQuery(input.value);
      void this.#search();
    });
    sort.addEventListener('change', () => {
      this.#state.sort = sort.value as SortOrder;
      void this.#search();
    });
    filters.addEventListener('change', (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
      this.#readFilters();
      void this.#search();
    });
    required<HTMLButtonElement>(this, '[data-clear-filters]').addEventListener('click', () => {
      this.#state.filters = emptyFilters();
      void this.#search();
    });
    required<HTMLButtonElement>(this, '[data-more]').addEventListener('click', () => void this.#showMore());

    void this.#search();
  }

  #loadCatalog(): Promise<Catalog> {
    if (this.#catalog === undefined) {
      const bundleUrl = this.dataset['bundle'] ?? '';
      const baseUrl = this.dataset['base'] ?? '/';
      const catalog = loadPagefind(bundleUrl, baseUrl).then(loadCatalog);
      this.#catalog = catalog;
      // A failed load is tried again by the next search.
      catalog.catch(() => {
        if (this.#catalog === catalog) this.#catalog = undefined;
      });
    }
    return this.#catalog;
  }

  /** Reads the ticked filter boxes into the state. */
  #readFilters(): void {
    const filters = emptyFilters();
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-filter] input[type="checkbox"]:checked')) {
      if (isSearchFilter(box.name)) filters[box.name].push(box.value);
    }
    this.#state.filters = filters;
  }

  async #search(): Promise<void> {
    const isCurrent = this.#latest.begin();
    const state = this.#state;
    this.#writeUrl(state);
    required<HTMLButtonElement>(this, '[data-clear-filters]').hidden = !hasActiveFilters(state);

    try {
      const catalog = await this.#loadCatalog();
      if (!isCurrent()) return;

      if (!isSearchable(state)) {
        await this.#showResults([], isCurrent);
        this.#renderFilters(catalog, catalog.indexCounts);
        required<HTMLElement>(this, '[data-status]').textContent = this.#prompt;
        this.#showOtherLanguageHint(state, 0);
        return;
      }

      const bundleUrl = this.dataset['bundle'] ?? '';
      const baseUrl = this.dataset['base'] ?? '/';
      const ranked = state.query === '' ? catalog.pages : await rankRecords(await loadPagefind(bundleUrl, baseUrl), state.query, this.#lang, isCurrent);
      if (!isCurrent()) return;

      const filtered = applyFilters(ranked, catalog.members, state.filters);
      const ordered = state.sort === 'updated' ? sortByUpdated(filtered, catalog.updatedRank) : filtered;
      await this.#showResults(ordered, isCurrent);
      if (!isCurrent()) return;

      const ids = ranked.map((record) => record.id);
      this.#renderFilters(catalog, facetCounts(ids, catalog.members, state.filters));
      required<HTMLElement>(this, '[data-status]').textContent = resultCountMessage(this.#messages, ordered.length);
      // Counted before the filters: an empty result caused by a filter is not a language problem.
      this.#showOtherLanguageHint(state, ranked.length);
    } catch (error) {
      if (isCurrent()) this.#fail(error);
    }
  }

  async #showResults(results: RankedRecord[], isCurrent: () => boolean): Promise<void> {
    this.#results = results;
    this.#shown = 0;
    required<HTMLOListElement>(this, '[data-results]').replaceChildren();
    await this.#showMore(isCurrent);
  }

  /** Renders the next batch of results. */
  async #showMore(isCurrent: () => boolean = () => true): Promise<void> {
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const views = await Promise.all(batch.map(async (record) => toResultView(await record.data())));
    if (!isCurrent()) return;

    const list = required<HTMLOListElement>(this, '[data-results]');
    list.append(...views.map((view) => renderResult(view, this.#messages)));
    this.#shown += batch.length;
    required<HTMLButtonElement>(this, '[data-more]').hidden = this.#shown >= this.#results.length;
  }

  /**
   * Offers the other language's search page, with the same query, filters and
   * sort, when a query found nothing here but may find something there.
   */
  #showOtherLanguageHint(state: SearchState, count: number): void {
    const hint = required<HTMLElement>(this, '[data-other-language]');
    hint.hidden = count > 0 || state.query === '' || !suggestsOtherLanguage(state.query, this.#lang);
    if (hint.hidden) return;

    const link = required<HTMLAnchorElement>(hint, '[data-other-language-link]');
    const url = new URL(link.href);
    url.search = serializeSearchState(state);
    link.href = url.href;
  }

  #renderFilters(catalog: Catalog, currentCounts: PagefindFilterCounts): void {
    for (const name of SEARCH_FILTERS) {
      const group = required<HTMLElement>(this, `[data-filter="${name}"]`);
      const selected = this.#state.filters[name];
      renderFilterGroup(group, name, catalog.indexCounts, currentCounts, selected, this.#messages, this.#categoryLabels);
    }
  }

  #writeUrl(state: SearchState): void {
    const search = serializeSearchState(state);
    const url = `${window.location.pathname}${search === '' ? '' : `?${search}`}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }

  #fail(error: unknown): void {
    console.warn('Search failed:', error);
    required<HTMLElement>(this, '[data-other-language]').hidden = true;
    required<HTMLElement>(this, '[data-status]').textContent = this.#messages['search.status.failed'];
  }
}

customElements.define('errdex-search-page', SearchPageElement);
