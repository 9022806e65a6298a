import type { linksStrings } from '../en/links';

/** Simplified Chinese UI strings of the links feature. */
export const linksStringsZh: Record<keyof typeof linksStrings, string> = {
};
