import type { RecordIndex } from '../src/lib/links/published';

import { test, expect, expectNoSeriousA11yViolations } from './fixtures';

/**
 * Permanent links: former ids redirect to the record, section links open at
 * the section, and the 404 page helps find the record that was meant.
 *
 * The alias checks use the former id `kubernetes/crash-loop-backoff` of the
 * record `kubernetes/crashloopbackoff`.
 */

const SEED_ID = 'api/rate-limit-connection-pool-exhausted';

/**
 * Like the shared `test`, but a page that is itself a 404 may log the
 * browser's "Failed to load resource" message for its own address. Any other
 * console error, including a missing asset, still fails the test.
 */
const notFoundTest = test.extend<{ consoleErrors: string[] }>({
  // An override keeps the shared fixture's `auto: true`.
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const ownAddress = message.location().url === page.url();
      if (ownAddress && message.text().includes('status of 404')) return;
      errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors on the page').toEqual([]);
  },
});

test.describe('alias redirects', () => {
  test('former id lands on the record', async ({ page }) => {
    await page.goto('errors/kubernetes/crash-loop-backoff/');

    await expect(page).toHaveURL(/\/errors\/kubernetes\/crashloopbackoff\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('Chinese former id lands on the Chinese record', async ({ page }) => {
    await page.goto('zh/errors/kubernetes/crash-loop-backoff/');

    await expect(page).toHaveURL(/\/zh\/errors\/kubernetes\/crashloopbackoff\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('former id keeps the section fragment', async ({ page }) => {
    await page.goto('errors/kubernetes/crash-loop-backoff/#workarounds');

    await expect(page).toHaveURL(/\/errors\/kubernetes\/crashloopbackoff\/#workarounds$/);
    await expect(page.locator('#workarounds')).toBeInViewport();
  });

  test('former id redirects without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
    const page = await context.newPage();

    await page.goto('errors/kubernetes/crash-loop-backoff/');

    await expect(page).toHaveURL(/\/errors\/kubernetes\/crashloopbackoff\/$/);
    await context.close();
  });

  test('redirect page links to the record', async ({ request }) => {
    const response = await request.get('errors/kubernetes/crash-loop-backoff/');
    const html = await response.text();

    expect(response.status()).toBe(200);
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=[^"]*\/errors\/kubernetes\/crashloopbackoff\/">/);
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/errors\/kubernetes\/crashloopbackoff\/">/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<a href="[^"]*\/errors\/kubernetes\/crashloopbackoff\/"[^>]*>/);
  });
});

test.describe('section links', () => {
  test('copied section link opens at the section', async ({ page }) => {
    await page.goto(`errors/${SEED_ID}/#workarounds`);

    await expect(page.locator('#workarounds')).toBeInViewport();
  });

  test('Chinese section link opens at the section', async ({ page }) => {
    await page.goto(`zh/errors/${SEED_ID}/#dead-ends`);

    await expect(page.locator('#dead-ends')).toBeInViewport();
  });
});

notFoundTest.describe('404 page', () => {
  notFoundTest('unknown id lists the domain records', async ({ page, request }) => {
    const index = (await (await request.get('api/errors.json')).json()) as RecordIndex;
    const apiRecords = index.records.filter((record) => record.domain === 'api');
    const seed = apiRecords.find((record) => record.id === SEED_ID);

    const response = await page.goto('errors/api/no-such-error/');

    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    const records = page.getByRole('region', { name: 'Records in the api domain' });
    await expect(records.getByRole('listitem')).toHaveCount(apiRecords.length);
    await expect(records.getByRole('link', { name: seed?.signature ?? SEED_ID, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`/errors/${SEED_ID}/$`),
    );
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeHidden();
    await expectNoSeriousA11yViolations(page);
  });

  notFoundTest('Chinese address shows Chinese links', async ({ page, request }) => {
    const index = (await (await request.get('api/errors.json')).json()) as RecordIndex;
    const seed = index.records.find((record) => record.id === SEED_ID);

    await page.goto('zh/errors/api/no-such-error/');

    // The block inside <main>: the whole document is zh-CN on a Chinese address too.
    const chinese = page.getByRole('main').locator('[lang="zh-CN"]').filter({ has: page.getByRole('heading', { name: '页面不存在' }) });
    await expect(chinese).toBeVisible();
    await expect(chinese.getByRole('heading', { name: 'api 领域的记录' })).toBeVisible();
    const records = chinese.getByRole('region', { name: 'api 领域的记录' });
    await expect(records.getByRole('link', { name: seed?.signature_zh ?? SEED_ID, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`/zh/errors/${SEED_ID}/$`),
    );
    await expect(chinese.getByRole('link', { name: '打开搜索页' })).toHaveAttribute('href', /\/zh\/search\/$/);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Records in the api domain' })).toBeHidden();
    await expectNoSeriousA11yViolations(page);
  });

  notFoundTest('Chinese address switches the page to Chinese', async ({ page, request }) => {
    const index = (await (await request.get('api/errors.json')).json()) as RecordIndex;
    const nodeRecords = index.records.filter((record) => record.domain === 'node');
    expect(nodeRecords.length).toBeGreaterThan(0);

    const response = await page.goto('zh/errors/node/nope/');

    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle('页面不存在 · Errdex');
    await expect(page.getByRole('main').getByRole('heading').first()).toHaveText('页面不存在');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['页面不存在']);
    await expect(page.getByRole('search', { name: 'Search the records' })).toBeHidden();

    const records = page.getByRole('region', { name: 'node 领域的记录' });
    await expect(records.getByRole('listitem')).toHaveCount(nodeRecords.length);
    for (const record of nodeRecords) {
      await expect(records.getByRole('link', { name: record.signature_zh ?? record.signature, exact: true })).toHaveAttribute(
        'href',
        new RegExp(`/zh/errors/${record.id}/$`),
      );
    }
    // The header is static English HTML, so it is marked as English inside the Chinese document.
    await expect(page.locator('header')).toHaveAttribute('lang', 'en');
    await expectNoSeriousA11yViolations(page);
  });

  notFoundTest('Chinese address is Chinese before scripts load', async ({ page }) => {
    // Without the module scripts only the inline head script runs, as before first paint.
    await page.route('**/zh/errors/node/nope/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body: html });
    });

    await page.goto('zh/errors/node/nope/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeHidden();
    // The domain list needs the module script, so its absence shows that the scripts were removed.
    await expect(page.getByRole('region', { name: 'node 领域的记录' })).toBeHidden();
  });

  notFoundTest('works without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
    const page = await context.newPage();

    await page.goto('errors/api/no-such-error/');

    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('search', { name: 'Search the records' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeHidden();
    await context.close();
  });

  notFoundTest('unknown domain lists no records', async ({ page }) => {
    await page.goto('errors/no-such-domain/x/');

    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Records in/ })).toBeHidden();
  });

  notFoundTest('search form goes to the search page', async ({ page }) => {
    await page.goto('no/such/page/');

    const form = page.getByRole('search', { name: 'Search the records' });
    await form.getByRole('searchbox').fill('connection pool');
    await form.getByRole('button', { name: 'Search' }).click();

    await expect(page).toHaveURL(/\/search\/\?q=connection\+pool$/);
  });

  notFoundTest('offers the tester', async ({ page }) => {
    await page.goto('no/such/page/');

    await expect(page.getByRole('link', { name: 'Paste the error message into the message tester' })).toHaveAttribute(
      'href',
      /\/tester\/$/,
    );
  });
});
