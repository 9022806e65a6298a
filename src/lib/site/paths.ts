import { LANG_PREFIX, type Lang } from '../i18n/languages';

/**
 * Site paths, all relative to the base path. Pages call `withBase` on them;
 * the Node CLIs join them to a site URL instead, so nothing here reads
 * `import.meta.env`.
 */

function localized(lang: Lang, path: string): string {
  return `${LANG_PREFIX[lang]}${path}`;
}

export function homePath(lang: Lang): string {
  return localized(lang, '');
}

export function recordPath(id: string, lang: Lang): string {
  return localized(lang, `errors/${id}/`);
}

export function domainsIndexPath(lang: Lang): string {
  return localized(lang, 'domains/');
}

export function domainPath(domain: string, lang: Lang): string {
  return localized(lang, `domains/${domain}/`);
}

export function testerPath(lang: Lang): string {
  return localized(lang, 'tester/');
}

export function searchPath(lang: Lang): string {
  return localized(lang, 'search/');
}

/**
 * Joins a base path (`/` or `/errdex/`, as Astro's BASE_URL gives it, with or
 * without the trailing slash) and a site path.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, '')}`;
}

/** Returns the path of the same page in language `to`, by stripping or adding the language prefix. */
export function switchLanguage(path: string, to: Lang): string {
  const bare = path.startsWith(LANG_PREFIX.zh) ? path.slice(LANG_PREFIX.zh.length) : path;
  return localized(to, bare);
}

/**
 * Glob of one language's record pages in the built site, relative to its
 * folder. The search index is built per language from these files.
 */
export function recordPagesGlob(lang: Lang): string {
  return localized(lang, 'errors/**/*.html');
}
