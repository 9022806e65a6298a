import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { contentDir } from '../src/lib/records/content-dir';
import { recordLabel } from '../src/lib/records/view/related';
import type { ErrorRecord } from '../src/schema';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

/** Reads every record from the folder the build reads. */
function readRecords(): ErrorRecord[] {
  const root = join(import.meta.dirname, '..', contentDir());
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(root, file), 'utf8')) as ErrorRecord);
}

const records = readRecords();
const domainCounts = new Map<string, number>();
for (const record of records) {
  domainCounts.set(record.domain, (domainCounts.get(record.domain) ?? 0) + 1);
}
const apiRecords = records.filter((record) => record.domain === 'api');

test.describe('home page', () => {
  test('lists every domain with its count', async ({ page }) => {
    await page.goto('');

    const domains = page.getByRole('region', { name: 'Domains' });
    for (const [domain, count] of domainCounts) {
      const countText = count === 1 ? '1 record' : `${count} records`;
      const link = domains.getByRole('link', { name: `${domain} ${countText}`, exact: true });
      await expect(link, domain).toHaveAttribute('href', new RegExp(`domains/${domain}/$`));
    }
    await expect(domains.getByRole('listitem')).toHaveCount(domainCounts.size);
  });

  test('links to tester and search', async ({ page }) => {
    await page.goto('');

    await expect(page.getByRole('main').getByRole('link', { name: /tester/ })).toHaveAttribute('href', /tester\/$/);
    await expect(page.getByRole('main').getByRole('link', { name: /^Search the records/ })).toHaveAttribute(
      'href',
      /search\/$/,
    );
  });

  test('Chinese home lists domains in Chinese', async ({ page }) => {
    await page.goto('zh/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const domains = page.getByRole('region', { name: '领域' });
    await expect(domains.getByRole('link', { name: /^api \d+ 条记录$/ })).toHaveAttribute('href', /zh\/domains\/api\/$/);
  });

  for (const path of ['', 'zh/']) {
    test(`passes axe at /${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test.describe('domains index', () => {
  test('lists every domain with its count', async ({ page }) => {
    await page.goto('domains/');

    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();
    for (const [domain, count] of domainCounts) {
      const countText = count === 1 ? '1 record' : `${count} records`;
      const link = main.getByRole('link', { name: `${domain} ${countText}`, exact: true });
      await expect(link, domain).toHaveAttribute('href', new RegExp(`domains/${domain}/$`));
    }
    await expect(main.getByRole('listitem')).toHaveCount(domainCounts.size);
  });

  test('Chinese index lists domains in Chinese', async ({ page }) => {
    await page.goto('zh/domains/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '领域' })).toBeVisible();
    for (const [domain, count] of domainCounts) {
      const link = main.getByRole('link', { name: `${domain} ${count} 条记录`, exact: true });
      await expect(link, domain).toHaveAttribute('href', new RegExp(`zh/domains/${domain}/$`));
    }
  });

  test('header Domains link opens the index', async ({ page }) => {
    await page.goto('errors/api/rate-limit-connection-pool-exhausted/');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Domains' }).click();
    await expect(page).toHaveURL(/\/domains\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();
  });

  test('Chinese header link opens the Chinese index', async ({ page }) => {
    await page.goto('zh/');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '领域' }).click();
    await expect(page).toHaveURL(/\/zh\/domains\/$/);
    await expect(page.getByRole('heading', { level: 1, name: '领域' })).toBeVisible();
  });

  for (const path of ['domains/', 'zh/domains/']) {
    test(`passes axe at /${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test.describe('api domain page', () => {
  test('lists the seed record', async ({ page }) => {
    await page.goto('domains/api/');

    const seed = page.getByRole('link', { name: /Connection pool exhausted/ });
    await expect(seed).toHaveAttribute('href', /errors\/api\/rate-limit-connection-pool-exhausted\/$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Resource error' })).toBeVisible();
  });

  test('lists every api record', async ({ page }) => {
    await page.goto('domains/api/');

    const main = page.getByRole('main');
    for (const record of apiRecords) {
      const link = main.getByRole('link', { name: recordLabel(record).title, exact: true });
      await expect(link, record.id).toHaveAttribute('href', new RegExp(`errors/${record.id}/$`));
    }
    await expect(main.getByRole('listitem')).toHaveCount(apiRecords.length);
  });

  test('Chinese page links to Chinese records', async ({ page }) => {
    await page.goto('zh/domains/api/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 2, name: '资源错误' })).toBeVisible();
    const seed = page.getByRole('link', { name: /连接池已耗尽/ });
    await expect(seed).toHaveAttribute('href', /zh\/errors\/api\/rate-limit-connection-pool-exhausted\/$/);
  });

  for (const path of ['domains/api/', 'zh/domains/api/']) {
    test(`passes axe at /${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    });
  }
});
