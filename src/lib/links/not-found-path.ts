import { LANG_PREFIX, type Lang } from '../i18n/languages';

/** Language and record domain of the address a 404 page was served for. */
export interface NotFoundLocation {
  /** Language of the requested address: `zh` under `zh/`, `en` otherwise. */
  lang: Lang;
  /** The `<domain>` of an `errors/<domain>/...` address, or null for any other address. */
  domain: string | null;
}

const ERRORS_PATH = /^errors\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/;

/**
 * Reads the language and record domain from the path a 404 page was served
 * for (`location.pathname`, with the base path). Static hosts serve the same
 * 404.html for every unknown address, so the page reads its address in the browser.
 */
export function parseNotFoundPath(pathname: string, base: string): NotFoundLocation {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let path = safeDecode(pathname);

  if (path.startsWith(prefix)) {
    path = path.slice(prefix.length);
  } else if (`${path}/` === prefix) {
    path = '';
  } else {
    // Outside the base path nothing on this site can match, so only the default language applies.
    return { lang: 'en', domain: null };
  }

  let lang: Lang = 'en';
  if (path.startsWith(LANG_PREFIX.zh) || `${path}/` === LANG_PREFIX.zh) {
    lang = 'zh';
    path = path.slice(LANG_PREFIX.zh.length);
  }

  const match = ERRORS_PATH.exec(path.toLowerCase());
  return { lang, domain: match?.[1] ?? null };
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
