import type { UiKey } from '../i18n';

/** UI strings the search scripts need in the browser. */
export const CLIENT_MESSAGE_KEYS = [
  'search.box.allResults',
  'search.filter.option',
  'search.filter.domain',
  'search.filter.category',
  'search.filter.tier',
  'search.tier.ai_generated',
  'search.tier.community_reported',
  'search.tier.human_reviewed',
  'search.tier.reproduced',
  'search.status.loading',
  'search.status.one',
  'search.status.many',
  'search.status.none',
  'search.status.failed',
  'search.page.otherLanguage',
  'search.page.otherLanguageLink',
  'search.result.domain',
  'record.untranslated',
] as const satisfies readonly UiKey[];

export type ClientMessageKey = (typeof CLIENT_MESSAGE_KEYS)[number];

export type ClientMessages = Record<ClientMessageKey, string>;

/**
 * Fills `{name}` placeholders, as `translate` in lib/i18n does on the server.
 * A placeholder without a value throws, so the page never shows a raw `{name}`.
 */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Message "${template}" needs a value for {${name}}`);
    return String(value);
  });
}

/** Reads the messages a page put in `data-messages`; a missing key throws. */
export function readClientMessages(json: string | undefined): ClientMessages {
  if (json === undefined) throw new Error('Search element has no data-messages attribute');

  const parsed = JSON.parse(json) as Partial<Record<string, unknown>>;
  const missing = CLIENT_MESSAGE_KEYS.filter((key) => typeof parsed[key] !== 'string');
  if (missing.length > 0) throw new Error(`Search messages are missing: ${missing.join(', ')}`);

  return parsed as ClientMessages;
}

/** Returns the live-region text for a result count. */
export function resultCountMessage(messages: ClientMessages, count: number): string {
  if (count === 0) return messages['search.status.none'];
  if (count === 1) return messages['search.status.one'];
  return formatMessage(messages['search.status.many'], { count });
}
