/** English UI strings shared by every page: header, footer, navigation. */
export const siteStrings = {
  'site.name': 'Errdex',
  'site.tagline': 'What an error message means, what fixes it, and what does not.',
  'nav.home': 'Domains',
  'nav.tester': 'Message tester',
  'nav.search': 'Search',
  'nav.skipToContent': 'Skip to content',
  'nav.primary': 'Main',
  'lang.switch': '中文',
  'lang.switchLabel': 'Read this page in Chinese',
  'footer.about': 'Errdex is an open error knowledge base. Records are checked at build time.',
} as const;
