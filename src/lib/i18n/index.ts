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

/** Binds `translate` to one language, for use in a page or component. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, values?: Record<string, string | number>) => translate(lang, key, values);
}
