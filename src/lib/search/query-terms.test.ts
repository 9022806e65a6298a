import { describe, expect, it } from 'vitest';

import { MAX_TERMS, adjacentTermPairs, chineseBigrams, foldForMatch, queryWords, splitQueryTerms, suggestsOtherLanguage } from './query-terms';

describe('splitQueryTerms', () => {
  it('keeps error codes whole', () => {
    expect(splitQueryTerms('Error [ERR_REQUIRE_ESM]: require()', 'en')).toEqual(['Error', 'ERR_REQUIRE_ESM', 'require']);
    expect(splitQueryTerms('HikariPool-1 - Connection', 'en')).toEqual(['HikariPool-1', 'Connection']);
  });

  it('splits at punctuation Pagefind drops', () => {
    expect(splitQueryTerms("Access denied for user 'web'@'172.18.0.5'", 'en')).toEqual([
      'Access',
      'denied',
      'for',
      'user',
      'web',
      '172',
      '18',
    ]);
  });

  it('strips kept characters at term edges', () => {
    expect(splitQueryTerms('listen EADDRINUSE: --port_ :::3000.', 'en')).toEqual(['listen', 'EADDRINUSE', 'port', '3000']);
  });

  it('drops duplicates ignoring case and lone Latin characters', () => {
    expect(splitQueryTerms('Lock lock a 1 LOCK', 'en')).toEqual(['Lock']);
  });

  it('segments Chinese on Chinese pages', () => {
    const terms = splitQueryTerms('连接池已耗尽 HTTP', 'zh');
    expect(terms).toContain('连接');
    expect(terms).toContain('HTTP');
    expect(terms.join('')).toBe('连接池已耗尽HTTP');
  });

  it('leaves Chinese whole on English pages', () => {
    expect(splitQueryTerms('连接池已耗尽', 'en')).toEqual(['连接池已耗尽']);
  });

  it('caps the number of terms', () => {
    const words = Array.from({ length: MAX_TERMS + 5 }, (_, index) => `word${index}`);
    expect(splitQueryTerms(words.join(' '), 'en')).toEqual(words.slice(0, MAX_TERMS));
  });
});

describe('queryWords', () => {
  it('keeps repeats in query order', () => {
    expect(queryWords('certificate verify failed: certificate has expired', 'en')).toEqual([
      'certificate',
      'verify',
      'failed',
      'certificate',
      'has',
      'expired',
    ]);
  });
});

describe('adjacentTermPairs', () => {
  it('pairs neighbours by term index, across repeats', () => {
    const query = 'certificate verify failed: certificate has expired';
    const terms = splitQueryTerms(query, 'en');
    expect(terms).toEqual(['certificate', 'verify', 'failed', 'has', 'expired']);
    expect(adjacentTermPairs(queryWords(query, 'en'), terms)).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
      [0, 3],
      [3, 4],
    ]);
  });

  it('ignores case, repeated pairs and a word paired with itself', () => {
    const query = 'Too many too many TOO TOO';
    expect(adjacentTermPairs(queryWords(query, 'en'), splitQueryTerms(query, 'en'))).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('breaks the chain at words beyond the term limit', () => {
    const words = Array.from({ length: MAX_TERMS + 2 }, (_, index) => `word${index}`);
    const pairs = adjacentTermPairs(words, splitQueryTerms(words.join(' '), 'en'));
    expect(pairs).toHaveLength(MAX_TERMS - 1);
  });
});

describe('chineseBigrams', () => {
  it('lists character pairs of each Chinese run', () => {
    expect(chineseBigrams('连接池 耗尽 of 锁')).toEqual(['连接', '接池', '耗尽', '锁']);
  });

  it('returns nothing for text without Chinese', () => {
    expect(chineseBigrams('EADDRINUSE')).toEqual([]);
  });
});

describe('foldForMatch', () => {
  it('lower-cases and collapses whitespace', () => {
    expect(foldForMatch('  Connection\n POOL ')).toBe('connection pool');
  });
});

describe('suggestsOtherLanguage', () => {
  it.each([
    ['连接池', 'en', true],
    ['pool 连接池', 'en', true],
    ['connection pool', 'en', false],
    ['connection pool', 'zh', true],
    ['连接池', 'zh', false],
    ['40001', 'zh', false],
  ] as const)('%j on %s gives %s', (query, lang, expected) => {
    expect(suggestsOtherLanguage(query, lang)).toBe(expected);
  });
});
