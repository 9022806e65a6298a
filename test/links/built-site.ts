import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { errorRecord } from '../../src/schema';
import { FEED_SIZE } from '../../src/lib/links/feed';
import type { PublishedRecord, RecordIndex } from '../../src/lib/links/published';
import { collectRedirects } from '../../src/lib/links/redirects';
import { checkLinks, type LinkProblem } from './link-checker';

/**
 * Checks of a finished build: links, the JSON outputs, alias redirects,
 * feeds, sitemap and robots.txt, all compared with the record files the
 * build was made from. Shared by the checks of `dist/` and of the build
 * under a base path.
 */
export interface BuiltSite {
  /** Output folder; a function because the base-path check builds it first. */
  distDir: () => string;
  /** `SITE_URL` the site was built with. */
  site: string;
  /** `BASE_PATH` the site was built with, such as `/` or `/errdex/`. */
  base: string;
  /** Folder of the record files the site was built from. */
  contentDir: string;
}

/** A record file as written, keyed by the fields these checks read. */
type SourceRecord = Record<string, unknown> & { id: string; aliases: string[]; last_updated: string };

export function readSourceRecords(contentDir: string): SourceRecord[] {
  const root = resolve(contentDir);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(root, file), 'utf8')) as SourceRecord)
    .sort((left, right) => (left.id < right.id ? -1 : 1));
}

/**
 * Reads the text Pagefind stored for each page URL. Fragment files are
 * gzipped JSON after a `pagefind_dcd` signature.
 */
function readIndexedContents(fragmentDir: string): Map<string, string> {
  const contents = new Map<string, string>();
  for (const name of readdirSync(fragmentDir)) {
    const text = gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8');
    const fragment = JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string; content: string };
    // Pagefind separates segmented words with zero-width spaces and collapses white space.
    contents.set(fragment.url, collapseSpace(fragment.content.replaceAll('\u200b', '')));
  }
  return contents;
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Groups problems by URL and message, so one broken header link reads as one line, not one per page. */
export function summarizeProblems(problems: readonly LinkProblem[]): string[] {
  const pagesByProblem = new Map<string, Set<string>>();
  for (const problem of problems) {
    const key = `${problem.source}="${problem.url}": ${problem.message}`;
    pagesByProblem.set(key, (pagesByProblem.get(key) ?? new Set()).add(problem.page));
  }
  return [...pagesByProblem].map(([key, pageSet]) => {
    const pages = [...pageSet];
    const examplePages = pages.slice(0, 3).join(', ');
    const more = pages.length > 3 ? ', ...' : '';
    return `${key} (on ${pages.length} page${pages.length === 1 ? '' : 's'}: ${examplePages}${more})`;
  });
}

