import type { ClientMessageKey, ClientMessages } from './format';
import type { SearchFilter } from './index-fields';

/** Display form of one filter value on the search page. */
export interface FilterValueLabel {
  text: string;
  /** HTML `lang` of the text when it differs from the page's language, such as `en` on a Chinese page. */
  lang: string | null;
  /** True when a Chinese page shows the English name because no translation exists, so the page marks it. */
  untranslated: boolean;
}

/** Display names of category values, keyed by the raw value that the filter and the URL use. */
export type CategoryLabels = Readonly<Record<string, FilterValueLabel>>;

function isFilterValueLabel(value: unknown): value is FilterValueLabel {
  if (typeof value !== 'object' || value === null) return false;

  const label = value as Record<string, unknown>;
  return (
    typeof label['text'] === 'string' &&
    (label['lang'] === null || typeof label['lang'] === 'string') &&
    typeof label['untranslated'] === 'boolean'
  );
}

/** Reads the category names a page put in `data-category-labels`. A missing attribute or a malformed entry throws. */
export function readCategoryLabels(json: string | undefined): CategoryLabels {
  if (json === undefined) throw new Error('Search element has no data-category-labels attribute');

  const parsed = JSON.parse(json) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('data-category-labels must be a JSON object keyed by category');
  }

  const invalid = Object.entries(parsed).filter(([, label]) => !isFilterValueLabel(label));
  if (invalid.length > 0) {
    throw new Error(`data-category-labels has invalid entries: ${invalid.map(([category]) => category).join(', ')}`);
  }

  return parsed as CategoryLabels;
}

/**
 * Returns how a filter value is shown. Categories use the page's category
 * names, and tiers the search messages. Domains, and values without a name
 * (a category from a hand-edited URL), show the raw value.
 */
export function filterValueLabel(
  name: SearchFilter,
  value: string,
  messages: ClientMessages,
  categories: CategoryLabels,
): FilterValueLabel {
  const raw = { text: value, lang: null, untranslated: false };

  if (name === 'category') return Object.hasOwn(categories, value) ? (categories[value] ?? raw) : raw;

  if (name === 'tier') {
    const key = `search.tier.${value}`;
    return key in messages ? { ...raw, text: messages[key as ClientMessageKey] } : raw;
  }

  return raw;
}
