/** English UI strings of the links feature. */
export const linksStrings = {
} as const;
