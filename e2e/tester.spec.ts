import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';

import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

/**
 * The message tester on the built site: matching in the Web Worker, results
 * with line numbers, share links, the Chinese page, the time budget and the
 * promise that the pasted text never leaves the browser.
 */

interface RecordFields {
  signature: string;
}

function readRecord(id: string): RecordFields {
  return JSON.parse(readFileSync(join(import.meta.dirname, `../content/errors/${id}.json`), 'utf8')) as RecordFields;
}

const SEED_ID = 'api/rate-limit-connection-pool-exhausted';
const seed = readRecord(SEED_ID);

/** Finds the text area by its label in either language. */
function textArea(page: Page): Locator {
  return page.getByLabel(/^(Message or log|报错信息或日志)$/);
}

/** Finds the tester's status line. The header search box has a status region of its own. */
function statusLine(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /lines?\.|行中/ });
}

function resultsList(page: Page): Locator {
  return page.getByRole('region', { name: /Known errors in the text|文本中的已知报错/ }).getByRole('list').first();
}

/** Finds the result entry whose heading links to record `id`. */
function resultFor(page: Page, id: string): Locator {
  return resultsList(page)
    .locator(':scope > li')
    .filter({ has: page.locator(`h3 a[href$="errors/${id}/"]`) });
}

async function headingLinks(page: Page): Promise<string[]> {
  return resultsList(page)
    .locator(':scope > li h3 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test.describe('tester', () => {
  test('finds the seed first from its signature', async ({ page }) => {
    await page.goto('tester/');
    await textArea(page).fill(seed.signature);

    await expect(statusLine(page)).toHaveText(/^\d+ known errors? found in 1 line\.$/);
    const links = await headingLinks(page);
    expect(links[0]).toMatch(new RegExp(`errors/${SEED_ID}/$`));
  });

  test('lists three errors in a log with their lines', async ({ page }) => {
    const log = [
      '2024-06-01T12:00:00Z INFO service started',
      `2024-06-01T12:00:01Z ${seed.signature}`,
      '2024-06-01T12:00:02Z INFO retrying',
      '2024-06-01 12:00:03 UTC [4242] ERROR:  deadlock detected',
      '2024-06-01T12:00:04Z DEBUG cache warm',
      `(error) ${readRecord('redis/wrongtype').signature}`,
      '2024-06-01T12:00:06Z INFO done',
    ].join('\r\n');

    await page.goto('tester/');
    await textArea(page).fill(log);

    await expect(statusLine(page)).toHaveText(/known errors found in 7 lines\./);
    await expect(resultFor(page, SEED_ID)).toContainText('Line 2');
    await expect(resultFor(page, 'postgres/deadlock-detected')).toContainText('Line 4');
    await expect(resultFor(page, 'redis/wrongtype')).toContainText('Line 6');
    await expect(resultFor(page, 'redis/wrongtype').locator('mark')).toHaveText(readRecord('redis/wrongtype').signature);
  });

  test('opens a share link prefilled, with results', async ({ page }) => {
    await page.goto(`tester/#q=${encodeURIComponent(seed.signature)}`);
    await expect(textArea(page)).toHaveValue(seed.signature);
    await expect(resultFor(page, SEED_ID)).toBeVisible();

    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(new URL(link).hash).toBe(`#q=${encodeURIComponent(seed.signature)}`);

    await page.goto('tester/');
    await page.goto(link);
    await expect(textArea(page)).toHaveValue(seed.signature);
    await expect(resultFor(page, SEED_ID)).toBeVisible();
  });

  test('rejects a share link for a long text', async ({ page }) => {
    await page.goto('tester/');
    await textArea(page).fill('x'.repeat(9000));
    await page.getByRole('button', { name: 'Copy share link' }).click();

    await expect(page.getByText(/^The text is 8\.8 KB, too long for a share link\. A link carries at most 8 KB /)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Share link' })).toBeHidden();
  });

  test('gives the text size, not the link size', async ({ page }) => {
    // 6,000 bytes of UTF-8 that take 18,000 characters in a link.
    await page.goto('zh/tester/');
    await textArea(page).fill('连接'.repeat(1000));
    await page.getByRole('button', { name: '复制分享链接' }).click();

    await expect(page.getByText(/^文本大小为 5\.9 KB，太长，无法放进分享链接。链接最多容纳 8 KB /)).toBeVisible();
  });

  for (const [path, notice] of [
    ['tester/', 'The text in this share link could not be decoded'],
    ['zh/tester/', '无法解码这个分享链接里的文本'],
  ] as const) {
    test(`announces a broken share link on ${path}`, async ({ page }) => {
      await page.goto(`${path}#q=%E0%A4%A`);

      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(notice);
      await expect(textArea(page)).toHaveValue('');

      // The notice goes away once the user types.
      await textArea(page).fill('ERROR:  deadlock detected');
      await expect(alert).toBeHidden();
    });
  }

  test('shows no notice for a plain tester address', async ({ page }) => {
    await page.goto('tester/#main');
    await expect(page.getByText('Paste a message or a log to start.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('works in Chinese', async ({ page }) => {
    await page.goto('zh/tester/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await textArea(page).fill(`第一行\n${seed.signature}`);

    await expect(statusLine(page)).toHaveText(/^在 2 行中找到 \d+ 个已知报错。$/);
    const links = await headingLinks(page);
    expect(links[0]).toMatch(new RegExp(`/zh/errors/${SEED_ID}/$`));
    await expect(resultFor(page, SEED_ID)).toContainText('第 2 行');
  });

  test('joins the Chinese hint sentences without a space', async ({ page }) => {
    await page.goto('zh/tester/');
    const hint = page.getByText(/^输入或粘贴后自动开始匹配/);
    await expect(hint).toContainText('也可以。文本只留在你的浏览器里');
  });

  test('says when nothing matches', async ({ page }) => {
    await page.goto('tester/');
    await textArea(page).fill('all systems nominal\nnothing to see');
    await expect(statusLine(page)).toHaveText('No known error found in 2 lines.');
  });

  test('reports a slow pattern as timed out and stays responsive', async ({ page }) => {
    // The real corpus has no slow pattern, so the data file is replaced by one with
    // an exponential pattern and an ordinary one.
    const data = {
      version: 1,
      records: [
        {
          id: 'slow/nested-quantifier',
          domain: 'slow',
          signature: 'aaaaaaaaaaaaaaaaaaaaaaab',
          signature_zh: null,
          confidence: 0.5,
          source: '(a+)+b',
          flags: 'iu',
          literals: [],
          literalChars: 1,
        },
        {
          id: 'postgres/deadlock-detected',
          domain: 'postgres',
          signature: 'ERROR:  deadlock detected',
          signature_zh: null,
          confidence: 0.9,
          source: 'deadlock detected',
          flags: 'iu',
          literals: [['deadlock detected']],
          literalChars: 17,
        },
      ],
    };
    await page.route('**/tester/data.json', (route) => route.fulfill({ json: data }));
    await page.goto('tester/');
    await textArea(page).fill(`${'a'.repeat(45)}\nERROR:  deadlock detected`);

    // While the worker is stuck, the main thread still responds at once.
    const started = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(500);
    await textArea(page).press('End');

    const timedOut = page.getByRole('region', { name: 'Timed out' });
    await expect(timedOut).toContainText('slow/nested-quantifier', { timeout: 10_000 });
    await expect(resultFor(page, 'postgres/deadlock-detected')).toContainText('Line 2');
    await expect(statusLine(page)).toHaveText(/1 known error found in 2 lines\. 1 pattern timed out/);
    await expect(resultFor(page, 'slow/nested-quantifier')).toHaveCount(0);
  });

  test('stays usable with a 5 MB log', async ({ page }) => {
    await page.goto('tester/');
    const lineCount = await page.evaluate(async (signature) => {
      const lines: string[] = [];
      let size = 0;
      for (let index = 0; size < 5 * 1024 * 1024; index++) {
        const line = index % 2000 === 1999 ? signature : `2024-06-01T12:00:00Z INFO request ${index} handled in 12ms path=/api/v1/items`;
        lines.push(line);
        size += line.length + 1;
      }
      const input = document.querySelector('textarea');
      if (input === null) throw new Error('no text area');
      input.value = lines.join('\n');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The browser lays out the text area once, as after a paste. Wait until that frame is done.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return lines.length;
    }, seed.signature);

    // The main thread keeps responding while the worker matches.
    const started = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(1000);

    const formatted = new Intl.NumberFormat('en').format(lineCount);
    await expect(statusLine(page)).toContainText(`found in ${formatted} lines.`, { timeout: 20_000 });
    const seedResult = resultFor(page, SEED_ID);
    await expect(seedResult.getByRole('listitem')).toHaveCount(5);
    const matches = Math.floor(lineCount / 2000);
    await expect(seedResult).toContainText(`and ${matches - 5} more matches`);
  });

  test('sends no request that carries the text', async ({ page, context }) => {
    const marker = 'errdex-private-7f3a9c';
    const text = `${marker} ${seed.signature} token=s3cr3t`;
    const requests: string[] = [];
    context.on('request', (request) => {
      requests.push(`${request.method()} ${request.url()}\n${request.postData() ?? ''}`);
    });

    await page.goto('tester/');
    await textArea(page).fill(text);
    await expect(resultFor(page, SEED_ID)).toBeVisible();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
    await textArea(page).fill(`${text}\nmore`);
    await expect(statusLine(page)).toHaveText(/found in 2 lines/);

    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      expect(request).not.toContain(marker);
      expect(request).not.toContain('s3cr3t');
    }
    // The data file request shows that requests were recorded at all.
    expect(requests.some((request) => request.includes('/tester/data.json'))).toBe(true);
  });

  for (const path of ['tester/', 'zh/tester/']) {
    test(`has no serious axe violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await textArea(page).fill(`${seed.signature}\nERROR:  deadlock detected`);
      await expect(resultFor(page, SEED_ID)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test.describe('tester without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('points to the search page', async ({ page }) => {
    await page.goto('tester/');
    // getByText did not find text inside <noscript> here (Playwright 1.65, JavaScript off), so find the paragraph by role.
    const notice = page.getByRole('paragraph').filter({ hasText: 'The tester matches text in your browser, so it needs JavaScript.' });
    await expect(notice).toBeVisible();
    const link = notice.getByRole('link', { name: 'search', exact: true });
    await expect(link).toHaveAttribute('href', /\/search\/$/);
    await expect(textArea(page)).toBeHidden();
  });
});
