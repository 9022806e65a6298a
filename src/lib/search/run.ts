import type { Lang } from '../i18n/languages';
import type { PagefindModule } from './pagefind-api';
import { adjacentTermPairs, queryWords, splitQueryTerms } from './query-terms';
import { rerankWithSignals, scoreByTerms } from './rank';
import { createResultFilter } from './relevance';
import { toRankedRecord, type RankedRecord } from './ranked-record';

/**
 * Pages whose text is loaded to rerank and filter them (rank.ts and
 * relevance.ts). The rest keep their term score order, and only their term
 * hits decide whether they are listed.
 */
export const RERANK_DEPTH = 30;

const pageCounts = new WeakMap<PagefindModule, Promise<number>>();

/** Number of pages in the index of this page's language, counted once per module. */
function countPages(pagefind: PagefindModule): Promise<number> {
  let count = pageCounts.get(pagefind);
  if (count === undefined) {
    count = pagefind.search(null).then((response) => response.results.length);
    pageCounts.set(pagefind, count);
  }
  return count;
}

/**
 * Searches the index of the page's language and returns the pages that match
 * the query well enough (relevance.ts), best first. A query in double quotes
 * is passed to Pagefind as an exact phrase search and keeps Pagefind's order.
 *
 * `isCurrent` returns whether the caller still wants this result. Once a
 * newer query has started, the search stops before it loads any page text and
 * returns an empty list, which the caller discards. Otherwise, while someone
 * types, each outdated prefix would still fetch up to RERANK_DEPTH fragments.
 */
export async function rankRecords(
  pagefind: PagefindModule,
  query: string,
  lang: Lang,
  isCurrent: () => boolean = () => true,
): Promise<RankedRecord[]> {
  if (/^".+"$/.test(query)) {
    return (await pagefind.search(query)).results.map(toRankedRecord);
  }

  const terms = splitQueryTerms(query, lang);
  if (terms.length === 0) return [];

  const [pageCount, responses] = await Promise.all([
    countPages(pagefind),
    Promise.all(terms.map((term) => pagefind.search(term))),
  ]);

  // A result's excerpt marks only the term it was found with, so each page keeps
  // the result of its rarest term: 占用 rather than 端 for 端口被占用.
  const records = new Map<string, RankedRecord>();
  const rarestFirst = [...responses].sort((left, right) => left.results.length - right.results.length);
  for (const response of rarestFirst) {
    for (const result of response.results) {
      if (!records.has(result.id)) records.set(result.id, toRankedRecord(result));
    }
  }

  if (!isCurrent()) return [];

  const termHits = responses.map((response) => response.results);
  const filter = createResultFilter(query, terms, adjacentTermPairs(queryWords(query, lang), terms), termHits, pageCount);
  const scored = scoreByTerms(termHits, pageCount);
  const candidates = scored.flatMap(({ id, score }) => {
    const record = records.get(id);
    return record === undefined || !filter.isCandidate(id) ? [] : [{ record, score }];
  });

  const head = candidates.slice(0, RERANK_DEPTH);
  const texts = await Promise.all(
    head.map(async ({ record, score }) => {
      const data = await record.data();
      const titles = [data.meta['title'], data.meta['title_zh']].filter((title) => title !== undefined);
      return { item: record, score, text: { titles, content: data.content, code: data.meta['code'] } };
    }),
  );

  const reranked = rerankWithSignals(query, terms, texts);
  const tail = candidates.slice(RERANK_DEPTH).map(({ record }) => record);
  return filter.select(reranked, tail);
}
