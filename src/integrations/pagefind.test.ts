import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildIndex } from './pagefind';

/** Renders a record page as the site does, reduced to what Pagefind reads. */
function recordPage(lang: string, signature: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>x</title></head><body>
<nav>Domains</nav>
<article data-pagefind-body>
  <span data-pagefind-filter="domain" hidden>node</span>
  <h1><span class="visually-hidden">Error message:</span><code data-pagefind-meta="title" data-pagefind-weight="10">${signature}</code></h1>
  <a data-section-link href="#signature"><span class="visually-hidden">Link to this section</span></a>
  <errdex-copy><button hidden>Copy</button></errdex-copy>
  <p>${body}</p>
  <time datetime="2024-06-01" data-pagefind-sort="updated[datetime]">June 1, 2024</time>
</article></body></html>`;
}

describe('buildIndex', () => {
  let site = '';
  const messages: string[] = [];
  const logger = { info: (message: string) => messages.push(message), warn: (message: string) => messages.push(message) };

  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'errdex-pagefind-'));
    await mkdir(join(site, 'errors/node/x'), { recursive: true });
    await mkdir(join(site, 'zh/errors/node/x'), { recursive: true });
    await writeFile(join(site, 'errors/node/x/index.html'), recordPage('en', 'Error [ERR_REQUIRE_ESM]: require() of ES Module', 'Use import().'));
    await writeFile(join(site, 'zh/errors/node/x/index.html'), recordPage('zh-CN', 'Error [ERR_REQUIRE_ESM]: require() of ES Module', '改用动态导入。'));
    await writeFile(join(site, 'index.html'), '<!doctype html><html lang="en"><body>Home without search body</body></html>');

    await buildIndex(site, logger);
  }, 60_000);

  afterAll(async () => {
    await rm(site, { recursive: true, force: true });
  });

  it('writes one index per page language', async () => {
    const entry = JSON.parse(await readFile(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
      include_characters: string[];
    };
    expect(entry.languages['en']?.page_count).toBe(1);
    expect(entry.languages['zh-cn']?.page_count).toBe(1);
    expect(entry.include_characters).toEqual(expect.arrayContaining(['_', '-']));
  });

  it('keeps the browser bundle and drops the prebuilt UI', () => {
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(site, 'pagefind/pagefind-component-ui.js'))).toBe(false);
  });

  it('logs page counts, time and size', () => {
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Indexed en 1, zh-cn 1 in \d+\.\d\d s, and pagefind\/ is \d+ KiB$/);
  });
});
