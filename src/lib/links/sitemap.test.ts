import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { buildSitemapRules, readSitemapRecords, sitemapOptions } from './sitemap';

const records = [
  { id: 'kubernetes/crashloopbackoff', aliases: ['kubernetes/crash-loop-backoff', 'CrashLoopBackOff'], last_updated: '2025-03-04' },
  { id: 'api/slow-backend', aliases: [], last_updated: '2024-11-30' },
];

describe('buildSitemapRules', () => {
  const rules = buildSitemapRules(records, '/');
  const subpathRules = buildSitemapRules(records, '/errdex/');

  it.each([
    ['https://errdex.example/errors/kubernetes/crash-loop-backoff/', false],
    ['https://errdex.example/zh/errors/kubernetes/crash-loop-backoff/', false],
    ['https://errdex.example/errors/kubernetes/crashloopbackoff/', true],
    ['https://errdex.example/zh/errors/kubernetes/crashloopbackoff/', true],
    ['https://errdex.example/', true],
    ['https://errdex.example/tester/', true],
  ])('filter keeps %s: %s', (page, kept) => {
    expect(rules.filter(page)).toBe(kept);
  });

  it('filters redirect pages under a base path', () => {
    expect(subpathRules.filter('https://example.github.io/errdex/errors/kubernetes/crash-loop-backoff/')).toBe(false);
    expect(subpathRules.filter('https://example.github.io/errdex/errors/kubernetes/crashloopbackoff/')).toBe(true);
  });

  it('sets lastmod on record pages in both languages', () => {
    expect(rules.serialize({ url: 'https://errdex.example/errors/api/slow-backend/' }).lastmod).toBe('2024-11-30');
    expect(rules.serialize({ url: 'https://errdex.example/zh/errors/api/slow-backend/' }).lastmod).toBe('2024-11-30');
    expect(
      subpathRules.serialize({ url: 'https://example.github.io/errdex/zh/errors/api/slow-backend/' }).lastmod,
    ).toBe('2024-11-30');
  });

  it('leaves other pages without lastmod', () => {
    expect(rules.serialize({ url: 'https://errdex.example/tester/' })).toEqual({ url: 'https://errdex.example/tester/' });
    expect(rules.serialize({ url: 'https://errdex.example/errors/api/unknown/' }).lastmod).toBeUndefined();
  });

  it('keeps hreflang links when setting lastmod', () => {
    const links = [{ url: 'https://errdex.example/zh/errors/api/slow-backend/', lang: 'zh-CN' }];
    const item = rules.serialize({ url: 'https://errdex.example/errors/api/slow-backend/', links });

    expect(item.links).toEqual(links);
  });
});

describe('readSitemapRecords', () => {
  const folder = mkdtempSync(join(tmpdir(), 'errdex-sitemap-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads records from domain folders', () => {
    const directory = join(folder, 'valid');
    mkdirSync(join(directory, 'kubernetes'), { recursive: true });
    writeFileSync(join(directory, 'kubernetes', 'crashloopbackoff.json'), JSON.stringify({ ...records[0], signature: 'x' }));

    expect(readSitemapRecords(directory)).toEqual([records[0]]);
  });

  it('rejects a file that is not JSON, naming it', () => {
    const directory = join(folder, 'broken');
    mkdirSync(join(directory, 'api'), { recursive: true });
    writeFileSync(join(directory, 'api', 'broken.json'), '{ "id": ');

    expect(() => readSitemapRecords(directory)).toThrow(/api[/\\]broken\.json is not valid JSON/);
  });

  it('rejects a record without aliases', () => {
    const directory = join(folder, 'incomplete');
    mkdirSync(join(directory, 'api'), { recursive: true });
    writeFileSync(join(directory, 'api', 'x.json'), JSON.stringify({ id: 'api/x', last_updated: '2024-01-01' }));

    expect(() => readSitemapRecords(directory)).toThrow('lacks a string id, a string last_updated or an aliases array');
  });
});

describe('sitemapOptions', () => {
  it('reads nothing until the sitemap is written', () => {
    const options = sitemapOptions({ base: '/', contentDirectory: '/nonexistent/errdex-content' });

    expect(options.i18n).toEqual({ defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } });
    expect(() => options.filter?.('https://errdex.example/')).toThrow(/ENOENT/);
  });
});
