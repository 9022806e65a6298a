import type { Lang } from '../i18n/languages';
import type { PagefindModule } from './pagefind-api';
import { splitQueryTerms } from './query-terms';
import { rerankByText, scoreByTerms } from './rank';
import { toRankedRecord, type RankedRecord } from './ranked-record';

/** Pages whose text is loaded to rerank them (rank.ts); the rest keep their term score order. */
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
 * Searches the index of the page's language and returns every matching page,
 * best first. A query in double quotes is passed to Pagefind as an exact
 * phrase search and keeps Pagefind's order.
 */
export async function rankRecords(pagefind: PagefindModule, query: string, lang: Lang): Promise<RankedRecord[]> {
  if (/^".+"$/.test(query)) {
    return (await pagefind.search(query)).results.map(toRankedRecord);
  }

  const terms = splitQueryTerms(query, lang);
  if (terms.length === 0) return [];

  const [pageCount, responses] = await Promise.all([
    countPages(pagefind),
    Promise.all(terms.map((term) => pagefind.search(term))),
  ]);

  const records = new Map<string, RankedRecord>();
  for (const response of responses) {
    for (const result of response.results) {
      if (!records.has(result.id)) records.set(result.id, toRankedRecord(result));
    }
  }

  const scored = scoreByTerms(
    responses.map((response) => response.results.map(({ id, score }) => ({ id, score }))),
    pageCount,
  );
  const ranked = scored.flatMap(({ id, score }) => {
    const record = records.get(id);
    return record === undefined ? [] : [{ record, score }];
  });

  const head = ranked.slice(0, RERANK_DEPTH);
  const texts = await Promise.all(
    head.map(async ({ record, score }) => {
      const data = await record.data();
      const titles = [data.meta['title'], data.meta['title_zh']].filter((title) => title !== undefined);
      return { item: record, score, text: { titles, content: data.content, code: data.meta['code'] } };
    }),
  );

  return [...rerankByText(query, terms, texts), ...ranked.slice(RERANK_DEPTH).map(({ record }) => record)];
}
