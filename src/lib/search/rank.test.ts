import { describe, expect, it } from 'vitest';

import { rerankByText, scoreByTerms, textSignals, type PageText } from './rank';

describe('scoreByTerms', () => {
  it('ranks pages matching more terms first', () => {
    const ranked = scoreByTerms(
      [
        [
          { id: 'a', score: 1 },
          { id: 'b', score: 1 },
        ],
        [{ id: 'a', score: 1 }],
      ],
      10,
    );
    expect(ranked.map((page) => page.id)).toEqual(['a', 'b']);
  });

  it('weights rare terms above common ones', () => {
    const common = Array.from({ length: 9 }, (_, index) => ({ id: `common${index}`, score: 1 }));
    const ranked = scoreByTerms([[...common, { id: 'x', score: 1 }], [{ id: 'rare', score: 1 }]], 10);
    expect(ranked[0]?.id).toBe('rare');
  });

  it('prefers the stronger Pagefind score for one term', () => {
    const ranked = scoreByTerms(
      [
        [
          { id: 'footnote', score: 1 },
          { id: 'signature', score: 9 },
        ],
      ],
      10,
    );
    expect(ranked.map((page) => page.id)).toEqual(['signature', 'footnote']);
  });

  it('ignores terms without hits', () => {
    expect(scoreByTerms([[], [{ id: 'a', score: 2 }]], 5)).toHaveLength(1);
  });
});

const page = (titles: string[], content: string, code?: string): PageText => ({ titles, content, code });

describe('textSignals', () => {
  it('detects an exact error code', () => {
    const signals = textSignals(' 40001 ', ['40001'], page(['ERROR: could not serialize access'], '', '40001'));
    expect(signals.codeMatch).toBe(true);
  });

  it('detects the query in a signature, ignoring case and spacing', () => {
    const signals = textSignals('connection  POOL exhausted', ['connection'], page(['503: Connection pool exhausted.'], ''));
    expect(signals.titleMatch).toBe(true);
    expect(signals.textMatch).toBe(true);
  });

  it('counts Chinese character pairs whatever the segmentation', () => {
    const signals = textSignals('连接池耗尽', ['连接', '池', '耗', '尽'], page(['503 服务不可用：连接池已耗尽'], '无关'));
    expect(signals.textMatch).toBe(false);
    expect(signals.titleChinese).toBe(0.75);
    expect(signals.bodyChinese).toBe(0);
    expect(signals.chinesePairs).toEqual(['连接', '接池', '耗尽']);
  });

  it('counts other terms found in signatures', () => {
    const signals = textSignals('connect ECONNREFUSED 6379', ['connect', 'ECONNREFUSED', '6379'], page(['Error: connect ECONNREFUSED 127.0.0.1:5432'], ''));
    expect(signals.titleTerms).toBeCloseTo(2 / 3);
  });
});

describe('rerankByText', () => {
  it('puts the exact error code first', () => {
    const order = rerankByText('40001', ['40001'], [
      { item: 'mysql', score: 9, text: page(['ERROR 1213 (40001): Deadlock found'], '40001', '1213') },
      { item: 'postgres', score: 5, text: page(['ERROR: could not serialize access'], '40001', '40001') },
    ]);
    expect(order).toEqual(['postgres', 'mysql']);
  });

  it('puts a signature match before a higher term score', () => {
    const order = rerankByText('Connection pool exhausted', ['Connection', 'pool', 'exhausted'], [
      { item: 'other', score: 10, text: page(['Too many connections'], 'the pool was exhausted by connection leaks') },
      { item: 'seed', score: 4, text: page(['503: Connection pool exhausted.'], '') },
    ]);
    expect(order).toEqual(['seed', 'other']);
  });

  it('lifts the page whose Chinese signature holds the query pairs', () => {
    const order = rerankByText('连接池耗尽', ['连接', '池', '耗', '尽'], [
      { item: 'timeout', score: 10, text: page(['curl: (28) Operation timed out'], '连接池很快耗尽，请求排队') },
      { item: 'pool', score: 6, text: page(['503: Connection pool exhausted.', '503 服务不可用：连接池已耗尽'], '连接池') },
    ]);
    expect(order).toEqual(['pool', 'timeout']);
  });

  it('keeps the term order when signals tie', () => {
    const order = rerankByText('lock', ['lock'], [
      { item: 'first', score: 3, text: page(['a'], 'lock') },
      { item: 'second', score: 3, text: page(['b'], 'lock') },
    ]);
    expect(order).toEqual(['first', 'second']);
  });
});
