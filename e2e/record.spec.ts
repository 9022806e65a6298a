import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { usableTranslation } from '../src/lib/records/view/text';
import type { ErrorRecord } from '../src/schema';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

/** The seed record, read from disk so the test follows its content. */
const seed = JSON.parse(
  readFileSync(join(import.meta.dirname, '../content/errors/api/rate-limit-connection-pool-exhausted.json'), 'utf8'),
) as {
  signature: string;
  signature_zh: string;
  root_cause: string;
  root_cause_zh: string;
  workarounds: Array<{ how: string }>;
};

/** Reads one record from the content folder, such as `node/eaddrinuse`. */
function readRecord(id: string): ErrorRecord {
  return JSON.parse(readFileSync(join(import.meta.dirname, `../content/errors/${id}.json`), 'utf8')) as ErrorRecord;
}

const EN_PATH = 'errors/api/rate-limit-connection-pool-exhausted/';
const ZH_PATH = 'zh/errors/api/rate-limit-connection-pool-exhausted/';

/** A record whose Chinese workarounds translate entries that have an English condition starting with "When". */
const CONDITION_RECORD = 'node/eaddrinuse';

/** Record pages with long unbroken tokens (stack traces, URLs, class names) and wide version tables. */
const LONG_RECORDS = [
  'node/unhandled-promise-rejection',
  'python/urllib3-max-retries-exceeded',
  'docker/cannot-connect-to-daemon',
  'postgres/too-many-clients',
  'api/read-timeout',
];

/** Width of a small phone screen, in CSS pixels. */
const PHONE_WIDTH = 375;

/** Fragment ids every record page has, in both languages; the seed has 3 workarounds and 2 dead ends. */
const SEED_ANCHORS = [
  'signature',
  'root-cause',
  'workarounds',
  'workaround-1',
  'workaround-2',
  'workaround-3',
  'dead-ends',
  'dead-end-1',
  'dead-end-2',
  'versions',
  'related',
  'references',
  'tags',
  'provenance',
];

