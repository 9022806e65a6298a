import type { recordStrings } from '../en/record';

/** Simplified Chinese UI strings of the record feature. */
export const recordStringsZh: Record<keyof typeof recordStrings, string> = {
};
