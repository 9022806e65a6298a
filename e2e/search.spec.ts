import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

/**
 * Search on the built corpus: the Pagefind index written by the build, the
 * header search box and the search pages in both languages. Queries come
 * from the record files, so the tests follow the content.
 */

interface RecordFields {
  signature: string;
  last_updated: string;
  error_code: string | null;
  root_cause_zh?: string | null;
  workarounds_zh?: string[] | null;
  transition_graph: { frequently_confused_with: string[] };
}

function readRecord(id: string): RecordFields {
  return JSON.parse(readFileSync(join(import.meta.dirname, `../content/errors/${id}.json`), 'utf8')) as RecordFields;
}

/** Site base path, as the build and playwright.config.ts use it. */
const BASE = (() => {
  const base = process.env['BASE_PATH'] ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
})();

const SEED_ID = 'api/rate-limit-connection-pool-exhausted';
const seed = readRecord(SEED_ID);

/**
 * Time allowed for the first results, in milliseconds. The first search loads
 * Pagefind, its WebAssembly and index chunks, which took over 5 s on a loaded
 * two-core machine.
 */
const FIRST_RESULTS_TIMEOUT_MS = 20_000;

/** Opens a search page with `q` in the URL and returns the result links' paths, best first, once the count is announced. */
async function searchResults(page: Page, path: string, query: string): Promise<string[]> {
  await page.goto(`${path}?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status').filter({ hasText: /found|找到/ })).toBeVisible({ timeout: FIRST_RESULTS_TIMEOUT_MS });

  return linkPaths(resultList(page));
}

/** Returns the search page's result list, not the header box's list. */
function resultList(page: Page) {
  return page.getByRole('main').getByRole('list', { name: /Search results|搜索结果/ });
}

function linkPaths(list: ReturnType<typeof resultList>): Promise<string[]> {
  return list.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

function recordUrl(id: string, lang: 'en' | 'zh'): string {
  return `${BASE}${lang === 'zh' ? 'zh/' : ''}errors/${id}/`;
}

/** Most results a short pasted fragment may list. Each of its words alone matches most records. */
const MAX_FRAGMENT_RESULTS = 10;

/** Short fragments whose common words, each searched alone, match most records. */
const FRAGMENT_QUERIES: { query: string; id: string; lang: 'en' | 'zh' }[] = [
  { query: 'address already in use', id: 'node/eaddrinuse', lang: 'en' },
  { query: 'too many clients', id: 'postgres/too-many-clients', lang: 'en' },
  { query: '端口被占用', id: 'node/eaddrinuse', lang: 'zh' },
];

/** Returns the announced result count, as the search page words it. */
function countMessage(count: number, lang: 'en' | 'zh'): string {
  if (lang === 'zh') return `找到 ${count} 条记录`;
  return count === 1 ? '1 record found' : `${count} records found`;
}

test.describe('result list length', () => {
  for (const { query, id, lang } of FRAGMENT_QUERIES) {
    test(`${query} lists few records, ${id} first`, async ({ page }) => {
      const results = await searchResults(page, lang === 'zh' ? 'zh/search/' : 'search/', query);

      expect(results[0]).toBe(recordUrl(id, lang));
      expect(results.length).toBeLessThanOrEqual(MAX_FRAGMENT_RESULTS);
      await expect(page.getByRole('status').filter({ hasText: /found|找到/ })).toHaveText(countMessage(results.length, lang));
    });
  }

  test('Chinese excerpt marks more than one character', async ({ page }) => {
    await searchResults(page, 'zh/search/', '端口被占用');
    const marks = await resultList(page).getByRole('listitem').first().locator('mark').allTextContents();
    expect(marks.some((mark) => Array.from(mark).length > 1), `marks: ${marks.join(', ')}`).toBe(true);
  });
});

/** Loads the search index of the open page's language and returns the indexed text of one record page. */
async function indexedContent(page: Page, recordPath: string): Promise<string> {
  return page.evaluate(
    async ({ bundle, path }) => {
      const pagefind = (await import(bundle)) as {
        init: () => Promise<void>;
        search: (term: null) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
      };
      await pagefind.init();
      const pages = await Promise.all((await pagefind.search(null)).results.map((result) => result.data()));
      const found = pages.find((data) => data.url.endsWith(path));
      if (found === undefined) throw new Error(`${path} is not in the search index`);
      return found.content;
    },
    { bundle: `${BASE}pagefind/pagefind.js`, path: recordPath },
  );
}

test.describe('search index', () => {
  test('leaves out related errors, version labels and provenance', async ({ page }) => {
    const id = 'node/eaddrinuse';
    const record = readRecord(id);
    const neighbour = record.transition_graph.frequently_confused_with[0];
    expect(neighbour, `${id} links a related record`).toBeDefined();

    await page.goto('search/');
    const content = await indexedContent(page, `errors/${id}/`);

    expect(content).toContain(record.signature);
    expect(content).toContain(record.error_code ?? '');
    expect(content).not.toContain(readRecord(neighbour ?? '').signature);
    for (const label of ['Related errors', 'Frequently confused with', 'Behaviour change', 'Verification tier', 'Confidence']) {
      expect(content, `indexed text of ${id}`).not.toContain(label);
    }
  });
});

test.describe('search page in English', () => {
  test('exact signature finds its record first', async ({ page }) => {
    const results = await searchResults(page, 'search/', seed.signature);
    expect(results[0]).toBe(recordUrl(SEED_ID, 'en'));
  });

  test('excerpts leave out page controls', async ({ page }) => {
    await searchResults(page, 'search/', 'Connection pool exhausted');
    const first = resultList(page).getByRole('listitem').first();
    await expect(first).not.toContainText('Link to this section');
    await expect(first).not.toContainText('Copy');
    await expect(first).not.toContainText('ai_generated');
  });

  test('message fragment finds its record in the top three', async ({ page }) => {
    const results = await searchResults(page, 'search/', 'Connection pool exhausted');
    expect(results.slice(0, 3)).toContain(recordUrl(SEED_ID, 'en'));
  });

  test('pasted message with another port finds its record', async ({ page }) => {
    const results = await searchResults(page, 'search/', 'Error: listen EADDRINUSE: address already in use :::8080');
    expect(results[0]).toBe(recordUrl('node/eaddrinuse', 'en'));
  });

  for (const id of ['node/err-require-esm', 'node/eaddrinuse']) {
    test(`error code of ${id} finds it first`, async ({ page }) => {
      const code = readRecord(id).error_code;
      expect(code, `${id} has an error code`).not.toBeNull();

      const results = await searchResults(page, 'search/', code ?? '');
      expect(results[0]).toBe(recordUrl(id, 'en'));
    });
  }

  test('domain filter narrows results to one domain', async ({ page }) => {
    const before = await searchResults(page, 'search/', 'timeout');
    expect(before.some((path) => !path.includes('/errors/mysql/')), 'results span several domains').toBe(true);

    await page.getByRole('group', { name: 'Domain' }).getByRole('checkbox', { name: /^mysql \(\d+\)$/ }).check();

    await expect(page).toHaveURL(/[?&]domain=mysql(&|$)/);
    await expect.poll(async () => (await linkPaths(resultList(page))).every((path) => path.includes('/errors/mysql/'))).toBe(true);
    const after = await linkPaths(resultList(page));
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
  });

  test('filter in the URL applies on load', async ({ page }) => {
    const all = await searchResults(page, 'search/', 'connection');
    await page.goto('search/?q=connection&domain=redis');
    await expect(page.getByRole('status').filter({ hasText: /found/ })).toBeVisible({ timeout: FIRST_RESULTS_TIMEOUT_MS });
    await expect(page.getByRole('checkbox', { name: /^redis \(\d+\)$/ })).toBeChecked();

    const filtered = await linkPaths(resultList(page));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.every((path) => path.includes('/errors/redis/'))).toBe(true);
  });

  test('category filter shows category names', async ({ page }) => {
    await searchResults(page, 'search/', 'Connection pool exhausted');
    const categories = page.getByRole('group', { name: 'Category' });
    const names = await categories.getByRole('checkbox').evaluateAll((boxes) =>
      boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => name.includes('_'))).toEqual([]);

    await categories.getByRole('checkbox', { name: /^Resource error \(\d+\)$/ }).check();
    await expect(page).toHaveURL(/[?&]category=resource_error(&|$)/);
  });

  test('sort by last updated orders by date', async ({ page }) => {
    await searchResults(page, 'search/', 'connection');
    await page.getByLabel('Sort by').selectOption('updated');
    await expect(page).toHaveURL(/[?&]sort=updated(&|$)/);

    const dateOf = (path: string) => readRecord(path.replace(`${BASE}errors/`, '').replace(/\/$/, '')).last_updated;
    await expect
      .poll(async () => {
        const dates = (await linkPaths(resultList(page))).map(dateOf);
        return dates.every((date, index) => index === 0 || date <= (dates[index - 1] ?? date));
      })
      .toBe(true);
  });

  test('typing updates the query in the URL', async ({ page }) => {
    await page.goto('search/');
    await page.getByLabel('Error message, code or symptom').fill('WRONGTYPE');
    await expect(page).toHaveURL(/[?&]q=WRONGTYPE(&|$)/);
    await expect(resultList(page).getByRole('link').first()).toHaveAttribute('href', recordUrl('redis/wrongtype', 'en'), {
      timeout: FIRST_RESULTS_TIMEOUT_MS,
    });
  });

  test('Chinese query points to the Chinese site', async ({ page }) => {
    const search = `q=${encodeURIComponent('连接池')}&domain=api`;
    await page.goto(`search/?${search}`);
    await expect(page.getByRole('status').filter({ hasText: 'No records found' })).toBeVisible({ timeout: FIRST_RESULTS_TIMEOUT_MS });

    const link = page.getByRole('link', { name: 'Search the Chinese site' });
    await expect(link).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await link.click();

    // The query and the filter carry over.
    await expect(page).toHaveURL(new RegExp(`${BASE}zh/search/\\?${search}$`));
    await expect(resultList(page).getByRole('link').first()).toHaveAttribute('href', recordUrl('api/rate-limit-connection-pool-exhausted', 'zh'), {
      timeout: FIRST_RESULTS_TIMEOUT_MS,
    });
  });

  test('empty result of a filter shows no language hint', async ({ page }) => {
    await page.goto('zh/search/?q=connection&tier=human_verified');
    await expect(page.getByRole('status').filter({ hasText: /没有找到|未找到/ })).toBeVisible({ timeout: FIRST_RESULTS_TIMEOUT_MS });
    await expect(page.getByRole('link', { name: '在英文站点搜索' })).toBeHidden();
  });

  test('English query shows no language hint', async ({ page }) => {
    await searchResults(page, 'search/', 'connection');
    await expect(page.getByRole('link', { name: 'Search the Chinese site' })).toBeHidden();
  });

  test('search page has no serious axe violations', async ({ page }) => {
    await searchResults(page, 'search/', 'connection');
    await expectNoSeriousA11yViolations(page);
  });
});

/**
 * Chinese queries made of words from the Chinese root cause or workarounds of
 * real records, two to five characters long.
 */
const CHINESE_QUERIES: { query: string; id: string }[] = [
  { query: '淘汰', id: 'redis/oom-command-not-allowed' },
  { query: '预检', id: 'api/cors-preflight-blocked' },
  { query: '间隙锁', id: 'mysql/deadlock-found' },
  { query: '热部署', id: 'java/outofmemory-metaspace' },
  { query: '唯一约束', id: 'postgres/duplicate-key-unique-constraint' },
  { query: '隔离级别', id: 'postgres/could-not-serialize-access' },
  { query: '故障切换', id: 'redis/readonly-replica' },
  { query: '百分号编码', id: 'postgres/password-authentication-failed' },
];

test.describe('search page in Chinese', () => {
  for (const { query, id } of CHINESE_QUERIES) {
    test(`${query} finds ${id} in the top three`, async ({ page }) => {
      const record = readRecord(id);
      const chineseText = [record.root_cause_zh ?? '', ...(record.workarounds_zh ?? [])].join('\n');
      expect(chineseText, `${id} mentions ${query} in its Chinese root cause or workarounds`).toContain(query);

      const results = await searchResults(page, 'zh/search/', query);
      expect(results.slice(0, 3)).toContain(recordUrl(id, 'zh'));
    });
  }

  test('English signature finds the Chinese record', async ({ page }) => {
    const results = await searchResults(page, 'zh/search/', seed.signature);
    expect(results.slice(0, 3)).toContain(recordUrl(SEED_ID, 'zh'));
  });

  test('category filter shows Chinese category names', async ({ page }) => {
    await searchResults(page, 'zh/search/', seed.signature);
    const categories = page.getByRole('group', { name: '类别' });
    await expect(categories.getByRole('checkbox', { name: /^资源错误（\d+）$/ })).toBeVisible();
    await expect(categories.getByRole('checkbox', { name: /_error/ })).toHaveCount(0);
  });

  test('result count is announced in Chinese', async ({ page }) => {
    await searchResults(page, 'zh/search/', '唯一约束');
    await expect(page.getByRole('status').filter({ hasText: /^找到 \d+ 条记录$/ })).toBeVisible();
  });

  test('Chinese search page has no serious axe violations', async ({ page }) => {
    await searchResults(page, 'zh/search/', '连接池');
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('header search box', () => {
  const RECORD_PAGE = 'errors/node/eaddrinuse/';

  test('slash key focuses it', async ({ page }) => {
    await page.goto(RECORD_PAGE);
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search errors' })).toBeFocused();
  });

  test('slash key types normally in a text field', async ({ page }) => {
    await page.goto('search/');
    const field = page.getByLabel('Error message, code or symptom');
    await field.focus();
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('/');
  });

  test('loads Pagefind only when used', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await page.goto(RECORD_PAGE);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    const bundle = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
    await page.getByRole('searchbox', { name: 'Search errors' }).focus();
    await bundle;
  });

  test('typing shows results linking to records', async ({ page }) => {
    await page.goto(RECORD_PAGE);
    await page.getByRole('searchbox', { name: 'Search errors' }).fill('ERR_REQUIRE_ESM');

    const results = page.getByRole('banner').getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toHaveAttribute('href', recordUrl('node/err-require-esm', 'en'), {
      timeout: FIRST_RESULTS_TIMEOUT_MS,
    });
    await expect(page.getByRole('link', { name: 'All results for “ERR_REQUIRE_ESM”' })).toHaveAttribute(
      'href',
      `${BASE}search/?q=ERR_REQUIRE_ESM`,
    );
  });

  test('Chinese query links to the Chinese search', async ({ page }) => {
    await page.goto(recordUrl('node/eaddrinuse', 'en'));
    await page.getByRole('searchbox', { name: 'Search errors' }).fill('连接池');

    const link = page.getByRole('link', { name: 'Search the Chinese site' });
    await expect(link).toBeVisible({ timeout: FIRST_RESULTS_TIMEOUT_MS });
    await expect(link).toHaveAttribute('href', `${BASE}zh/search/?q=${encodeURIComponent('连接池')}`);
  });

  test('Escape closes the results', async ({ page }) => {
    await page.goto(RECORD_PAGE);
    const box = page.getByRole('searchbox', { name: 'Search errors' });
    await box.fill('EADDRINUSE');
    const results = page.getByRole('banner').getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toBeVisible({ timeout: FIRST_RESULTS_TIMEOUT_MS });

    await box.press('Escape');
    await expect(results).toBeHidden();
    await expect(box).toBeFocused();
  });

  test('Chinese pages link to Chinese records', async ({ page }) => {
    await page.goto(`zh/${RECORD_PAGE}`);
    await page.getByRole('searchbox', { name: '搜索错误' }).fill('唯一约束');

    const results = page.getByRole('banner').getByRole('list', { name: '搜索结果' });
    await expect(results.getByRole('link').first()).toHaveAttribute(
      'href',
      recordUrl('postgres/duplicate-key-unique-constraint', 'zh'),
      { timeout: FIRST_RESULTS_TIMEOUT_MS },
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('search page points to the domain lists', async ({ page }) => {
    await page.goto('search/?q=EADDRINUSE');
    await expect(page.getByRole('heading', { name: 'Filter results' })).toBeHidden();

    // Chromium with scripting turned off by Playwright still parses <noscript> as
    // text, so the notice is checked in the served HTML instead of on screen.
    const html = await (await page.request.get('search/')).text();
    const notice = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(notice).toContain('Search runs in your browser and needs JavaScript.');
    expect(notice).toContain(`href="${BASE}"`);
  });

  test('header box submits to the search page', async ({ page }) => {
    await page.goto('errors/node/eaddrinuse/');
    const box = page.getByRole('searchbox', { name: 'Search errors' });
    await box.fill('EADDRINUSE');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${BASE}search/\\?q=EADDRINUSE$`));
  });
});
