import { filterOptions, type FilterOption } from '../../lib/search/filters';
import { formatMessage, type ClientMessages } from '../../lib/search/format';
import type { SearchFilter } from '../../lib/search/index-fields';
import type { PagefindFilterCounts } from '../../lib/search/pagefind-api';
import { filterValueLabel, type CategoryLabels } from '../../lib/search/value-labels';

let nextId = 0;

function createItem(name: SearchFilter, value: string): HTMLLIElement {
  nextId += 1;
  const id = `search-filter-${nextId}`;

  const item = document.createElement('li');
  item.dataset['value'] = value;

  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = id;
  box.name = name;
  box.value = value;

  const label = document.createElement('label');
  label.htmlFor = id;

  item.append(box, ' ', label);
  return item;
}

/**
 * Fills a checkbox label from the `search.filter.option` template. The value's
 * name goes in its own span, so a name in another language than the page
 * gets its `lang`, and an untranslated one its marker, as on the record pages.
 */
function fillLabel(
  label: HTMLLabelElement,
  name: SearchFilter,
  option: FilterOption,
  messages: ClientMessages,
  categories: CategoryLabels,
): void {
  const value = filterValueLabel(name, option.value, messages, categories);
  const [before = '', ...rest] = messages['search.filter.option'].split('{label}');
  const after = rest.join('{label}');

  const text = document.createElement('span');
  text.textContent = value.text;
  if (value.lang !== null) text.lang = value.lang;

  const parts: (Node | string)[] = [formatMessage(before, { count: option.count })];
  if (value.untranslated) {
    const marker = document.createElement('span');
    marker.className = 'untranslated';
    marker.textContent = messages['record.untranslated'];
    parts.push(marker);
  }
  parts.push(text, formatMessage(after, { count: option.count }));
  label.replaceChildren(...parts.filter((part) => part !== ''));
}

function updateItem(
  item: HTMLLIElement,
  name: SearchFilter,
  option: FilterOption,
  messages: ClientMessages,
  categories: CategoryLabels,
): void {
  const box = item.querySelector('input');
  const label = item.querySelector('label');
  if (box === null || label === null) throw new Error(`Filter option ${option.value} lost its checkbox or label`);

  box.checked = option.checked;
  fillLabel(label, name, option, messages, categories);
}

/**
 * Brings one filter group up to date. Existing checkboxes are updated in place,
 * so the box a keyboard user just toggled keeps focus. A group with no values
 * is hidden.
 */
export function renderFilterGroup(
  group: HTMLElement,
  name: SearchFilter,
  indexCounts: PagefindFilterCounts,
  currentCounts: PagefindFilterCounts,
  selected: readonly string[],
  messages: ClientMessages,
  categories: CategoryLabels,
): void {
  const list = group.querySelector<HTMLUListElement>('[data-filter-options]');
  if (list === null) throw new Error(`Filter group ${name} has no [data-filter-options] list`);

  const options = filterOptions(name, indexCounts, currentCounts, selected);
  const existing = new Map([...list.querySelectorAll<HTMLLIElement>(':scope > li')].map((item) => [item.dataset['value'], item]));

  const items = options.map((option) => {
    const item = existing.get(option.value) ?? createItem(name, option.value);
    updateItem(item, name, option, messages, categories);
    return item;
  });

  const sameOrder = items.length === list.children.length && items.every((item, index) => list.children[index] === item);
  if (!sameOrder) list.replaceChildren(...items);
  group.hidden = items.length === 0;
}
