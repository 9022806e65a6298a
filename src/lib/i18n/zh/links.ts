import type { linksStrings } from '../en/links';

/** Simplified Chinese UI strings of the links feature: feeds, alias redirect pages and the 404 page. */
export const linksStringsZh: Record<keyof typeof linksStrings, string> = {
  'links.feed.title': 'Errdex：新增和更新的报错记录',
  'links.feed.description': '最近新增或修改的报错记录，按更新时间从新到旧排列。',
  'links.feed.linkTitle': 'Errdex：新增和更新的记录（RSS）',
  'links.redirect.title': '已迁移：{signature}',
  'links.redirect.description': '这是记录 {id} 以前使用的地址。',
  'links.redirect.heading': '这条记录已迁移',
  'links.redirect.body': '原来位于 {from} 的记录现在的地址是：',
  'links.redirect.updateHint': '请把书签和运维手册里的链接改成新地址。',
  'links.notFound.title': '页面不存在',
  'links.notFound.description': '这个地址没有对应的页面。',
  'links.notFound.lead': '这个地址下没有发布任何内容。记录可能已经改名，也可能是链接写错了。',
  'links.notFound.searchLabel': '搜索记录',
  'links.notFound.searchButton': '搜索',
  'links.notFound.nextSteps': '其他查找方式',
  'links.notFound.searchLink': '打开搜索页',
  'links.notFound.testerLink': '把报错信息粘贴到报错匹配工具里',
  'links.notFound.homeLink': '按领域浏览全部记录',
  'links.notFound.domainRecords': '{domain} 领域的记录',
};
