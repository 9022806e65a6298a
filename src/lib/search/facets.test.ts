import { describe, expect, it } from 'vitest';

import { applyFilters, facetCounts, sortByUpdated, type FilterMembers } from './facets';
import { emptyFilters } from './state';

// Four pages: a and b are postgres, c is mysql, d is redis; a and c are concurrency errors.
const members: FilterMembers = {
  domain: new Map([
    ['postgres', new Set(['a', 'b'])],
    ['mysql', new Set(['c'])],
    ['redis', new Set(['d'])],
  ]),
  category: new Map([
    ['concurrency_error', new Set(['a', 'c'])],
    ['resource_error', new Set(['b', 'd'])],
  ]),
  tier: new Map([['ai_generated', new Set(['a', 'b', 'c', 'd'])]]),
};

const pages = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

describe('applyFilters', () => {
  it('keeps everything without a selection', () => {
    expect(applyFilters(pages, members, emptyFilters())).toEqual(pages);
  });

  it('treats values of one filter as alternatives', () => {
    const selected = { ...emptyFilters(), domain: ['mysql', 'redis'] };
    expect(applyFilters(pages, members, selected).map((page) => page.id)).toEqual(['c', 'd']);
  });

  it('requires every filter with a selection', () => {
    const selected = { ...emptyFilters(), domain: ['postgres'], category: ['concurrency_error'] };
    expect(applyFilters(pages, members, selected).map((page) => page.id)).toEqual(['a']);
  });

  it('drops pages missing from the filter data', () => {
    const selected = { ...emptyFilters(), domain: ['postgres'] };
    expect(applyFilters([{ id: 'unknown' }], members, selected)).toEqual([]);
  });
});

describe('facetCounts', () => {
  it('counts the results per value', () => {
    const counts = facetCounts(['a', 'b', 'c'], members, emptyFilters());
    expect(counts['domain']).toEqual({ postgres: 2, mysql: 1, redis: 0 });
    expect(counts['category']).toEqual({ concurrency_error: 2, resource_error: 1 });
  });

  it('narrows other filters but not the filter itself', () => {
    const counts = facetCounts(['a', 'b', 'c', 'd'], members, { ...emptyFilters(), domain: ['postgres'] });
    expect(counts['domain']).toEqual({ postgres: 2, mysql: 1, redis: 1 });
    expect(counts['category']).toEqual({ concurrency_error: 1, resource_error: 1 });
  });
});

describe('sortByUpdated', () => {
  it('orders newest first and keeps undated pages last', () => {
    const rank = new Map([
      ['c', 0],
      ['a', 1],
    ]);
    expect(sortByUpdated(pages, rank).map((page) => page.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});
