/** English UI strings of the record feature. */
export const recordStrings = {
} as const;