test.describe('record page in English', () => {
  test('shows signature and root cause', async ({ page }) => {
    await page.goto(EN_PATH);

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(seed.signature);
    await expect(page.getByRole('region', { name: 'Root cause' })).toContainText(seed.root_cause);
    await expect(page.getByText('Unverified: written by AI, not yet reviewed.')).toBeVisible();
  });

  test('lists workarounds highest rate first', async ({ page }) => {
    await page.goto(EN_PATH);

    const rates = await page.getByRole('region', { name: 'Workarounds' }).getByText(/ of cases \(estimate\)$/).allTextContents();
    expect(rates).toEqual([
      'Works in ~80% of cases (estimate)',
      'Works in ~75% of cases (estimate)',
      'Works in ~70% of cases (estimate)',
    ]);
  });

  test('presents rates as estimates', async ({ page }) => {
    await page.goto(EN_PATH);

    await expect(page.getByRole('region', { name: 'Workarounds' })).toContainText('The rates are estimates');
    await expect(page.getByRole('region', { name: 'Dead ends' }).getByText('Fails in ~60% of cases (estimate)')).toBeVisible();
  });

  test('labels conditions without repeating "when"', async ({ page }) => {
    await page.goto(`errors/${CONDITION_RECORD}/`);

    const workarounds = page.getByRole('region', { name: 'Workarounds' });
    await expect(workarounds.getByText(/Condition: When /).first()).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Applies when');
  });

  test('has the stable anchors', async ({ page }) => {
    await page.goto(EN_PATH);

    for (const anchor of SEED_ANCHORS) {
      await expect(page.locator(`[id="${anchor}"]`), `#${anchor}`).toHaveCount(1);
    }
  });

  test('section link goes to the anchor', async ({ page }) => {
    await page.goto(EN_PATH);

    await page.getByRole('link', { name: 'Link to this section: Dead ends' }).click();
    await expect(page).toHaveURL(/#dead-ends$/);
  });

  test('copy button copies the signature', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(EN_PATH);

    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(seed.signature);
  });

  test('external documentation link has rel noopener', async ({ page }) => {
    await page.goto(EN_PATH);

    const doc = page.getByRole('region', { name: 'References' }).getByRole('link', { name: /^https:/ });
    await expect(doc).toHaveAttribute('rel', 'noopener');
  });

  test('puts search metadata on the record only', async ({ page }) => {
    await page.goto(EN_PATH);

    await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
    await expect(page.getByRole('banner').locator('[data-pagefind-body]')).toHaveCount(0);
    await expect(page.locator('[data-pagefind-meta="title"]')).toHaveText(seed.signature);
    await expect(page.locator('[data-pagefind-filter="domain"]')).toHaveText('api');
    await expect(page.locator('[data-pagefind-filter="category"]')).toHaveText('resource_error');
    await expect(page.locator('[data-pagefind-filter="tier"]')).toHaveText('ai_generated');
    await expect(page.locator('[data-pagefind-sort="updated[datetime]"]')).toHaveAttribute('datetime', '2024-06-01');
  });

  test('sets Open Graph tags', async ({ page }) => {
    await page.goto(EN_PATH);

    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', seed.signature);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`${EN_PATH}$`));
  });

  test('loads no script beyond copy control and header', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(EN_PATH);
    await page.waitForLoadState('networkidle');

    // The site header's own scripts (the search box) are loaded on every page; anything else must be the copy control.
    const headerScripts = await page
      .getByRole('banner')
      .locator('script[src]')
      .evaluateAll((elements) => elements.map((element) => new URL((element as HTMLScriptElement).src).pathname));
    const recordScripts = scripts.filter((path) => !headerScripts.includes(path));
    expect(recordScripts.filter((path) => !path.includes('CopyButton'))).toEqual([]);
    expect(scripts.filter((path) => path.includes('pagefind'))).toEqual([]);
  });

  test('passes axe', async ({ page }) => {
    await page.goto(EN_PATH);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('record page in Chinese', () => {
  test('shows both signatures and the Chinese root cause', async ({ page }) => {
    await page.goto(ZH_PATH);

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(seed.signature);
    await expect(heading.locator('[lang="en"]')).toHaveText(seed.signature);
    await expect(page.getByText(seed.signature_zh)).toBeVisible();
    await expect(page.getByRole('region', { name: '根本原因' })).toContainText(seed.root_cause_zh);
    await expect(page.getByText('未经核实：本记录由 AI 撰写，尚未经过人工审核。')).toBeVisible();
  });

  test('marks the untranslated workarounds', async ({ page }) => {
    await page.goto(ZH_PATH);

    const items = page.getByRole('region', { name: '解决方法' }).getByRole('listitem');
    await expect(items).toHaveCount(seed.workarounds.length);
    for (const [index, workaround] of seed.workarounds.entries()) {
      const item = items.nth(index);
      await expect(item.getByText('尚未翻译')).toHaveCount(1);
      await expect(item.getByText('尚未翻译')).toBeVisible();
      await expect(item.locator('[lang="en"]')).toHaveText(workaround.how);
    }
  });

  test('shows translated workarounds without the English condition', async ({ page }) => {
    const record = readRecord(CONDITION_RECORD);
    const translations = record.workarounds_zh ?? [];
    const translated = record.workarounds.filter((workaround, index) =>
      usableTranslation(`${workaround.action} ${workaround.how}`, translations[index]) !== null,
    );
    const untranslatedCount = record.workarounds.length - translated.length;
    expect(translated.filter((workaround) => workaround.condition.trim() !== '').length, 'test record').toBeGreaterThan(0);

    await page.goto(`zh/errors/${CONDITION_RECORD}/`);

    const region = page.getByRole('region', { name: '解决方法' });
    await expect(region.getByText('尚未翻译')).toHaveCount(untranslatedCount);
    for (const workaround of translated) {
      if (workaround.condition.trim() !== '') await expect(region).not.toContainText(workaround.condition);
    }
    const untranslatedConditions = record.workarounds.filter(
      (workaround) => !translated.includes(workaround) && workaround.condition.trim() !== '',
    );
    await expect(region.getByText('适用条件')).toHaveCount(untranslatedConditions.length);
  });

  test('shows estimated rates in Chinese', async ({ page }) => {
    await page.goto(ZH_PATH);

    const region = page.getByRole('region', { name: '解决方法' });
    await expect(region.getByText('估计成功率约 80%')).toBeVisible();
    await expect(region).toContainText('成功率均为估计值');
    await expect(page.getByRole('region', { name: '无效做法' }).getByText('估计失败率约 60%')).toBeVisible();
  });

  test('shows UI text in Chinese', async ({ page }) => {
    await page.goto(ZH_PATH);

    for (const name of ['解决方法', '无效做法', '版本', '相关报错', '参考资料', '标签与别名', '来源与可信度']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('columnheader', { name: '行为变化' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '仍会出现' }).first()).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'AI 生成' })).toBeVisible();
  });

  test('has the stable anchors', async ({ page }) => {
    await page.goto(ZH_PATH);

    for (const anchor of SEED_ANCHORS) {
      await expect(page.locator(`[id="${anchor}"]`), `#${anchor}`).toHaveCount(1);
    }
  });

  test('section link goes to the anchor', async ({ page }) => {
    await page.goto(ZH_PATH);

    await page.getByRole('link', { name: '本节链接：根本原因' }).click();
    await expect(page).toHaveURL(/#root-cause$/);
  });

  test('language switch round-trips', async ({ page }) => {
    await page.goto(ZH_PATH);

    await page.getByRole('link', { name: '查看本页英文版' }).click();
    await expect(page).toHaveURL(new RegExp(`/${EN_PATH}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('link', { name: 'Read this page in Chinese' }).click();
    await expect(page).toHaveURL(new RegExp(`/${ZH_PATH}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(seed.signature);
  });

  test('passes axe', async ({ page }) => {
    await page.goto(ZH_PATH);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('record page on a phone', () => {
  test.use({ viewport: { width: PHONE_WIDTH, height: 800 } });

  for (const id of LONG_RECORDS) {
    for (const prefix of ['', 'zh/']) {
      test(`fits ${PHONE_WIDTH} px at /${prefix}errors/${id}/`, async ({ page }) => {
        await page.goto(`${prefix}errors/${id}/`);

        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(PHONE_WIDTH);
      });
    }
  }
});

test.describe('record page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('keeps the signature and hides the copy button', async ({ page }) => {
    await page.goto(EN_PATH);

    await expect(page.getByRole('heading', { level: 1 })).toContainText(seed.signature);
    await expect(page.getByRole('button', { name: 'Copy' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Workarounds' }).getByRole('listitem')).toHaveCount(3);
  });
});
