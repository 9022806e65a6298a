/** Languages the site is published in. English is the default and lives at the root. */
export const LANGUAGES = ['en', 'zh'] as const;

export type Lang = (typeof LANGUAGES)[number];

/** BCP 47 tag for `<html lang>`, `hreflang` and Pagefind's index split. */
export const HTML_LANG: Record<Lang, string> = {
  en: 'en',
  zh: 'zh-CN',
};

/** Path prefix of each language's pages, relative to the base path. */
export const LANG_PREFIX: Record<Lang, string> = {
  en: '',
  zh: 'zh/',
};

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}
