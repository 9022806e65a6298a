import type { VerificationTier } from '../../schema/record';

/**
 * Names shared by the record pages, which tag their content for Pagefind, and
 * the search UI, which reads them back. A record page carries one hidden
 * `data-pagefind-filter="<name>"` element per filter, holding the raw record
 * value (`postgres`, `resource_error`, `ai_generated`), and one
 * `data-pagefind-sort="updated"` element holding `last_updated` (YYYY-MM-DD).
 */

/** Pagefind filter names, in the order the search page shows them. */
export const SEARCH_FILTERS = ['domain', 'category', 'tier'] as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Pagefind sort key holding the record's `last_updated` date. ISO dates sort correctly as strings. */
export const UPDATED_SORT_KEY = 'updated';

export function isSearchFilter(name: string): name is SearchFilter {
  return (SEARCH_FILTERS as readonly string[]).includes(name);
}

/** Verification tiers from least to most trustworthy: the order of the tier filter. */
export const TIER_ORDER = [
  'ai_generated',
  'community_reported',
  'human_reviewed',
  'reproduced',
] as const satisfies readonly VerificationTier[];
