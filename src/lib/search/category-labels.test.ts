import { describe, expect, it } from 'vitest';

import { categoryNamesZh } from '../i18n/zh/record';
import { categoryLabels } from './category-labels';

describe('categoryLabels', () => {
  it('humanizes category values in English', () => {
    expect(categoryLabels(['auth_error', 'resource_error'], 'en')).toEqual({
      auth_error: { text: 'Auth error', lang: null, untranslated: false },
      resource_error: { text: 'Resource error', lang: null, untranslated: false },
    });
  });

  it('uses the Chinese category names', () => {
    expect(categoryLabels(['auth_error'], 'zh')['auth_error']).toEqual({
      text: categoryNamesZh['auth_error'],
      lang: null,
      untranslated: false,
    });
  });

  it('marks a category without a Chinese name as English and untranslated', () => {
    expect(categoryLabels(['no_such_category_error'], 'zh')['no_such_category_error']).toEqual({
      text: 'No such category error',
      lang: 'en',
      untranslated: true,
    });
  });

  it('lists each category once', () => {
    expect(Object.keys(categoryLabels(['io_error', 'auth_error', 'io_error'], 'en'))).toEqual(['auth_error', 'io_error']);
  });
});
