import { describe, expect, it } from 'vitest';

import { containsCjk, englishOnly, localize, truncateText, usableTranslation } from './text';

describe('usableTranslation', () => {
  it('returns a real Chinese translation', () => {
    expect(usableTranslation('Root cause', '根本原因')).toBe('根本原因');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['blank', '  \n'],
    ['a copy of the English text', ' Root cause '],
    ['English text without CJK', 'Some other English text'],
  ])('rejects %s', (_case, chinese) => {
    expect(usableTranslation('Root cause', chinese)).toBeNull();
  });
});

describe('localize', () => {
  it('uses English on English pages even with a translation', () => {
    expect(localize('en', 'Root cause', '根本原因')).toEqual({ text: 'Root cause', lang: 'en', untranslated: false });
  });

  it('uses the translation on Chinese pages', () => {
    expect(localize('zh', 'Root cause', '根本原因')).toEqual({ text: '根本原因', lang: 'zh', untranslated: false });
  });

  it('marks English fallback on Chinese pages', () => {
    expect(localize('zh', 'Root cause', 'Root cause')).toEqual({ text: 'Root cause', lang: 'en', untranslated: true });
  });
});

describe('englishOnly', () => {
  it('is unmarked on English pages', () => {
    expect(englishOnly('en', 'On macOS only').untranslated).toBe(false);
  });

  it('is marked on Chinese pages', () => {
    expect(englishOnly('zh', 'On macOS only')).toEqual({ text: 'On macOS only', lang: 'en', untranslated: true });
  });
});

describe('containsCjk', () => {
  it('finds ideographs and ignores full-width punctuation alone', () => {
    expect(containsCjk('错误 503')).toBe(true);
    expect(containsCjk('𠀀')).toBe(true);
    expect(containsCjk('：，。')).toBe(false);
    expect(containsCjk('error')).toBe(false);
  });
});

describe('truncateText', () => {
  it('keeps short text and collapses whitespace', () => {
    expect(truncateText('ERROR:  deadlock\n detected', 160)).toBe('ERROR: deadlock detected');
  });

  it('cuts English text at a word boundary', () => {
    const result = truncateText('alpha beta gamma delta epsilon', 20);
    expect(result).toBe('alpha beta gamma…');
    expect(Array.from(result).length).toBeLessThanOrEqual(20);
  });

  it('cuts Chinese text at the limit', () => {
    const result = truncateText('客户端连接池因慢响应或泄漏而无可用连接', 10);
    expect(result).toBe('客户端连接池因慢响…');
  });

  it('never splits a surrogate pair', () => {
    const result = truncateText('𠀀𠀁𠀂𠀃𠀄𠀅', 4);
    expect(result).toBe('𠀀𠀁𠀂…');
  });
});
