import { formatMessage, type ClientMessages } from '../../lib/search/format';
import type { ResultView } from '../../lib/search/result-view';

/**
 * DOM builders shared by the header search box and the search page. Text goes
 * in through textContent only, and excerpt marks are rebuilt from parsed segments.
 */

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Builds one result: the signature as a link, the domain, and the excerpt with its matches marked. */
export function renderResult(view: ResultView, messages: ClientMessages): HTMLLIElement {
  const item = element('li', 'search-result');

  const link = element('a', 'search-result__title', view.title);
  link.href = view.url;
  item.append(link);

  if (view.domain !== null) {
    const domain = element('span', 'search-result__domain', view.domain);
    domain.title = formatMessage(messages['search.result.domain'], { domain: view.domain });
    item.append(' ', domain);
  }

  if (view.excerpt.length > 0) {
    const excerpt = element('p', 'search-result__excerpt');
    for (const segment of view.excerpt) {
      excerpt.append(segment.marked ? element('mark', '', segment.text) : document.createTextNode(segment.text));
    }
    item.append(excerpt);
  }

  return item;
}
