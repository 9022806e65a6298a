import { filterOptions, type FilterOption } from '../../lib/search/filters';
import { formatMessage, type ClientMessageKey, type ClientMessages } from '../../lib/search/format';
import type { SearchFilter } from '../../lib/search/index-fields';
import type { PagefindFilterCounts } from '../../lib/search/pagefind-api';

let nextId = 0;

function valueLabel(name: SearchFilter, value: string, messages: ClientMessages): string {
  if (name !== 'tier') return value;

  const key = `search.tier.${value}`;
  return key in messages ? messages[key as ClientMessageKey] : value;
}

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

function updateItem(item: HTMLLIElement, name: SearchFilter, option: FilterOption, messages: ClientMessages): void {
  const box = item.querySelector('input');
  const label = item.querySelector('label');
  if (box === null || label === null) throw new Error(`Filter option ${option.value} lost its checkbox or label`);

  box.checked = option.checked;
  label.textContent = formatMessage(messages['search.filter.option'], {
    label: valueLabel(name, option.value, messages),
    count: option.count,
  });
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
): void {
  const list = group.querySelector<HTMLUListElement>('[data-filter-options]');
  if (list === null) throw new Error(`Filter group ${name} has no [data-filter-options] list`);

  const options = filterOptions(name, indexCounts, currentCounts, selected);
  const existing = new Map([...list.querySelectorAll<HTMLLIElement>(':scope > li')].map((item) => [item.dataset['value'], item]));

  const items = options.map((option) => {
    const item = existing.get(option.value) ?? createItem(name, option.value);
    updateItem(item, name, option, messages);
    return item;
  });

  const sameOrder = items.length === list.children.length && items.every((item, index) => list.children[index] === item);
  if (!sameOrder) list.replaceChildren(...items);
  group.hidden = items.length === 0;
}
