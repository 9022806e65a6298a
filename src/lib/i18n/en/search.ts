/** English UI strings of the search feature. */
export const searchStrings = {
} as const;
