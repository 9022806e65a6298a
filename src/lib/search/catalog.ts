import type { FilterMembers } from './facets';
import { SEARCH_FILTERS, UPDATED_SORT_KEY } from './index-fields';
import type { PagefindFilterCounts, PagefindModule } from './pagefind-api';
import { toRankedRecord, type RankedRecord } from './ranked-record';

/** Filter and sort data of the index of the page's language, for filtering and sorting in the browser. */
export interface Catalog {
  /** Every indexed page, newest `updated` first; pages without the date follow. */
  pages: RankedRecord[];
  /** Page ids per filter value. */
  members: FilterMembers;
  /** Position of each page id in `updated` order, newest first. */
  updatedRank: Map<string, number>;
  /** Page count per filter value over the whole index. */
  indexCounts: PagefindFilterCounts;
}

/**
 * Loads the catalog with filter-only searches: one sorted listing and one
 * search per filter value. These read Pagefind's filter and sort data, not
 * the word index.
 */
export async function loadCatalog(pagefind: PagefindModule): Promise<Catalog> {
  const [all, byDate, indexCounts] = await Promise.all([
    pagefind.search(null),
    pagefind.search(null, { sort: { [UPDATED_SORT_KEY]: 'desc' } }),
    pagefind.filters(),
  ]);

  const updatedRank = new Map(byDate.results.map((result, index) => [result.id, index]));
  const undated = all.results.filter((result) => !updatedRank.has(result.id));
  const pages = [...byDate.results, ...undated].map(toRankedRecord);

  const members: FilterMembers = { domain: new Map(), category: new Map(), tier: new Map() };
  const lookups = SEARCH_FILTERS.flatMap((name) =>
    Object.keys(indexCounts[name] ?? {}).map(async (value) => {
      const response = await pagefind.search(null, { filters: { [name]: value } });
      members[name].set(value, new Set(response.results.map((result) => result.id)));
    }),
  );
  await Promise.all(lookups);

  return { pages, members, updatedRank, indexCounts };
}
