import { en } from '../i18n/en';
import type { Lang } from '../i18n/languages';
import { zh } from '../i18n/zh';
import type { ClientMessages } from './format';
import { CLIENT_MESSAGE_KEYS } from './format';

/**
 * Collects the raw templates of the strings that the search scripts fill in
 * the browser, for one language. Pages pass the result in a `data-messages`
 * attribute, so client bundles carry no dictionary. Server side only.
 */
export function clientMessages(lang: Lang): ClientMessages {
  const dictionary = lang === 'zh' ? zh : en;
  const entries = CLIENT_MESSAGE_KEYS.map((key) => [key, dictionary[key]] as const);
  return Object.fromEntries(entries) as ClientMessages;
}
