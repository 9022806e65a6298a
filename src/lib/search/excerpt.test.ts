import { describe, expect, it } from 'vitest';

import { decodeEntities, parseExcerpt } from './excerpt';

describe('parseExcerpt', () => {
  it('splits marked and plain text', () => {
    expect(parseExcerpt('Connection <mark>pool</mark> exhausted')).toEqual([
      { text: 'Connection ', marked: false },
      { text: 'pool', marked: true },
      { text: ' exhausted', marked: false },
    ]);
  });

  it('decodes escaped page text instead of parsing it', () => {
    expect(parseExcerpt('Check <mark>&lt;anonymous&gt;</mark> & "x"')).toEqual([
      { text: 'Check ', marked: false },
      { text: '<anonymous>', marked: true },
      { text: ' & "x"', marked: false },
    ]);
  });

  it('drops tags other than mark', () => {
    expect(parseExcerpt('<img src=x onerror=alert(1)>safe <b>text</b>')).toEqual([{ text: 'safe text', marked: false }]);
  });

  it('merges adjacent marks', () => {
    expect(parseExcerpt('<mark>连接</mark><mark>池</mark>已耗尽')).toEqual([
      { text: '连接池', marked: true },
      { text: '已耗尽', marked: false },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&#x4E2D;')).toBe('&<>"\'中');
  });

  it('keeps unknown names and invalid code points as written', () => {
    expect(decodeEntities('&nosuch; &#0; &#x110000;')).toBe('&nosuch; &#0; &#x110000;');
  });
});
