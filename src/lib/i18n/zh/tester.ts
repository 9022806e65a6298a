import type { testerStrings } from '../en/tester';

/** Simplified Chinese UI strings of the tester feature. */
export const testerStringsZh: Record<keyof typeof testerStrings, string> = {
};
