import { LANG_PREFIX, type Lang } from '../i18n/languages';
import { joinBase, recordPath } from '../site/paths';

/**
 * Site paths and absolute URLs of the machine-readable outputs. Like
 * `src/lib/site/paths.ts`, paths here are relative to the base path, and
 * nothing reads `import.meta.env`, so Node tests and config code can use them.
 */

/** Publication address of the site: the origin from `SITE_URL` and the base path from `BASE_PATH`. */
export interface SiteLocation {
  site: URL;
  /** Base path as Astro's `BASE_URL` gives it: `/` or `/errdex/`, with or without the trailing slash. */
  base: string;
}

/** Absolute URLs of one record's pages and its JSON. */
export interface RecordUrls {
  en: string;
  zh: string;
  json: string;
}

/** Index of every published record. */
export const INDEX_JSON_PATH = 'api/errors.json';

/** Sitemap index written by `@astrojs/sitemap` (its default file name). */
export const SITEMAP_INDEX_PATH = 'sitemap-index.xml';

/** Returns the path of a record's JSON, `errors/<domain>/<slug>.json`, beside the record's page folder. */
export function recordJsonPath(id: string): string {
  return `errors/${id}.json`;
}

/** RSS feed of recently added and updated records, one per language. */
export function feedPath(lang: Lang): string {
  return `${LANG_PREFIX[lang]}feed.xml`;
}

/** Joins a site path to the site origin and base path, giving an absolute URL. */
export function absoluteUrl(location: SiteLocation, path: string): string {
  return new URL(joinBase(location.base, path), location.site).href;
}

export function recordUrls(id: string, location: SiteLocation): RecordUrls {
  return {
    en: absoluteUrl(location, recordPath(id, 'en')),
    zh: absoluteUrl(location, recordPath(id, 'zh')),
    json: absoluteUrl(location, recordJsonPath(id)),
  };
}

/**
 * Reads the site origin an endpoint or page was built with. Astro passes
 * `undefined` when `site` is missing from the config, and every absolute URL
 * would then be wrong, so this throws instead of guessing.
 */
export function requireSite(site: URL | undefined): URL {
  if (site === undefined) {
    throw new Error('The `site` option is missing from astro.config.mjs; set SITE_URL so absolute URLs can be built.');
  }
  return site;
}
