import type { searchStrings } from '../en/search';

/** Simplified Chinese UI strings of the search feature. */
export const searchStringsZh: Record<keyof typeof searchStrings, string> = {
};
