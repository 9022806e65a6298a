import { isLang, type Lang } from '../../lib/i18n/languages';
import { parseNotFoundPath } from '../../lib/links/not-found-path';
import type { IndexEntry, RecordIndex } from '../../lib/links/published';
import { joinBase, recordPath } from '../../lib/site/paths';

/**
 * `<errdex-not-found-help>`: the help block of the 404 page. Static hosts serve
 * one 404.html for every unknown address, so the block reads the address in
 * the browser. For an `errors/<domain>/...` address in its own language
 * (`data-lang`) it lists that domain's records from the record index
 * (`data-index-url`). With `data-follows-address` it also hides itself for
 * addresses in another language and shows itself for its own.
 *
 * Attributes: `data-lang`, `data-base` (the base path), `data-index-url`,
 * `data-heading` (heading template with a `{domain}` placeholder),
 * `data-follows-address`.
 */
class NotFoundHelp extends HTMLElement {
  connectedCallback(): void {
    const lang = this.dataset['lang'] ?? '';
    const base = this.dataset['base'] ?? '/';
    if (!isLang(lang)) return;

    const location = parseNotFoundPath(window.location.pathname, base);
    if (this.dataset['followsAddress'] !== undefined) {
      this.hidden = location.lang !== lang;
    }
    if (location.lang !== lang) return;

    if (location.domain !== null) {
      void this.showDomainRecords(location.domain, lang, base);
    }
  }

  private async showDomainRecords(domain: string, lang: Lang, base: string): Promise<void> {
    const section = this.querySelector<HTMLElement>('[data-records]');
    const heading = this.querySelector<HTMLElement>('[data-records-heading]');
    const list = this.querySelector<HTMLUListElement>('[data-records-list]');
    const indexUrl = this.dataset['indexUrl'];
    if (section === null || heading === null || list === null || indexUrl === undefined) return;

    const records = await loadDomainRecords(indexUrl, domain);
    if (records.length === 0) return;

    heading.textContent = (this.dataset['heading'] ?? '{domain}').replace('{domain}', domain);
    list.replaceChildren(...records.map((record) => renderRecord(record, lang, base)));
    section.hidden = false;
  }
}

async function loadDomainRecords(indexUrl: string, domain: string): Promise<IndexEntry[]> {
  try {
    const response = await fetch(indexUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const index = (await response.json()) as RecordIndex;
    return index.records.filter((record) => record.domain === domain);
  } catch (error) {
    // The rest of the page still helps, so a missing index only hides the list.
    console.warn(`Could not load the record index from ${indexUrl}:`, error);
    return [];
  }
}

function renderRecord(record: IndexEntry, lang: Lang, base: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  const id = document.createElement('code');

  // Links are built from the id and the base path the page was served under,
  // not from the index's absolute URLs, which name the configured SITE_URL.
  link.href = joinBase(base, recordPath(record.id, lang));
  if (lang === 'zh' && record.signature_zh !== null) {
    link.textContent = record.signature_zh;
  } else {
    link.textContent = record.signature;
    if (lang === 'zh') link.lang = 'en';
  }
  id.textContent = record.id;

  item.append(link, ' ', id);
  return item;
}

customElements.define('errdex-not-found-help', NotFoundHelp);
