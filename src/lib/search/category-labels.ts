import { HTML_LANG, type Lang } from '../i18n/languages';
import { categoryLabel } from '../records/view/categories';
import type { FilterValueLabel } from './value-labels';

/**
 * Builds the display names of the category filter's values for one page
 * language, with the names the record and domain pages use (categoryLabel).
 * The search page passes them to the browser in a data attribute, so the
 * client bundle carries no dictionary. Server side only.
 */
export function categoryLabels(categories: Iterable<string>, lang: Lang): Record<string, FilterValueLabel> {
  const labels: Record<string, FilterValueLabel> = {};

  for (const category of [...new Set(categories)].sort()) {
    const label = categoryLabel(category, lang);
    labels[category] = {
      text: label.text,
      lang: label.lang === lang ? null : HTML_LANG[label.lang],
      untranslated: label.untranslated,
    };
  }

  return labels;
}
