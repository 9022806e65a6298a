import { describe, expect, it } from 'vitest';

import { compareRecords, findSharedSpans, rankMatches, specificityScore } from './ranking';
import type { MatchSpan, RecordMatches, TesterRecord } from './types';

function record(id: string, literalChars: number, confidence: number): TesterRecord {
  return {
    id,
    domain: id.split('/')[0] ?? '',
    signature: id,
    signature_zh: null,
    confidence,
    source: 'x',
    flags: 'iu',
    literals: [],
    literalChars,
  };
}

function span(start: number, end: number): MatchSpan {
  return { start, end, line: 1, endLine: 1 };
}

describe('compareRecords', () => {
  it('orders by literal characters, then confidence, then id', () => {
    const records = [
      record('b/same', 10, 0.5),
      record('a/low-confidence', 20, 0.1),
      record('a/same', 10, 0.5),
      record('z/most-literal', 30, 0),
      record('c/confident', 10, 0.9),
    ];
    const order = [...records].sort(compareRecords).map((entry) => entry.id);
    expect(order).toEqual(['z/most-literal', 'a/low-confidence', 'c/confident', 'a/same', 'b/same']);
  });
});

describe('specificityScore', () => {
  it('stays within 0 and 1', () => {
    expect(specificityScore(0, 0)).toBe(0);
    expect(specificityScore(10_000, 1)).toBeLessThan(1);
    expect(specificityScore(16, 0)).toBe(0.5);
  });

  it('never rises along the ranking order', () => {
    const records: TesterRecord[] = [];
    for (let literalChars = 0; literalChars <= 60; literalChars += 3) {
      for (const confidence of [0, 0.01, 0.5, 0.99, 1]) {
        records.push(record(`d/r${literalChars}-${confidence}`, literalChars, confidence));
      }
    }
    records.sort(compareRecords);
    const scores = records.map((entry) => specificityScore(entry.literalChars, entry.confidence));
    for (let index = 1; index < scores.length; index++) {
      expect(scores[index], `score at rank ${index}`).toBeLessThanOrEqual(scores[index - 1] ?? Infinity);
    }
  });

  it('puts one more literal character above any confidence', () => {
    expect(specificityScore(11, 0)).toBeGreaterThan(specificityScore(10, 1));
  });
});

describe('findSharedSpans', () => {
  it('links records with overlapping spans', () => {
    const matches: RecordMatches[] = [
      { index: 0, spans: [span(0, 10)] },
      { index: 1, spans: [span(5, 15)] },
      { index: 2, spans: [span(20, 30)] },
    ];
    const shared = findSharedSpans(matches);
    expect([...(shared.get(0) ?? [])]).toEqual([1]);
    expect([...(shared.get(1) ?? [])]).toEqual([0]);
    expect(shared.has(2)).toBe(false);
  });

  it('does not link touching spans', () => {
    const shared = findSharedSpans([
      { index: 0, spans: [span(0, 10)] },
      { index: 1, spans: [span(10, 20)] },
    ]);
    expect(shared.size).toBe(0);
  });

  it('treats an empty match as one character wide', () => {
    const shared = findSharedSpans([
      { index: 0, spans: [span(0, 10)] },
      { index: 1, spans: [span(4, 4)] },
      { index: 2, spans: [span(10, 10)] },
    ]);
    expect([...(shared.get(1) ?? [])]).toEqual([0]);
    expect(shared.has(2)).toBe(false);
  });

  it('finds overlaps past other spans of the same record', () => {
    const shared = findSharedSpans([
      { index: 0, spans: [span(0, 100)] },
      { index: 1, spans: [span(10, 12), span(50, 52)] },
      { index: 2, spans: [span(60, 70)] },
    ]);
    expect([...(shared.get(0) ?? [])].sort()).toEqual([1, 2]);
    expect(shared.get(1)?.has(2)).toBe(false);
  });
});

describe('rankMatches', () => {
  it('ranks matched records and names the ones sharing a span', () => {
    const records = [record('a/short', 5, 0.9), record('b/long', 30, 0.5), record('c/apart', 10, 0.5)];
    const ranked = rankMatches(records, [
      { index: 0, spans: [span(0, 5)] },
      { index: 1, spans: [span(2, 40)] },
      { index: 2, spans: [span(50, 60)] },
    ]);
    expect(ranked.map((entry) => entry.record.id)).toEqual(['b/long', 'c/apart', 'a/short']);
    expect(ranked[0]?.sharedWith).toEqual(['a/short']);
    expect(ranked[1]?.sharedWith).toEqual([]);
    expect(ranked[2]?.sharedWith).toEqual(['b/long']);
    expect(ranked[0]?.score).toBe(specificityScore(30, 0.5));
  });
});
