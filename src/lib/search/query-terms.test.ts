import { describe, expect, it } from 'vitest';

import { MAX_TERMS, chineseBigrams, foldForMatch, splitQueryTerms } from './query-terms';

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
