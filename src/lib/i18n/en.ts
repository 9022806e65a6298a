import { linksStrings } from './en/links';
import { recordStrings } from './en/record';
import { searchStrings } from './en/search';
import { siteStrings } from './en/site';
import { testerStrings } from './en/tester';

/**
 * The English dictionary: the reference. It is split by feature so each part
 * stays readable; zh.ts must have every key of every part.
 */
export const en = {
  ...siteStrings,
  ...recordStrings,
  ...testerStrings,
  ...searchStrings,
  ...linksStrings,
} as const;

export type UiKey = keyof typeof en;
