import type { Lang } from '../../i18n/languages';
import { categoryNamesZh } from '../../i18n/zh/record';
import type { LocalizedText } from './text';

/** Abbreviations that English writes in capitals, as they appear in category names. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['api', 'cors', 'cpu', 'dns', 'http', 'io', 'jvm', 'oom', 'sql', 'ssh', 'ssl', 'tcp', 'tls', 'url', 'vcs']);

/**
 * Turns a snake_case name into a phrase with a capital first letter:
 * `resource_error` becomes "Resource error" and `tls_error` "TLS error".
 */
export function humanizeSnakeCase(name: string): string {
  const words = name
    .split('_')
    .filter((word) => word !== '')
    .map((word) => (ABBREVIATIONS.has(word) ? word.toUpperCase() : word));
  const phrase = words.join(' ');
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/**
 * Display name of a record category. Chinese pages use the translation table
 * and fall back to the humanized English name, marked as untranslated.
 */
export function categoryLabel(category: string, lang: Lang): LocalizedText {
  const english = humanizeSnakeCase(category);
  if (lang === 'en') return { text: english, lang: 'en', untranslated: false };

  const chinese = categoryNamesZh[category];
  if (chinese === undefined) return { text: english, lang: 'en', untranslated: true };

  return { text: chinese, lang: 'zh', untranslated: false };
}

/**
 * Fragment id of a category's section on the domain page. The prefix keeps a
 * category such as `main` from colliding with the layout's own ids.
 */
export function categoryAnchor(category: string): string {
  return `category-${category}`;
}
