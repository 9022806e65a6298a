import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildSearchIndex, mergeEntries } from './build-index';

let site: string;

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'errdex-search-index-'));
});

afterEach(() => {
  rmSync(site, { recursive: true, force: true });
});

function writePage(path: string, lang: string, body: string): void {
  const file = join(site, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`);
}

function recordPage(text: string): string {
  return `<header>Errdex</header><article data-pagefind-body><h1>${text}</h1></article>`;
}

/** Reads the page text Pagefind stored for excerpts. Fragments are gzipped JSON after a `pagefind_dcd` signature. */
function fragmentContents(language: string): string[] {
  const folder = join(site, 'pagefind', 'fragment');
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${language}_`))
    .map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      return (JSON.parse(text.slice('pagefind_dcd'.length)) as { content: string }).content;
    });
}

describe('buildSearchIndex', () => {
  it('writes one index per language and one entry listing both', async () => {
    writePage('errors/api/a/index.html', 'en', recordPage('Connection pool exhausted'));
    writePage('errors/api/b/index.html', 'en', recordPage('Too many requests'));
    writePage('zh/errors/api/a/index.html', 'zh-CN', recordPage('连接池已耗尽'));
    // Pages without data-pagefind-body, such as alias redirects, stay out.
    writePage('errors/api/old-name/index.html', 'en', '<p>Moved</p>');

    const summary = await buildSearchIndex(site);

    expect(summary.pages).toEqual({ en: 2, 'zh-cn': 1 });
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    for (const { hash } of Object.values(entry.languages)) {
      expect(existsSync(join(site, 'pagefind', `pagefind.${hash}.pf_meta`))).toBe(true);
    }
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'pagefind-ui.js'))).toBe(false);
  });

  it('indexes identifiers whole and leaves labels and controls out', async () => {
    writePage(
      'errors/node/x/index.html',
      'en',
      `<article data-pagefind-body>
        <span data-pagefind-filter="domain" hidden>node</span>
        <h1><span class="visually-hidden">Error message:</span><code>Error [ERR_REQUIRE_ESM]: require() of ES Module</code></h1>
        <a data-section-link href="#signature"><span class="visually-hidden">Link to this section</span></a>
        <errdex-copy><button hidden>Copy</button></errdex-copy>
        <p>Use import().</p>
      </article>`,
    );
    writePage('zh/errors/node/x/index.html', 'zh-CN', recordPage('改用动态导入。'));

    await buildSearchIndex(site);

    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      include_characters: string[];
    };
    expect(entry.include_characters).toEqual(expect.arrayContaining(['_', '-']));
    expect(fragmentContents('en')).toEqual(['Error [ERR_REQUIRE_ESM]: require() of ES Module. Use import().']);
  });

  it('replaces an index left by an earlier run', async () => {
    mkdirSync(join(site, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(site, 'pagefind', 'fragment', 'en_stale.pf_fragment'), 'stale');
    writePage('errors/api/a/index.html', 'en', recordPage('Connection pool exhausted'));
    writePage('zh/errors/api/a/index.html', 'zh-CN', recordPage('连接池已耗尽'));

    await buildSearchIndex(site);

    expect(existsSync(join(site, 'pagefind', 'fragment', 'en_stale.pf_fragment'))).toBe(false);
  });

  it('removes staging folders of stopped runs only', async () => {
    writePage('errors/api/a/index.html', 'en', recordPage('Connection pool exhausted'));
    writePage('zh/errors/api/a/index.html', 'zh-CN', recordPage('连接池已耗尽'));
    // No process has this pid (above the Linux limit of 2^22); pid 1 always runs.
    mkdirSync(join(site, '.pagefind-staging-99999999'));
    mkdirSync(join(site, '.pagefind-staging-1'));

    await buildSearchIndex(site);

    expect(existsSync(join(site, '.pagefind-staging-99999999'))).toBe(false);
    expect(existsSync(join(site, '.pagefind-staging-1'))).toBe(true);
    expect(existsSync(join(site, `.pagefind-staging-${process.pid}`))).toBe(false);
  });

  it('fails with a hint when a language has no record pages', async () => {
    writePage('errors/api/a/index.html', 'en', recordPage('Connection pool exhausted'));

    await expect(buildSearchIndex(site)).rejects.toThrow(/No record pages match .*zh\/errors\/\*\*\/\*\.html\. Build the site/);
  });

  it('keeps the old index when indexing fails', async () => {
    writePage('errors/api/a/index.html', 'en', recordPage('Connection pool exhausted'));
    writePage('zh/errors/api/a/index.html', 'zh-CN', recordPage('连接池已耗尽'));
    await buildSearchIndex(site);
    const entry = readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8');

    rmSync(join(site, 'zh'), { recursive: true });
    await expect(buildSearchIndex(site)).rejects.toThrow(/No record pages match/);

    expect(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe(entry);
    expect(existsSync(join(site, `.pagefind-staging-${process.pid}`))).toBe(false);
  });
});

describe('mergeEntries', () => {
  it('lists every language, other fields from the last', () => {
    const merged = mergeEntries([
      { version: '1.6.0', languages: { en: { page_count: 2 } } },
      { version: '1.6.0', languages: { 'zh-cn': { page_count: 1 } }, include_characters: ['_'] },
    ]);

    expect(merged).toEqual({
      version: '1.6.0',
      languages: { en: { page_count: 2 }, 'zh-cn': { page_count: 1 } },
      include_characters: ['_'],
    });
  });

  it('refuses a language indexed twice', () => {
    const entry = { languages: { en: { page_count: 1 } } };

    expect(() => mergeEntries([entry, entry])).toThrow('Two Pagefind runs both wrote the language en');
  });
});
