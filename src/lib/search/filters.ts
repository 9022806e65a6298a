import { TIER_ORDER, type SearchFilter } from './index-fields';
import type { PagefindFilterCounts } from './pagefind-api';

/** One checkbox of a filter group. */
export interface FilterOption {
  value: string;
  /** Results of the current search that have this value; the whole index when nothing is searched. */
  count: number;
  checked: boolean;
}

function compareValues(name: SearchFilter, left: string, right: string): number {
  if (name === 'tier') {
    const rank = (value: string) => {
      const index = (TIER_ORDER as readonly string[]).indexOf(value);
      return index === -1 ? TIER_ORDER.length : index;
    };
    const byRank = rank(left) - rank(right);
    if (byRank !== 0) return byRank;
  }

  return left.localeCompare(right, 'en');
}

/**
 * Lists the options of one filter group: the values in the index that have
 * results now, plus every selected value, even one the index lacks (from a
 * hand-edited URL), so it can be unticked. Tiers follow TIER_ORDER, other
 * values sort by name.
 */
export function filterOptions(
  name: SearchFilter,
  indexCounts: PagefindFilterCounts,
  currentCounts: PagefindFilterCounts,
  selected: readonly string[],
): FilterOption[] {
  const values = new Set([...Object.keys(indexCounts[name] ?? {}), ...selected]);

  return [...values]
    .sort((left, right) => compareValues(name, left, right))
    .map((value) => ({
      value,
      count: currentCounts[name]?.[value] ?? 0,
      checked: selected.includes(value),
    }))
    .filter((option) => option.count > 0 || option.checked);
}
