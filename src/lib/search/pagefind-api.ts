/**
 * Types of the browser API of `pagefind.js`, the module that Pagefind writes
 * into the built site (`<base>/pagefind/pagefind.js`). The npm package types
 * only the Node indexing API, so the parts this site calls are declared here,
 * as the Pagefind 1.6.0 bundle implements them.
 */

/** Counts per filter value, such as `{ domain: { postgres: 12, node: 3 } }`. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  /** Page URL, already prefixed with the `baseUrl` option. */
  url: string;
  /** HTML excerpt: matches wrapped in `<mark>`; see excerpt.ts for its escaping. */
  excerpt: string;
  /** The indexed text of the page. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  /** Loads the page's fragment (title, excerpt, filters). Each call fetches it once. */
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts among the results of this search. */
  filters: PagefindFilterCounts;
  /** Counts among the results of this search without its filters applied. */
  totalFilters: PagefindFilterCounts;
}

export interface PagefindOptions {
  /** Prefix added to every result URL. */
  baseUrl?: string;
  /** Excerpt length in words; Pagefind's default is 30. */
  excerptLength?: number;
}

export interface PagefindSearchRequest {
  filters?: Record<string, { any: string[] } | string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The module namespace of `pagefind.js`. */
export interface PagefindModule {
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
  /** `null` as the term lists every page that matches the filters. */
  search: (term: string | null, request?: PagefindSearchRequest) => Promise<PagefindSearchResponse>;
  /** Counts of every filter value over the whole index of the page's language. */
  filters: () => Promise<PagefindFilterCounts>;
}
