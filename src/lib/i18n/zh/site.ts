import type { siteStrings } from '../en/site';

/** Simplified Chinese UI strings shared by every page. */
export const siteStringsZh: Record<keyof typeof siteStrings, string> = {
  'site.name': 'Errdex',
  'site.tagline': '报错信息是什么意思，怎样修复，哪些做法没用。',
  'nav.home': '领域',
  'nav.tester': '报错匹配',
  'nav.search': '搜索',
  'nav.skipToContent': '跳到正文',
  'nav.primary': '主导航',
  'lang.switch': 'English',
  'lang.switchLabel': '查看本页英文版',
  'footer.about': 'Errdex 是一个开放的报错知识库，所有记录在构建时校验。',
};
