import type { PagefindServiceConfig } from 'pagefind';

/**
 * Characters Pagefind keeps inside words, so identifiers stay whole terms:
 * `ERR_REQUIRE_ESM`, `EAI_AGAIN`, `HikariPool-1`, `externally-managed-environment`.
 * Pagefind still indexes the parts of such a word, so `require` finds
 * `ERR_REQUIRE_ESM` too. Pagefind copies the list into `pagefind-entry.json`
 * and applies it to queries as well.
 *
 * `.` and `:` are left out on purpose. With them, a pasted `:::8080` or
 * `10.1.2.3:6379` becomes one word that no page contains, and a sentence end
 * such as `exhausted.` is indexed as a word of its own.
 */
export const INCLUDE_CHARACTERS = '_-';

/**
 * Elements whose text stays out of the index and the excerpts: the hidden
 * filter values (Pagefind still reads them as filters), screen-reader labels
 * such as "Link to this section: Root cause", and the record page's section
 * links and copy control. Without this every page matched its own domain name
 * and excerpts began with "Copy Root cause".
 */
export const EXCLUDED_SELECTORS = ['[data-pagefind-filter]', '.visually-hidden', '[data-section-link]', 'errdex-copy'];

export const PAGEFIND_INDEX_CONFIG: PagefindServiceConfig = {
  includeCharacters: INCLUDE_CHARACTERS,
  excludeSelectors: EXCLUDED_SELECTORS,
};
