import { chineseBigrams } from './query-terms';
import type { TextSignals } from './rank';

/**
 * Deciding which matching pages are listed. Each term is searched on its own
 * (query-terms.ts), so a page that contains any one word of a pasted message
 * is a match, and short words such as `in`, `use` or `too` match many pages.
 * A page is listed only when it covers enough of what makes the query
 * specific, compared with the page that covers the most.
 *
 * Coverage is the weight of the query features a page has, divided by the
 * weight of all features that some page has. Weights are inverse document
 * frequencies (IDF), so rare features count more. The features are:
 *
 * - Latin query words.
 * - Pairs of neighbouring Latin query words that a page has next to each
 *   other. A pair weighs only what it adds to its rarer word: its IDF minus
 *   that word's IDF. So `too many clients` prefers the pages with that
 *   phrase over the many pages that contain the three words apart, while a
 *   pasted message does not reward a page for repeating its rarest words.
 * - The query's Chinese character pairs (chineseBigrams), each weighted by
 *   the rarest Chinese query term that shares a character with it. Pagefind
 *   matches the single characters that the browser's segmenter leaves, such
 *   as 端 and 被 of 端口被占用, on many Chinese pages, so the pairs decide,
 *   not the terms.
 *
 * A word or word pair counts from half to full, by Pagefind's score of the
 * page relative to the best page for that word, as in scoreByTerms (rank.ts).
 * A page whose text was read (run.ts reads the first RERANK_DEPTH candidates)
 * is always listed when its text contains the whole query or its error code
 * is the query.
 */

/** Hits of one query term. */
export interface PositionedHit {
  /** Pagefind page id. */
  id: string;
  /** Pagefind's score of the page for this term. */
  score: number;
  /** Positions of the matched words in the page's indexed text, counted in words from 0. */
  words: readonly number[];
}

/**
 * Maximum distance between the positions of two neighbouring query words on a
 * page for them to count as a pair. 1 is next to each other, and 2 also
 * allows one word between them, such as a single letter that the query
 * splitting left out.
 */
export const PAIR_WINDOW = 2;

/**
 * Share of the best page's coverage that a page needs to be listed. On the
 * 105-record corpus, 0.5 kept each record first for its own signatures,
 * examples and error code as often as listing every match did, and listed 8
 * records for `too many clients` (11 at 0.4).
 */
export const MIN_COVERAGE_OF_BEST = 0.5;

/** Inverse document frequency, as scoreByTerms in rank.ts computes it. */
function inverseFrequency(pageCount: number, pagesWithFeature: number): number {
  return Math.log(1 + Math.max(pageCount, pagesWithFeature) / pagesWithFeature);
}

function isChinese(term: string): boolean {
  return chineseBigrams(term).length > 0;
}

/** Returns whether a position in `second` follows one in `first` by 1 to PAIR_WINDOW words. */
function followsWithin(first: readonly number[], second: readonly number[]): boolean {
  const later = new Set(second);
  return first.some((position) => {
    for (let distance = 1; distance <= PAIR_WINDOW; distance += 1) {
      if (later.has(position + distance)) return true;
    }
    return false;
  });
}

/** Strength of each hit, from 0.5 to 1, by its Pagefind score relative to the term's best hit. */
function hitStrengths(hits: readonly PositionedHit[]): Map<string, number> {
  const best = Math.max(0, ...hits.map((hit) => hit.score));
  return new Map(hits.map((hit) => [hit.id, best > 0 ? 0.5 + (0.5 * hit.score) / best : 1]));
}

/** A Latin word or word pair: its weight, and the strength of each page that has it. */
export interface LatinFeature {
  weight: number;
  pages: ReadonlyMap<string, number>;
}

/**
 * Lists the Latin word and word pair features of a query. `termHits[i]` are
 * the hits of `terms[i]`, and `pairs` are indexes into `terms`
 * (adjacentTermPairs). Features that no page has are left out, and so are
 * pairs that are no rarer than their rarer word.
 */
export function latinFeatures(
  terms: readonly string[],
  pairs: readonly (readonly [number, number])[],
  termHits: readonly (readonly PositionedHit[])[],
  pageCount: number,
): LatinFeature[] {
  const latin = terms.map((term) => !isChinese(term));
  const strengths = termHits.map(hitStrengths);
  const wordWeights = termHits.map((hits) => (hits.length > 0 ? inverseFrequency(pageCount, hits.length) : 0));
  const features: LatinFeature[] = [];

  termHits.forEach((hits, index) => {
    if (latin[index] === true && hits.length > 0) {
      features.push({ weight: wordWeights[index] ?? 0, pages: strengths[index] ?? new Map() });
    }
  });

  for (const [first, second] of pairs) {
    if (latin[first] !== true || latin[second] !== true) continue;

    const secondWords = new Map((termHits[second] ?? []).map((hit) => [hit.id, hit.words]));
    const pages = new Map<string, number>();
    for (const hit of termHits[first] ?? []) {
      const following = secondWords.get(hit.id);
      if (following === undefined || !followsWithin(hit.words, following)) continue;
      pages.set(hit.id, Math.min(strengths[first]?.get(hit.id) ?? 1, strengths[second]?.get(hit.id) ?? 1));
    }
    if (pages.size === 0) continue;

    const gain = inverseFrequency(pageCount, pages.size) - Math.max(wordWeights[first] ?? 0, wordWeights[second] ?? 0);
    if (gain > 0) features.push({ weight: gain, pages });
  }

  return features;
}

