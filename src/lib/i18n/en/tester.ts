/** English UI strings of the tester feature. */
export const testerStrings = {
} as const;
