import { describe, expect, it } from 'vitest';

import { MAX_QUERY_LENGTH, isSearchable, normalizeQuery, parseSearchState, serializeSearchState } from './state';

describe('normalizeQuery', () => {
  it('collapses whitespace of a pasted multi-line message', () => {
    expect(normalizeQuery('  ERROR:  deadlock detected\n  DETAIL:  Process 1\t')).toBe('ERROR: deadlock detected DETAIL: Process 1');
  });

  it('cuts long queries without splitting a character', () => {
    const query = normalizeQuery('錯'.repeat(MAX_QUERY_LENGTH + 20));
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('parseSearchState', () => {
  it('reads query, repeated filters and sort', () => {
    const state = parseSearchState(new URLSearchParams('q=ECONNRESET&domain=api&domain=node&tier=ai_generated&sort=updated'));
    expect(state.query).toBe('ECONNRESET');
    expect(state.filters.domain).toEqual(['api', 'node']);
    expect(state.filters.category).toEqual([]);
    expect(state.filters.tier).toEqual(['ai_generated']);
    expect(state.sort).toBe('updated');
  });

  it('drops empty and duplicate filter values', () => {
    const state = parseSearchState(new URLSearchParams('domain=&domain=api&domain=api'));
    expect(state.filters.domain).toEqual(['api']);
  });

  it('falls back to relevance for an unknown sort', () => {
    expect(parseSearchState(new URLSearchParams('sort=random')).sort).toBe('relevance');
  });
});

describe('serializeSearchState', () => {
  it('round-trips through the URL', () => {
    const search = 'q=%E8%BF%9E%E6%8E%A5%E6%B1%A0&domain=api&category=resource_error&sort=updated';
    expect(serializeSearchState(parseSearchState(new URLSearchParams(search)))).toBe(search);
  });

  it('leaves out defaults', () => {
    expect(serializeSearchState(parseSearchState(new URLSearchParams('')))).toBe('');
  });
});

describe('isSearchable', () => {
  it('needs a query or a filter', () => {
    expect(isSearchable(parseSearchState(new URLSearchParams('')))).toBe(false);
    expect(isSearchable(parseSearchState(new URLSearchParams('sort=updated')))).toBe(false);
    expect(isSearchable(parseSearchState(new URLSearchParams('q=x')))).toBe(true);
    expect(isSearchable(parseSearchState(new URLSearchParams('domain=api')))).toBe(true);
  });
});
