import { en, type UiKey } from './en';
import type { Lang } from './languages';
import { zh } from './zh';

export * from './languages';
export type { UiKey };

const DICTIONARIES: Record<Lang, Record<UiKey, string>> = { en, zh };

/**
 * Looks up a UI string. `{name}` placeholders are replaced from `values`; a
 * placeholder without a value throws, so a page never shows a raw `{name}`.
 */
export function translate(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[lang][key];

  return template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`UI string "${key}" (${lang}) needs a value for {${name}}`);
    }
    return String(value);
  });
}

/**
 * Splits a UI string with one `{name}` placeholder into the text before and
 * after it. A component can then wrap the value in its own element, with a
 * `lang` or outside the search index, while the text around it stays
 * translated. Throws when the string lacks the placeholder.
 */
export function splitAround(lang: Lang, key: UiKey, name: string): [before: string, after: string] {
  const template = DICTIONARIES[lang][key];
  const placeholder = `{${name}}`;
  const at = template.indexOf(placeholder);
  if (at === -1) {
    throw new Error(`UI string "${key}" (${lang}) has no {${name}}`);
  }
  return [template.slice(0, at), template.slice(at + placeholder.length)];
}

/** Binds `translate` to one language, for use in a page or component. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, values?: Record<string, string | number>) => translate(lang, key, values);
}
