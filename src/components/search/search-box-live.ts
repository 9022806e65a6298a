import { formatMessage, readClientMessages, resultCountMessage } from '../../lib/search/format';
import { debounce, LatestRequest } from '../../lib/search/latest';
import { loadPagefind } from '../../lib/search/load-pagefind';
import { suggestsOtherLanguage } from '../../lib/search/query-terms';
import { toResultView } from '../../lib/search/result-view';
import { rankRecords } from '../../lib/search/run';
import { normalizeQuery } from '../../lib/search/state';
import { renderResult } from './render';

/** Number of results shown in the header panel. The search page lists all of them. */
const PANEL_RESULTS = 5;

/** Pause in typing before a search runs, in milliseconds. */
const TYPING_DELAY_MS = 200;

function required<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`errdex-search-box is missing ${selector}`);
  return found;
}

/**
 * Turns the header box into search-as-you-type. Pagefind starts loading at
 * once, so the first results do not wait for the download.
 */
export function attachLiveSearch(root: HTMLElement, input: HTMLInputElement): void {
  const messages = readClientMessages(root.dataset['messages']);
  const bundleUrl = root.dataset['bundle'] ?? '';
  const baseUrl = root.dataset['base'] ?? '/';
  const lang = root.dataset['lang'] === 'zh' ? 'zh' : 'en';
  const status = required<HTMLElement>(root, '[data-status]');
  const panel = required<HTMLElement>(root, '[data-panel]');
  const list = required<HTMLUListElement>(root, '[data-results]');
  const message = required<HTMLElement>(root, '[data-message]');
  const allResults = required<HTMLAnchorElement>(root, '[data-all]');
  const searchPageUrl = allResults.getAttribute('href') ?? '';
  const otherSearchPageUrl = root.dataset['otherSearch'] ?? '';
  const latest = new LatestRequest();

  const pagefindLoading = loadPagefind(bundleUrl, baseUrl);
  // A search that needs the module shows the error, so this handler only avoids an unhandled rejection.
  pagefindLoading.catch(() => undefined);

  const close = () => {
    panel.hidden = true;
  };

  const showMessage = (text: string) => {
    list.replaceChildren();
    message.textContent = text;
    message.hidden = false;
    allResults.hidden = true;
    panel.hidden = false;
    status.textContent = text;
  };

  const run = async (rawQuery: string) => {
    const query = normalizeQuery(rawQuery);
    const isCurrent = latest.begin();
    if (query === '') {
      latest.cancel();
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }

    try {
      const pagefind = await loadPagefind(bundleUrl, baseUrl);
      const records = await rankRecords(pagefind, query, lang, isCurrent);
      if (!isCurrent()) return;
      const views = await Promise.all(records.slice(0, PANEL_RESULTS).map(async (record) => toResultView(await record.data())));
      if (!isCurrent()) return;

      if (views.length === 0 && suggestsOtherLanguage(query, lang)) {
        // Each language's index contains only its own prose, so offer the other one.
        showMessage(`${messages['search.status.none']} ${messages['search.page.otherLanguage']}`);
        allResults.href = `${otherSearchPageUrl}?${new URLSearchParams({ q: query }).toString()}`;
        allResults.textContent = messages['search.page.otherLanguageLink'];
        allResults.hidden = false;
        return;
      }
      if (views.length === 0) {
        showMessage(messages['search.status.none']);
        return;
      }

      list.replaceChildren(...views.map((view) => renderResult(view, messages)));
      message.hidden = true;
      allResults.href = `${searchPageUrl}?${new URLSearchParams({ q: query }).toString()}`;
      allResults.textContent = formatMessage(messages['search.box.allResults'], { query });
      allResults.hidden = false;
      panel.hidden = false;
      status.textContent = resultCountMessage(messages, records.length);
    } catch (error) {
      if (!isCurrent()) return;
      console.warn('Search failed:', error);
      showMessage(messages['search.status.failed']);
    }
  };

  const scheduled = debounce((query: string) => void run(query), TYPING_DELAY_MS);
  input.addEventListener('input', () => scheduled(input.value));
  if (input.value !== '') scheduled(input.value);

  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      close();
      input.focus();
      event.preventDefault();
      return;
    }

    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('a:not([hidden])')];
    if (panel.hidden || links.length === 0) return;

    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = current + step;
    event.preventDefault();
    if (next < 0) {
      input.focus();
    } else {
      links[Math.min(next, links.length - 1)]?.focus();
    }
  });

  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !root.contains(event.relatedTarget)) close();
  });

  input.addEventListener('focus', () => {
    if (list.childElementCount > 0 || !message.hidden) panel.hidden = false;
  });
}
