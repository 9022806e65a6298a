/** End-to-end tests of `src/cli/search-index.ts`, run as a separate Node process like `npm run build:search`. */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runSearchIndex(...args: string[]): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/search-index.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let site: string;

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'errdex-search-cli-'));
});

afterEach(() => {
  rmSync(site, { recursive: true, force: true });
});

function writeRecordPage(path: string, lang: string): void {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(
    join(site, path, 'index.html'),
    `<!doctype html><html lang="${lang}"><body><article data-pagefind-body><h1>Connection pool exhausted</h1></article></body></html>`,
  );
}

describe('build:search CLI', () => {
  it('indexes both languages and exits 0', () => {
    writeRecordPage('errors/api/a', 'en');
    writeRecordPage('zh/errors/api/a', 'zh-CN');

    const run = runSearchIndex('--site', site);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^build:search: indexed en 1, zh-cn 1 pages in \d+\.\d\d s; .*pagefind is \d+ KiB\n$/);
  });

  it('exits 1 when a language has no record pages', () => {
    writeRecordPage('errors/api/a', 'en');

    const run = runSearchIndex('--site', site);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No record pages match');
    expect(run.stderr).toContain('Build the site with "npm run build:site"');
  });

  it('exits 2 for a missing folder', () => {
    const run = runSearchIndex('--site', join(site, 'missing'));

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing does not exist. Build the site first with npm run build:site');
  });

  it('exits 2 for an empty folder path', () => {
    const run = runSearchIndex('--site', '');

    expect(run.status).toBe(2);
    expect(run.stderr).toBe('build:search: --site needs a folder path.\n');
  });

  it('exits 2 for a file instead of a folder', () => {
    const run = runSearchIndex('--site', 'package.json');

    expect(run.status).toBe(2);
    expect(run.stderr).toBe('build:search: package.json is not a folder. Pass the built site folder with --site DIR.\n');
  });

  it('exits 2 for an unknown option', () => {
    const run = runSearchIndex('--sites', site);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--sites'");
    expect(run.stderr).toContain('Usage: npm run build:search');
  });
});
