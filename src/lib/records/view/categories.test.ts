import { describe, expect, it } from 'vitest';

import { categoryAnchor, categoryLabel, humanizeSnakeCase } from './categories';

describe('humanizeSnakeCase', () => {
  it.each([
    ['resource_error', 'Resource error'],
    ['auth_error', 'Auth error'],
    ['tls', 'TLS'],
    ['http_error', 'HTTP error'],
    ['health_check_error', 'Health check error'],
    ['', ''],
  ])('turns %j into %j', (name, expected) => {
    expect(humanizeSnakeCase(name)).toBe(expected);
  });
});

describe('categoryLabel', () => {
  it('humanizes on English pages', () => {
    expect(categoryLabel('resource_error', 'en')).toEqual({ text: 'Resource error', lang: 'en', untranslated: false });
  });

  it('translates a known category on Chinese pages', () => {
    expect(categoryLabel('resource_error', 'zh')).toEqual({ text: '资源错误', lang: 'zh', untranslated: false });
  });

  it('marks an unknown category on Chinese pages', () => {
    expect(categoryLabel('quantum_error', 'zh')).toEqual({ text: 'Quantum error', lang: 'en', untranslated: true });
  });
});

describe('categoryAnchor', () => {
  it('prefixes the raw name', () => {
    expect(categoryAnchor('main')).toBe('category-main');
  });
});
