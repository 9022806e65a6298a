import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

import { HTML_LANG, LANG_PREFIX } from '../i18n/languages';
import { contentDir } from '../records/content-dir';
import { recordPath } from '../site/paths';
import { collectRedirects } from './redirects';

/** The record fields the sitemap needs. */
export interface SitemapRecord {
  id: string;
  aliases: string[];
  last_updated: string;
}

/**
 * hreflang alternates for `@astrojs/sitemap`. Each locale key is the page path
 * prefix (English at the root, Chinese under `zh/`) and each value the hreflang tag.
 */
export const SITEMAP_I18N = {
  defaultLocale: 'en',
  locales: { en: HTML_LANG.en, zh: HTML_LANG.zh },
} as const satisfies NonNullable<SitemapOptions>['i18n'];

const ZH_PREFIX = LANG_PREFIX.zh;

/**
 * Builds the options for `@astrojs/sitemap`: hreflang alternates, no alias redirect
 * pages, and `lastmod` from `last_updated` on record pages. The 404 pages
 * need no filter because the integration already leaves out `404` and
 * `<locale>/404`.
 *
 * The records are read from `contentDirectory` (relative to the working
 * directory, default `ERRDEX_CONTENT_DIR` or content/errors) on the first
 * call of `filter` or `serialize`, which happens after the build, so loading
 * astro.config.mjs reads nothing.
 */
export function sitemapOptions(options: { base: string; contentDirectory?: string }): NonNullable<SitemapOptions> {
  const directory = options.contentDirectory ?? contentDir();
  let built: ReturnType<typeof buildSitemapRules> | undefined;
  const rules = () => (built ??= buildSitemapRules(readSitemapRecords(directory), options.base));

  return {
    i18n: SITEMAP_I18N,
    filter: (page) => rules().filter(page),
    serialize: (item) => rules().serialize(item),
  };
}

/** Builds the sitemap's filter and serializer from records already in memory. */
export function buildSitemapRules(records: readonly SitemapRecord[], base: string) {
  const redirectPaths = new Set(
    collectRedirects(records).flatMap((redirect) => [recordPath(redirect.from, 'en'), recordPath(redirect.from, 'zh')]),
  );
  const lastUpdatedById = new Map(records.map((record) => [record.id, record.last_updated]));

  return {
    /** Leaves out the redirect page of every former id. */
    filter(page: string): boolean {
      return !redirectPaths.has(sitePath(page, base));
    },

    /** Sets `lastmod` of a record page, in either language, to the record's `last_updated`. */
    serialize(item: SitemapItem): SitemapItem {
      const path = sitePath(item.url, base);
      const bare = path.startsWith(ZH_PREFIX) ? path.slice(ZH_PREFIX.length) : path;
      const id = /^errors\/(.+)\/$/.exec(bare)?.[1];
      const lastUpdated = id === undefined ? undefined : lastUpdatedById.get(id);

      return lastUpdated === undefined ? item : { ...item, lastmod: lastUpdated };
    },
  };
}

/** Converts an absolute page URL to its path below the base path, such as `zh/errors/api/x/`. */
function sitePath(pageUrl: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const pathname = decodeURI(new URL(pageUrl).pathname);
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
}

/**
 * Reads `id`, `aliases` and `last_updated` from every record file. The build
 * has validated the records by the time this runs; a file that is not JSON
 * still throws, naming the file.
 */
export function readSitemapRecords(directory: string): SitemapRecord[] {
  const root = resolve(directory);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'));

  return files.map((file) => {
    const path = join(root, file);
    let data: Partial<SitemapRecord>;
    try {
      data = JSON.parse(readFileSync(path, 'utf8')) as Partial<SitemapRecord>;
    } catch (error) {
      throw new Error(`Sitemap: ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof data.id !== 'string' || typeof data.last_updated !== 'string' || !Array.isArray(data.aliases)) {
      throw new Error(`Sitemap: ${path} lacks a string id, a string last_updated or an aliases array.`);
    }
    return { id: data.id, aliases: data.aliases, last_updated: data.last_updated };
  });
}
