import { describe, expect, it } from 'vitest';

import { loadCatalog } from './catalog';
import type { PagefindModule, PagefindResult, PagefindSearchRequest } from './pagefind-api';
import { rankRecords } from './run';

interface FakePage {
  id: string;
  title: string;
  content: string;
  domain: string;
  updated: string;
}

const PAGES: FakePage[] = [
  { id: 'pool', title: '503: Connection pool exhausted.', content: 'the http connection pool has no free connection', domain: 'api', updated: '2024-06-01' },
  { id: 'clients', title: 'FATAL: sorry, too many clients already', content: 'connection limit of the server', domain: 'postgres', updated: '2024-08-01' },
  { id: 'port', title: 'Error: listen EADDRINUSE: address already in use :::3000', content: 'another process holds the port', domain: 'node', updated: '2024-07-01' },
];

/**
 * A stand-in for pagefind.js over PAGES: a term matches pages with a word that
 * starts with it, and several terms must all match, as in Pagefind 1.6.
 */
function fakePagefind(searches: (string | null)[] = []): PagefindModule {
  const toResult = (page: FakePage, score: number, positions: number[], term: string | null): PagefindResult => ({
    id: page.id,
    score,
    words: positions,
    data: () =>
      Promise.resolve({
        url: `/errors/${page.id}/`,
        // Pagefind marks the words of the search the result came from.
        excerpt: term === null ? page.content : `<mark>${term}</mark> ${page.content}`,
        content: page.content,
        meta: { title: page.title },
        filters: { domain: [page.domain] },
        word_count: 10,
      }),
  });

  const words = (text: string) => text.toLowerCase().split(/[^a-z0-9_-]+/).filter(Boolean);

  const search = (term: string | null, request: PagefindSearchRequest = {}) => {
    searches.push(term);
    let pages = PAGES;
    const domain = request.filters?.['domain'];
    if (typeof domain === 'string') pages = pages.filter((page) => page.domain === domain);
    if (request.sort?.['updated'] === 'desc') pages = [...pages].sort((left, right) => right.updated.localeCompare(left.updated));

    const terms = term === null ? [] : words(term.replace(/^"|"$/g, ''));
    const results = pages
      .map((page) => {
        // The title counts twice in the score, as a heavier weighted signature does in Pagefind.
        const weighted = words(`${page.title} ${page.title} ${page.content}`);
        const hits = terms.map((query) => weighted.filter((word) => word.startsWith(query)).length);
        const pageWords = words(`${page.title} ${page.content}`);
        const positionsOf = (query: string) => pageWords.flatMap((word, position) => (word.startsWith(query) ? [position] : []));
        const positions = terms.flatMap(positionsOf);
        return { page, hits, positions };
      })
      .filter(({ hits }) => hits.every((count) => count > 0))
      .map(({ page, hits, positions }) => toResult(page, hits.reduce((sum, count) => sum + count, 0), positions, term));

    return Promise.resolve({ results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} });
  };

  return {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    search,
    filters: () => Promise.resolve({ domain: { api: 1, postgres: 1, node: 1 } }),
  };
}

describe('rankRecords', () => {
  it('finds a pasted message with a different port', async () => {
    const ranked = await rankRecords(fakePagefind(), 'Error: listen EADDRINUSE: address already in use :::8080', 'en');
    expect(ranked[0]?.id).toBe('port');
  });

  it('searches each term on its own', async () => {
    const searches: (string | null)[] = [];
    await rankRecords(fakePagefind(searches), 'connection exhausted', 'en');
    expect(searches).toContain('connection');
    expect(searches).toContain('exhausted');
  });

  it('puts the signature match first', async () => {
    const ranked = await rankRecords(fakePagefind(), 'Connection pool exhausted', 'en');
    expect(ranked[0]?.id).toBe('pool');
  });

  it('drops pages that share one common word only', async () => {
    const ranked = await rankRecords(fakePagefind(), 'Connection pool exhausted', 'en');
    expect(ranked.map((record) => record.id)).toEqual(['pool']);
  });

  it('keeps every page for a one-word query', async () => {
    const ranked = await rankRecords(fakePagefind(), 'connection', 'en');
    expect(ranked.map((record) => record.id).sort()).toEqual(['clients', 'pool']);
  });

  it('passes a quoted phrase to Pagefind unchanged', async () => {
    const searches: (string | null)[] = [];
    const ranked = await rankRecords(fakePagefind(searches), '"too many clients"', 'en');
    expect(searches).toEqual(['"too many clients"']);
    expect(ranked.map((record) => record.id)).toEqual(['clients']);
  });

  it('takes the excerpt from the rarest term', async () => {
    const ranked = await rankRecords(fakePagefind(), 'connection exhausted', 'en');
    expect(ranked[0]?.id).toBe('pool');
    expect((await ranked[0]?.data())?.excerpt).toMatch(/^<mark>exhausted<\/mark>/);
  });

  it('returns nothing for punctuation only', async () => {
    expect(await rankRecords(fakePagefind(), ':: --', 'en')).toEqual([]);
  });

  it('loads no page text for a query that a newer one replaced', async () => {
    const pagefind = fakePagefind();
    let loads = 0;
    const counting: PagefindModule = {
      ...pagefind,
      search: async (term, request) => {
        const response = await pagefind.search(term, request);
        const results = response.results.map((result) => ({ ...result, data: () => (loads++, result.data()) }));
        return { ...response, results };
      },
    };

    expect(await rankRecords(counting, 'connection pool', 'en', () => false)).toEqual([]);
    expect(loads).toBe(0);

    expect((await rankRecords(counting, 'connection pool', 'en', () => true))[0]?.id).toBe('pool');
    expect(loads).toBeGreaterThan(0);
  });

  it('loads each fragment once', async () => {
    const [first] = await rankRecords(fakePagefind(), 'EADDRINUSE', 'en');
    expect(first).toBeDefined();
    const data = first?.data();
    expect(first?.data()).toBe(data);
  });
});

describe('loadCatalog', () => {
  it('lists pages newest first with their filter values', async () => {
    const catalog = await loadCatalog(fakePagefind());
    expect(catalog.pages.map((page) => page.id)).toEqual(['clients', 'port', 'pool']);
    expect([...(catalog.members.domain.get('node') ?? [])]).toEqual(['port']);
    expect(catalog.updatedRank.get('pool')).toBe(2);
    expect(catalog.indexCounts['domain']).toEqual({ api: 1, postgres: 1, node: 1 });
  });
});