export function describeBuiltSite(name: string, built: BuiltSite): void {
  const base = built.base.endsWith('/') ? built.base : `${built.base}/`;
  const siteRoot = new URL(base, built.site).href;
  const records = readSourceRecords(built.contentDir);
  const ids = records.map((record) => record.id);
  const redirects = collectRedirects(records);

  const read = (path: string) => readFileSync(join(built.distDir(), path), 'utf8');
  const exists = (path: string) => existsSync(join(built.distDir(), path));

  describe(name, () => {
    it('has every internal link resolving', () => {
      expect(exists('index.html'), `${built.distDir()}/index.html is missing; build the site first`).toBe(true);

      const result = checkLinks({ distDir: built.distDir(), site: built.site, base });

      expect(summarizeProblems(result.problems)).toEqual([]);
      expect(result.pages.filter((page) => !page.startsWith('zh/')).length).toBeGreaterThan(ids.length);
      expect(result.pages.filter((page) => page.startsWith('zh/')).length).toBeGreaterThan(ids.length);
    });

    it('has every record page in both languages', () => {
      const missing = ids
        .flatMap((id) => [`errors/${id}/index.html`, `zh/errors/${id}/index.html`])
        .filter((path) => !exists(path));

      expect(missing).toEqual([]);
    });

    it('indexes exactly the published records', () => {
      const index = JSON.parse(read('api/errors.json')) as RecordIndex;

      expect(index.records.map((entry) => entry.id)).toEqual(ids);
      expect(index.count).toBe(ids.length);
      for (const entry of index.records) {
        expect(entry.urls.en).toBe(`${siteRoot}errors/${entry.id}/`);
        expect(entry.urls.zh).toBe(`${siteRoot}zh/errors/${entry.id}/`);
        expect(entry.urls.json).toBe(`${siteRoot}errors/${entry.id}.json`);
      }
    });

    it('publishes each record as schema-valid JSON', () => {
      for (const source of records) {
        const published = JSON.parse(read(`errors/${source.id}.json`)) as PublishedRecord;
        const { $schema: _editorSchema, ...fields } = source;
        const parsed = errorRecord.safeParse(published.record);

        expect(parsed.success, `${source.id}.json: ${parsed.error?.message ?? ''}`).toBe(true);
        expect(published.record, `${source.id}.json`).toEqual(fields);
        expect(published.urls.en).toBe(`${siteRoot}errors/${source.id}/`);
      }
    });

    it('redirects every former id in both languages', () => {
      for (const redirect of redirects) {
        for (const prefix of ['', 'zh/']) {
          const html = read(`${prefix}errors/${redirect.from}/index.html`);
          const target = `${base}${prefix}errors/${redirect.to}/`;

          expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
          expect(html).toContain(`<link rel="canonical" href="${built.site.replace(/\/$/, '')}${target}">`);
          expect(html).toContain('<meta name="robots" content="noindex">');
          expect(html).toMatch(new RegExp(`<a href="${target}"[^>]*>`));
        }
      }
    });

    it('writes an RSS feed per language', () => {
      const newestFirst = [...records].sort((left, right) => (left.last_updated < right.last_updated ? 1 : -1));

      for (const prefix of ['', 'zh/']) {
        const xml = read(`${prefix}feed.xml`);
        const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map((match) => match[1]);

        expect(links).toHaveLength(Math.min(FEED_SIZE, records.length));
        expect(links.every((link) => link?.startsWith(`${siteRoot}${prefix}errors/`))).toBe(true);
        expect(xml).toContain(`<atom:link href="${siteRoot}${prefix}feed.xml" rel="self"`);
        if (newestFirst[0] !== undefined) {
          const newestDate = new Date(`${newestFirst[0].last_updated}T00:00:00Z`).toUTCString();
          expect(xml.match(/<pubDate>([^<]*)<\/pubDate>/)?.[1]).toBe(newestDate);
        }
      }
    });

    it('lists record pages with hreflang in the sitemap', () => {
      const index = read('sitemap-index.xml');
      const sitemapUrls = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1] ?? '');

      expect(sitemapUrls.length).toBeGreaterThan(0);
      expect(sitemapUrls.every((url) => url.startsWith(siteRoot))).toBe(true);

      const sitemap = sitemapUrls.map((url) => read(url.slice(siteRoot.length))).join('\n');
      const pages = new Set([...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]));

      for (const id of ids) {
        expect(pages.has(`${siteRoot}errors/${id}/`), `sitemap lists errors/${id}/`).toBe(true);
        expect(pages.has(`${siteRoot}zh/errors/${id}/`), `sitemap lists zh/errors/${id}/`).toBe(true);
      }
      for (const redirect of redirects) {
        expect(pages.has(`${siteRoot}errors/${redirect.from}/`), `sitemap omits alias ${redirect.from}`).toBe(false);
        expect(pages.has(`${siteRoot}zh/errors/${redirect.from}/`), `sitemap omits alias ${redirect.from}`).toBe(false);
      }
      expect([...pages].filter((page) => page?.includes('404'))).toEqual([]);
      expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${siteRoot}zh/"/>`);
    });

    it('names the sitemap in robots.txt', () => {
      expect(read('robots.txt')).toContain(`Sitemap: ${siteRoot}sitemap-index.xml`);
    });

    it('has a 404 page at the root and under zh/', () => {
      expect(exists('404.html')).toBe(true);
      expect(read('zh/404.html')).toContain('<html lang="zh-CN"');
    });

    it('has one search index per language, each with every record page', () => {
      // Each language is indexed by its own Pagefind run. A broken merge of
      // their entry files would leave only the last language searchable.
      const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
        languages: Record<string, { hash: string; page_count: number }>;
      };

      expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
      for (const [language, info] of Object.entries(entry.languages)) {
        expect(info.page_count, `${language} pages in the index`).toBe(ids.length);
        expect(exists(`pagefind/pagefind.${info.hash}.pf_meta`), `pagefind.${info.hash}.pf_meta`).toBe(true);
      }
      expect(exists('pagefind/pagefind-ui.js'), 'the unused Pagefind UI is deleted').toBe(false);
    });

    it('indexes each record by its own language, without dead ends or labels', () => {
      const contents = readIndexedContents(join(built.distDir(), 'pagefind', 'fragment'));
      const problems: string[] = [];

      for (const record of records) {
        const english = contents.get(`/errors/${record.id}/`);
        const chinese = contents.get(`/zh/errors/${record.id}/`);
        const signature = collapseSpace(String(record['signature']));
        const rootCause = collapseSpace(String(record['root_cause']));
        const deadEnds = (record['dead_ends'] as { why_fails: string }[]).map((deadEnd) => collapseSpace(deadEnd.why_fails));
        const translated = typeof record['root_cause_zh'] === 'string' && record['root_cause_zh'] !== rootCause;

        if (english === undefined || chinese === undefined) {
          problems.push(`${record.id}: missing from the index`);
          continue;
        }
        if (!english.includes(signature)) problems.push(`${record.id}: en lacks the signature`);
        if (!chinese.includes(signature)) problems.push(`${record.id}: zh lacks the signature`);
        if (!english.includes(rootCause.slice(0, 40))) problems.push(`${record.id}: en lacks the root cause`);
        if (translated && chinese.includes(rootCause.slice(0, 40))) problems.push(`${record.id}: zh holds the English root cause`);
        for (const text of deadEnds) {
          if (english.includes(text.slice(0, 40))) problems.push(`${record.id}: en holds a dead end`);
        }
        if (english.includes('Sorted by success rate')) problems.push(`${record.id}: en holds the workarounds intro`);
      }

      expect(problems).toEqual([]);
    });
  });
}

