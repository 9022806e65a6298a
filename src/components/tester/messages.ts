/** UI strings of the tester in the browser, with `{name}` placeholders and plural forms. */

import type { testerStrings } from '../../lib/i18n/en/tester';

export type TesterStringKey = keyof typeof testerStrings;
export type TesterStrings = Record<TesterStringKey, string>;

/** Keys that come in `.one` and `.other` forms, without the suffix. */
type PluralBase<Key extends string> = Key extends `${infer Base}.other` ? Base : never;
export type TesterPluralKey = PluralBase<TesterStringKey>;

export class TesterMessages {
  private readonly plurals: Intl.PluralRules;
  private readonly numbers: Intl.NumberFormat;
  private readonly sizes: Intl.NumberFormat;

  constructor(
    private readonly strings: TesterStrings,
    locale: string,
  ) {
    this.plurals = new Intl.PluralRules(locale);
    this.numbers = new Intl.NumberFormat(locale);
    this.sizes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  }

  /** Fills `{name}` placeholders; numbers are formatted for the page's language. */
  text(key: TesterStringKey, values: Record<string, string | number> = {}): string {
    return this.strings[key].replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
      const value = values[name];
      if (value === undefined) {
        throw new Error(`UI string "${key}" needs a value for {${name}}`);
      }
      return typeof value === 'number' ? this.numbers.format(value) : value;
    });
  }

  /** Formats a size in bytes as KB below 1 MB and as MB above, with at most one decimal (1 KB = 1,024 bytes). */
  size(bytes: number): string {
    const megabyte = 1024 * 1024;
    return bytes < megabyte ? `${this.sizes.format(bytes / 1024)} KB` : `${this.sizes.format(bytes / megabyte)} MB`;
  }

  /** Picks the `.one` or `.other` form of `base` for `count` and fills `{count}`. */
  plural(base: TesterPluralKey, count: number, values: Record<string, string | number> = {}): string {
    const key = (this.plurals.select(count) === 'one' ? `${base}.one` : `${base}.other`) as TesterStringKey;
    return this.text(key, { ...values, count });
  }
}
