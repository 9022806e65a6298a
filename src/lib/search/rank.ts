import { chineseBigrams, foldForMatch } from './query-terms';

/**
 * Ranking of search results. Each query term is searched on its own
 * (query-terms.ts), and pages are scored by the terms they match, rare terms
 * counting more. The best pages are then reordered by what their text
 * contains verbatim, which Pagefind cannot see: the error code, the whole
 * query, and the query's Chinese character pairs. The Chinese check matters
 * because Pagefind 1.6 segments Chinese pages with charabia (jieba) at index
 * time but segments queries with the browser's Intl.Segmenter. In Chromium
 * that splits words such as 超时 or 耗尽 into single characters, which no
 * longer match the indexed words. Which of the matching pages are listed at all is
 * decided in relevance.ts.
 */

export interface TermHit {
  /** Pagefind page id. */
  id: string;
  /** Pagefind's score of the page for this term. */
  score: number;
}

export interface ScoredPage {
  id: string;
  score: number;
}

/**
 * Scores pages by the terms they match. A term contributes its inverse
 * document frequency, `ln(1 + pageCount / pagesWithTerm)`, scaled from half
 * to full by Pagefind's score relative to the term's best page, so a match
 * in a signature counts more than one in a footnote. Pages with equal scores
 * keep the order in which the terms' results first listed them.
 */
export function scoreByTerms(termHits: readonly (readonly TermHit[])[], pageCount: number): ScoredPage[] {
  const scores = new Map<string, number>();

  for (const hits of termHits) {
    if (hits.length === 0) continue;

    const idf = Math.log(1 + Math.max(pageCount, hits.length) / hits.length);
    const best = Math.max(...hits.map((hit) => hit.score));
    for (const hit of hits) {
      const strength = best > 0 ? 0.5 + (0.5 * hit.score) / best : 1;
      scores.set(hit.id, (scores.get(hit.id) ?? 0) + idf * strength);
    }
  }

  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((left, right) => right.score - left.score);
}

/** The page text the verbatim checks read. */
export interface PageText {
  /** Signatures: the message as tools print it (Pagefind `title` meta) and its Chinese translation if the page sets one. */
  titles: string[];
  /** The indexed body text. */
  content: string;
  /** The record's error code (Pagefind `code` meta), if the page sets it. */
  code?: string | undefined;
}

export interface TextSignals {
  /** The whole query is the record's error code. */
  codeMatch: boolean;
  /** The whole query occurs in a signature. */
  titleMatch: boolean;
  /** The whole query occurs in a signature or the body. */
  textMatch: boolean;
  /** Share of the query's other terms (Latin letters, digits) found in the signatures, from 0 to 1. */
  titleTerms: number;
  /** Share of the query's Chinese character pairs found in the signatures, from 0 to 1. */
  titleChinese: number;
  /** Share of the query's Chinese character pairs found in the body, from 0 to 1. */
  bodyChinese: number;
  /** The query's Chinese character pairs found in a signature or the body. */
  chinesePairs: string[];
}

function share(grams: readonly string[], text: string): number {
  if (grams.length === 0) return 0;
  return grams.filter((gram) => text.includes(gram)).length / grams.length;
}

/**
 * Measures what a page contains verbatim, ignoring case and runs of
 * whitespace. `terms` are the query's terms from splitQueryTerms.
 */
export function textSignals(query: string, terms: readonly string[], page: PageText): TextSignals {
  const folded = foldForMatch(query);
  const titles = page.titles.map(foldForMatch).join('\n');
  const body = foldForMatch(page.content);
  const grams = chineseBigrams(query);
  const otherTerms = terms.filter((term) => chineseBigrams(term).length === 0).map(foldForMatch);

  return {
    codeMatch: page.code !== undefined && folded !== '' && foldForMatch(page.code) === folded,
    titleMatch: folded !== '' && titles.includes(folded),
    textMatch: folded !== '' && (titles.includes(folded) || body.includes(folded)),
    titleTerms: share(otherTerms, titles),
    titleChinese: share(grams, titles),
    bodyChinese: share(grams, body),
    chinesePairs: grams.filter((gram) => titles.includes(gram) || body.includes(gram)),
  };
}

/** A page after rerankByText, with what its text contains. */
export interface RerankedPage<T> {
  item: T;
  signals: TextSignals;
}

/**
 * Reorders pages best first. An exact error code, then the whole query in a
 * signature, decide outright. Among the rest, the score is the sum of five
 * parts:
 * - the term score relative to the best page, from 0 to 1;
 * - 1 when the body contains the whole query;
 * - the share of the other terms found in the signatures;
 * - twice the share of the Chinese character pairs found in the signatures;
 * - the share of those pairs found in the body.
 * Ties keep the input order.
 */
export function rerankWithSignals<T>(
  query: string,
  terms: readonly string[],
  pages: readonly { item: T; score: number; text: PageText }[],
): RerankedPage<T>[] {
  const best = Math.max(0, ...pages.map((page) => page.score));

  const ranked = pages.map((page, index) => {
    const signals = textSignals(query, terms, page.text);
    const relative = best > 0 ? page.score / best : 0;
    const verbatim = signals.textMatch ? 1 : 0;
    const combined = relative + verbatim + signals.titleTerms + 2 * signals.titleChinese + signals.bodyChinese;
    return { page, index, signals, combined };
  });

  ranked.sort((left, right) => {
    for (const flag of ['codeMatch', 'titleMatch'] as const) {
      if (left.signals[flag] !== right.signals[flag]) return left.signals[flag] ? -1 : 1;
    }
    return right.combined - left.combined || left.index - right.index;
  });

  return ranked.map(({ page, signals }) => ({ item: page.item, signals }));
}

/** Reorders pages best first, as rerankWithSignals does, and returns the items only. */
export function rerankByText<T>(
  query: string,
  terms: readonly string[],
  pages: readonly { item: T; score: number; text: PageText }[],
): T[] {
  return rerankWithSignals(query, terms, pages).map(({ item }) => item);
}