/**
 * Weighs each Chinese character pair of the query by the rarest Chinese term
 * with hits that contains one of its characters. A pair whose characters no
 * page matched gets no weight, like a Latin word without hits.
 */
export function chinesePairWeights(
  query: string,
  terms: readonly string[],
  termHits: readonly (readonly PositionedHit[])[],
  pageCount: number,
): Map<string, number> {
  const weights = new Map<string, number>();

  for (const pair of chineseBigrams(query)) {
    const characters = Array.from(pair);
    let weight = 0;
    terms.forEach((term, index) => {
      const hits = termHits[index]?.length ?? 0;
      if (hits > 0 && isChinese(term) && characters.some((character) => term.includes(character))) {
        weight = Math.max(weight, inverseFrequency(pageCount, hits));
      }
    });
    if (weight > 0) weights.set(pair, weight);
  }

  return weights;
}

/** Decides which matching pages of one query are listed. */
export interface ResultFilter {
  /**
   * Returns whether the page may still be listed, judged from its term hits
   * and the most its text could add. Other pages need not be ranked or read.
   */
  isCandidate: (id: string) => boolean;
  /**
   * Returns the pages to list, in the given order: `read` with what their
   * text contains (rerankWithSignals), then `unread`, judged from their term
   * hits only.
   */
  select: <T extends { id: string }>(read: readonly { item: T; signals: TextSignals }[], unread: readonly T[]) => T[];
}

/**
 * Builds the filter of one query. The arguments are as for latinFeatures. A
 * page whose text was not read shows Chinese character pairs only through
 * the pairs inside the Chinese terms it matched, because Pagefind matches a
 * term only in a word that starts with it.
 */
export function createResultFilter(
  query: string,
  terms: readonly string[],
  pairs: readonly (readonly [number, number])[],
  termHits: readonly (readonly PositionedHit[])[],
  pageCount: number,
): ResultFilter {
  const features = latinFeatures(terms, pairs, termHits, pageCount);
  const pairWeights = chinesePairWeights(query, terms, termHits, pageCount);
  const chineseTotal = [...pairWeights.values()].reduce((sum, weight) => sum + weight, 0);
  const totalWeight = features.reduce((sum, feature) => sum + feature.weight, 0) + chineseTotal;

  const pairsInTerms = terms.map((term) => new Set(chineseBigrams(term)));
  const matchedTerms = new Map<string, number[]>();
  termHits.forEach((hits, index) => {
    for (const hit of hits) matchedTerms.set(hit.id, [...(matchedTerms.get(hit.id) ?? []), index]);
  });

  const latinWeight = (id: string) => features.reduce((sum, feature) => sum + feature.weight * (feature.pages.get(id) ?? 0), 0);
  const chineseWeight = (found: Iterable<string>) => {
    let sum = 0;
    for (const pair of new Set(found)) sum += pairWeights.get(pair) ?? 0;
    return sum;
  };
  // Chinese pairs inside the Chinese terms the page matched: the pairs its text surely contains.
  // NOTE: a pair that spans two terms (口被 of 端, 口, 被) counts only once the text is read, so a
  // relevant page beyond the first RERANK_DEPTH candidates can fall under the threshold.
  const knownChinesePairs = (id: string) => (matchedTerms.get(id) ?? []).flatMap((index) => [...(pairsInTerms[index] ?? [])]);

  const coverage = (id: string, chinese: number) => (totalWeight > 0 ? (latinWeight(id) + chinese) / totalWeight : 0);
  const knownCoverage = (id: string) => coverage(id, chineseWeight(knownChinesePairs(id)));
  const bestKnown = Math.max(0, ...[...matchedTerms.keys()].map(knownCoverage));

  return {
    isCandidate: (id) => coverage(id, chineseTotal) >= MIN_COVERAGE_OF_BEST * bestKnown,

    select: (read, unread) => {
      const readCoverage = read.map(({ item, signals }) => coverage(item.id, chineseWeight(signals.chinesePairs)));
      const unreadCoverage = unread.map((item) => knownCoverage(item.id));
      const threshold = MIN_COVERAGE_OF_BEST * Math.max(0, ...readCoverage, ...unreadCoverage);

      const passes = (value: number | undefined) => value !== undefined && value > 0 && value >= threshold;

      const keptRead = read.filter(({ signals }, index) => signals.codeMatch || signals.textMatch || passes(readCoverage[index]));
      const keptUnread = unread.filter((_item, index) => passes(unreadCoverage[index]));
      return [...keptRead.map(({ item }) => item), ...keptUnread];
    },
  };
}
