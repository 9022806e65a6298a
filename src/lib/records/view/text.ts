import type { Lang } from '../../i18n/languages';

/**
 * A piece of record text as a page shows it. `lang` is the language the text
 * is written in. `untranslated` is true when a Chinese page shows English
 * text because no usable translation exists, and the page then marks it.
 */
export interface LocalizedText {
  text: string;
  lang: Lang;
  untranslated: boolean;
}

/** CJK Unified Ideographs with Extensions A to F, and the compatibility ideographs. */
const CJK_CHARACTER = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]/u;

export function containsCjk(text: string): boolean {
  return CJK_CHARACTER.test(text);
}

/**
 * Returns the Chinese translation if it is usable: present, not blank, not a
 * copy of the English text and containing at least one CJK character. Real
 * records sometimes fill `_zh` fields with the English text unchanged.
 */
export function usableTranslation(english: string, chinese: string | null | undefined): string | null {
  if (chinese === null || chinese === undefined) return null;

  const trimmed = chinese.trim();
  if (trimmed === '' || trimmed === english.trim() || !containsCjk(trimmed)) return null;

  return chinese;
}

/**
 * Chooses the text a page in `lang` shows for a field that has a `_zh`
 * counterpart: the Chinese text on Chinese pages when usable, the English text
 * otherwise (marked as untranslated on Chinese pages).
 */
export function localize(lang: Lang, english: string, chinese: string | null | undefined): LocalizedText {
  if (lang === 'en') return { text: english, lang: 'en', untranslated: false };

  const translation = usableTranslation(english, chinese);
  if (translation === null) return { text: english, lang: 'en', untranslated: true };

  return { text: translation, lang: 'zh', untranslated: false };
}

/** Text of a field that exists only in English; on Chinese pages it is marked as untranslated. */
export function englishOnly(lang: Lang, english: string): LocalizedText {
  return { text: english, lang: 'en', untranslated: lang !== 'en' };
}

/** Replaces every run of whitespace, line breaks included, by one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `maxLength` code points, ending in an ellipsis.
 * A cut inside a word backs off to the previous space when that keeps at least
 * half the text; Chinese text has no spaces and is cut at the limit.
 */
export function truncateText(text: string, maxLength: number): string {
  const collapsed = collapseWhitespace(text);
  const codePoints = Array.from(collapsed);
  if (codePoints.length <= maxLength) return collapsed;

  const cut = codePoints.slice(0, maxLength - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const shortened = lastSpace >= cut.length / 2 ? cut.slice(0, lastSpace) : cut;

  return `${shortened.replace(/[\s,.;:，。；：、]+$/u, '')}…`;
}
