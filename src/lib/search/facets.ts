import { SEARCH_FILTERS, type SearchFilter } from './index-fields';
import type { PagefindFilterCounts } from './pagefind-api';

/**
 * Filtering, filter counts and date order, computed in the browser over
 * Pagefind page ids. The ranking searches each term separately (rank.ts), so
 * Pagefind's own counts, which cover one search, do not describe the merged
 * result list.
 */

/** Page ids per filter value: `members.domain.get('postgres')` contains every postgres page. */
export type FilterMembers = Record<SearchFilter, Map<string, ReadonlySet<string>>>;

/** Selected values per filter; an empty list leaves that filter out. */
export type SelectedFilters = Record<SearchFilter, readonly string[]>;

function inGroup(id: string, values: ReadonlyMap<string, ReadonlySet<string>>, selected: readonly string[]): boolean {
  return selected.length === 0 || selected.some((value) => values.get(value)?.has(id) === true);
}

/** Returns whether a page has one of the selected values in every filter that has a selection. */
export function matchesFilters(id: string, members: FilterMembers, selected: SelectedFilters, except?: SearchFilter): boolean {
  return SEARCH_FILTERS.every((name) => name === except || inGroup(id, members[name], selected[name]));
}

/** Keeps the pages that match the selected filters, in their order. */
export function applyFilters<T extends { id: string }>(pages: readonly T[], members: FilterMembers, selected: SelectedFilters): T[] {
  return pages.filter((page) => matchesFilters(page.id, members, selected));
}

/**
 * Counts, for each filter value, the pages that would be listed with that
 * value ticked: pages among `ids` that match the selections of the other
 * filters and have the value. Values of one filter are alternatives, so the
 * filter's own selection does not narrow its counts.
 */
export function facetCounts(ids: readonly string[], members: FilterMembers, selected: SelectedFilters): PagefindFilterCounts {
  const counts: PagefindFilterCounts = {};

  for (const name of SEARCH_FILTERS) {
    const base = ids.filter((id) => matchesFilters(id, members, selected, name));
    const group: Record<string, number> = {};
    for (const [value, pages] of members[name]) {
      group[value] = base.filter((id) => pages.has(id)).length;
    }
    counts[name] = group;
  }

  return counts;
}

/** Orders pages by `updated`, newest first; pages without a date go last in their current order. */
export function sortByUpdated<T extends { id: string }>(pages: readonly T[], updatedRank: ReadonlyMap<string, number>): T[] {
  const rank = (id: string) => updatedRank.get(id) ?? Number.POSITIVE_INFINITY;
  return pages
    .map((page, index) => ({ page, index }))
    .sort((left, right) => rank(left.page.id) - rank(right.page.id) || left.index - right.index)
    .map(({ page }) => page);
}
