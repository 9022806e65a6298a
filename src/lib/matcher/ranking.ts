/**
 * Ranking of matched records: the most specific pattern first.
 *
 * Order: `literalChars` descending (literal characters every match of the
 * pattern contains), then record `confidence` descending, then `id`
 * ascending. `specificityScore` turns the first two keys into one number.
 */

import type { MatchSpan, RankedMatch, RecordMatches, TesterRecord } from './types';

/** Literal character count at which the score reaches 0.5. */
const SCORE_HALF_POINT = 16;

/**
 * Scores a record from 0 to 1 as `key / (key + 16)` with
 * `key = literalChars + 0.99 × confidence`. Because `literalChars` is an
 * integer and `0.99 × confidence` is below 1, `key` orders records exactly by
 * literal characters, then confidence, so a record ranked earlier never has
 * a lower score. Records with equal keys score the same; the id decides.
 */
export function specificityScore(literalChars: number, confidence: number): number {
  const key = literalChars + 0.99 * confidence;
  return key / (key + SCORE_HALF_POINT);
}

/** Compares two records in ranking order. */
export function compareRecords(a: TesterRecord, b: TesterRecord): number {
  if (a.literalChars !== b.literalChars) {
    return b.literalChars - a.literalChars;
  }
  if (a.confidence !== b.confidence) {
    return b.confidence - a.confidence;
  }
  if (a.id === b.id) {
    return 0;
  }
  return a.id < b.id ? -1 : 1;
}

/**
 * Orders matched records and marks the ones that share a span. Two spans
 * are shared when their ranges overlap; an empty match counts as one
 * character wide for this test.
 */
export function rankMatches(records: readonly TesterRecord[], matches: readonly RecordMatches[]): RankedMatch[] {
  const shared = findSharedSpans(matches);
  const ranked = matches.map((match) => {
    const record = recordAt(records, match.index);
    return { match, record };
  });
  ranked.sort((a, b) => compareRecords(a.record, b.record));

  const rankOf = new Map(ranked.map((entry, rank) => [entry.match.index, rank]));
  return ranked.map(({ match, record }) => {
    const others = [...(shared.get(match.index) ?? [])];
    others.sort((a, b) => (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0));
    return {
      record,
      score: specificityScore(record.literalChars, record.confidence),
      spans: match.spans,
      sharedWith: others.map((index) => recordAt(records, index).id),
    };
  });
}

/**
 * Finds, per record index, the other records with an overlapping span. It
 * sweeps once over all spans sorted by start. The spans of one regex never
 * overlap each other, so the active list stays about as short as the number
 * of records.
 */
export function findSharedSpans(matches: readonly RecordMatches[]): Map<number, Set<number>> {
  const all: { start: number; end: number; index: number }[] = [];
  for (const match of matches) {
    for (const span of match.spans) {
      all.push({ start: span.start, end: effectiveEnd(span), index: match.index });
    }
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end);

  const shared = new Map<number, Set<number>>();
  let active: typeof all = [];
  for (const span of all) {
    active = active.filter((other) => other.end > span.start);
    for (const other of active) {
      if (other.index !== span.index) {
        addPair(shared, span.index, other.index);
      }
    }
    active.push(span);
  }
  return shared;
}

function effectiveEnd(span: MatchSpan): number {
  return Math.max(span.end, span.start + 1);
}

function addPair(shared: Map<number, Set<number>>, a: number, b: number): void {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    let set = shared.get(from);
    if (set === undefined) {
      set = new Set();
      shared.set(from, set);
    }
    set.add(to);
  }
}

function recordAt(records: readonly TesterRecord[], index: number): TesterRecord {
  const record = records[index];
  if (record === undefined) {
    throw new RangeError(`No record at index ${index}`);
  }
  return record;
}
