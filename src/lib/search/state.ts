import { SEARCH_FILTERS, type SearchFilter } from './index-fields';

/**
 * The search page's state and its URL form: `?q=<query>&domain=<value>&...&sort=updated`.
 * A filter may repeat (`domain=postgres&domain=node`). Values of one filter are
 * alternatives, and different filters must all match.
 */

export const SORT_ORDERS = ['relevance', 'updated'] as const;

export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string[]>;
  sort: SortOrder;
}

/**
 * Maximum query length passed to Pagefind, in characters. A pasted stack trace can be
 * thousands of characters long, and every extra word costs index chunk
 * downloads while the first lines already identify the error.
 */
export const MAX_QUERY_LENGTH = 300;

/** Trims the query, collapses runs of whitespace (pasted messages span lines) and cuts it to MAX_QUERY_LENGTH. */
export function normalizeQuery(raw: string): string {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  return Array.from(collapsed).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

export function emptyFilters(): Record<SearchFilter, string[]> {
  return { domain: [], category: [], tier: [] };
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const name of SEARCH_FILTERS) {
    const values = params.getAll(name).map((value) => value.trim()).filter((value) => value !== '');
    filters[name] = [...new Set(values)];
  }

  const sort = params.get('sort') === 'updated' ? 'updated' : 'relevance';

  return { query: normalizeQuery(params.get('q') ?? ''), filters, sort };
}

/** Builds the URL search string for a state, without the leading `?` and without empty parts. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);

  for (const name of SEARCH_FILTERS) {
    for (const value of state.filters[name]) params.append(name, value);
  }

  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

export function hasActiveFilters(state: SearchState): boolean {
  return SEARCH_FILTERS.some((name) => state.filters[name].length > 0);
}

/**
 * Returns whether the state requests any results. A query or at least one
 * filter is needed. With filters only, the page lists every matching record.
 */
export function isSearchable(state: SearchState): boolean {
  return state.query !== '' || hasActiveFilters(state);
}
