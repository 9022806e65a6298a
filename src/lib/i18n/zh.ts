import type { UiKey } from './en';
import { linksStringsZh } from './zh/links';
import { recordStringsZh } from './zh/record';
import { searchStringsZh } from './zh/search';
import { siteStringsZh } from './zh/site';
import { testerStringsZh } from './zh/tester';

/** The Simplified Chinese dictionary; its type requires every English key. */
export const zh: Record<UiKey, string> = {
  ...siteStringsZh,
  ...recordStringsZh,
  ...testerStringsZh,
  ...searchStringsZh,
  ...linksStringsZh,
};
