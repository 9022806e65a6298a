import { describe, expect, it } from 'vitest';

import { clientMessages } from './messages';
import { filterValueLabel, readCategoryLabels, type CategoryLabels } from './value-labels';

const categories: CategoryLabels = { auth_error: { text: '认证错误', lang: null, untranslated: false } };
const messages = clientMessages('zh');

describe('filterValueLabel', () => {
  it('names categories as the page does', () => {
    expect(filterValueLabel('category', 'auth_error', messages, categories).text).toBe('认证错误');
  });

  it('names tiers from the messages', () => {
    expect(filterValueLabel('tier', 'reproduced', messages, categories).text).toBe(messages['search.tier.reproduced']);
  });

  it('shows domains and unknown values raw', () => {
    expect(filterValueLabel('domain', 'postgres', messages, categories).text).toBe('postgres');
    expect(filterValueLabel('category', 'gone_error', messages, categories).text).toBe('gone_error');
    expect(filterValueLabel('category', 'constructor', messages, categories).text).toBe('constructor');
  });
});

describe('readCategoryLabels', () => {
  it('round-trips labels through the data attribute', () => {
    expect(readCategoryLabels(JSON.stringify(categories))).toEqual(categories);
  });

  it('rejects a missing attribute and malformed entries', () => {
    expect(() => readCategoryLabels(undefined)).toThrow(/no data-category-labels/);
    expect(() => readCategoryLabels('[]')).toThrow(/JSON object/);
    expect(() => readCategoryLabels('{"io_error":{"text":"I/O"}}')).toThrow(/invalid entries: io_error/);
  });
});
