import { chineseBigrams } from './query-terms';
import type { TextSignals } from './rank';

/**
 * Deciding which matching pages are listed. Each term is searched on its own
 * (query-terms.ts), so a page that contains any one word of a pasted message
 * is a match, and short words such as `in`, `use` or `too` match nearly every
 * page. A page is listed only when it contains enough of what makes the query
 * specific:
 *
 * - Latin words and the pairs they form. Each query word that some page
 *   contains, and each pair of neighbouring query words that some page has
 *   next to each other, is a feature weighted by its inverse document
 *   frequency. A page's coverage is the weight of the features it has divided
 *   by the weight of all features, and it must reach MIN_COVERAGE_OF_BEST of
 *   the best page's coverage. The pairs let `too many clients` prefer the
 *   pages with that phrase over the many pages that contain the three words
 *   apart.
 * - Chinese character pairs. The page must contain MIN_CHINESE_PAIR_SHARE of
 *   the query's character pairs (chineseBigrams), because Pagefind matches
 *   the single characters that the browser's segmenter leaves, such as 端 and
 *   被 of 端口被占用, on almost every Chinese page.
 *
 * A page passes when either test passes, or when its text contains the whole
 * query or the query is its error code.
 */

/** Hits of one query term. */
export interface PositionedHit {
  /** Pagefind page id. */
  id: string;
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
export const PAIR_WINDOW = Number(process.env.GAP ?? 2);

/** Share of the best page's coverage that a page needs to be listed. */
export const MIN_COVERAGE_OF_BEST = Number(process.env.ALPHA ?? 0.5);

/** Share of the query's Chinese character pairs that a page must contain to be listed. */
export const MIN_CHINESE_PAIR_SHARE = 0.5;

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

interface Feature {
  weight: number;
  pages: ReadonlyMap<string, number>;
}
const STR = Number(process.env.STR ?? 0);
function strengths(hits: readonly PositionedHit[]): Map<string, number> {
  const best = Math.max(...hits.map((h) => h.score));
  return new Map(hits.map((h) => [h.id, best > 0 ? 1 - STR * 0.5 * (1 - h.score / best) : 1]));
}

/**
 * Computes each page's coverage of the query's Latin words and word pairs,
 * from 0 to 1. `termHits[i]` are the hits of `terms[i]`, and `pairs` are
 * indexes into `terms` (adjacentTermPairs). Chinese terms and features that
 * no page has are left out. Pages without any feature are absent from the map.
 */
export function wordCoverage(
  terms: readonly string[],
  pairs: readonly (readonly [number, number])[],
  termHits: readonly (readonly PositionedHit[])[],
  pageCount: number,
): Map<string, number> {
  const latin = terms.map((term) => !isChinese(term));
  const features: Feature[] = [];

  termHits.forEach((hits, index) => {
    if (!latin[index] || hits.length === 0) return;
    features.push({ weight: inverseFrequency(pageCount, hits.length), pages: strengths(hits) });
  });

  for (const [first, second] of pairs) {
    if (latin[first] !== true || latin[second] !== true) continue;

    const secondWords = new Map((termHits[second] ?? []).map((hit) => [hit.id, hit.words]));
    const pages = new Map<string, number>();
    const s1 = strengths(termHits[first] ?? []), s2 = strengths(termHits[second] ?? []);
    for (const hit of termHits[first] ?? []) {
      const following = secondWords.get(hit.id);
      if (following !== undefined && followsWithin(hit.words, following)) pages.set(hit.id, Math.min(s1.get(hit.id) ?? 1, s2.get(hit.id) ?? 1));
    }
    if (pages.size > 0) features.push({ weight: Number(process.env.PW ?? 1) * inverseFrequency(pageCount, pages.size), pages });
  }

  const total = features.reduce((sum, feature) => sum + feature.weight, 0);
  const coverage = new Map<string, number>();
  for (const feature of features) {
    for (const [id, strength] of feature.pages) coverage.set(id, (coverage.get(id) ?? 0) + (strength * feature.weight) / total);
  }
  return coverage;
}

/** The tests that decide whether a matching page is listed. */
export interface ResultFilter {
  /** Returns whether the page can still pass, so it is worth ranking and reading. */
  isCandidate: (id: string) => boolean;
  /** Decides for a page whose text was not read, from its term hits only. */
  keepUnread: (id: string) => boolean;
  /** Decides for a page whose text was read, with what it contains verbatim. */
  keepRead: (id: string, signals: TextSignals) => boolean;
}

/**
 * Builds the filter for one query. `terms`, `pairs` and `termHits` are as for
 * wordCoverage. A page whose text is not read can show Chinese character
 * pairs only through the Chinese terms of two or more characters it matched,
 * because Pagefind matches such a term only inside a word that contains it.
 */
export function createResultFilter(
  query: string,
  terms: readonly string[],
  pairs: readonly (readonly [number, number])[],
  termHits: readonly (readonly PositionedHit[])[],
  pageCount: number,
): ResultFilter {
  const coverage = wordCoverage(terms, pairs, termHits, pageCount);
  const bestCoverage = Math.max(0, ...coverage.values());
  const passesWords = (id: string) => bestCoverage > 0 && (coverage.get(id) ?? 0) >= MIN_COVERAGE_OF_BEST * bestCoverage;

  const queryPairs = chineseBigrams(query);
  const pairsInTerms = terms.map((term) => (Array.from(term).length > 1 ? new Set(chineseBigrams(term)) : new Set<string>()));
  const matchedTerms = new Map<string, number[]>();
  termHits.forEach((hits, index) => {
    for (const hit of hits) matchedTerms.set(hit.id, [...(matchedTerms.get(hit.id) ?? []), index]);
  });

  const knownChineseShare = (id: string) => {
    if (queryPairs.length === 0) return 0;
    const indexes = matchedTerms.get(id) ?? [];
    const found = queryPairs.filter((pair) => indexes.some((index) => pairsInTerms[index]?.has(pair) === true));
    return found.length / queryPairs.length;
  };

  return {
    isCandidate: (id) => queryPairs.length > 0 || passesWords(id),
    keepUnread: (id) => passesWords(id) || (queryPairs.length > 0 && knownChineseShare(id) >= MIN_CHINESE_PAIR_SHARE),
    keepRead: (id, signals) =>
      signals.codeMatch ||
      signals.textMatch ||
      passesWords(id) ||
      (queryPairs.length > 0 && signals.chinese >= MIN_CHINESE_PAIR_SHARE),
  };
}
