import { describe, expect, it } from 'vitest';

import { buildShareLink, MAX_SHARED_TEXT_BYTES, readSharedText } from './share';

describe('buildShareLink', () => {
  it('puts the encoded text in the fragment', () => {
    const link = buildShareLink('http://localhost:4321/errdex/tester/#old', 'a b&c\n连接');
    expect(link).toEqual({ ok: true, url: `http://localhost:4321/errdex/tester/#q=${encodeURIComponent('a b&c\n连接')}` });
  });

  it('replaces a lone surrogate', () => {
    const link = buildShareLink('http://localhost:4321/tester/', 'cut \ud83d emoji');
    expect(link).toEqual({ ok: true, url: `http://localhost:4321/tester/#q=${encodeURIComponent('cut \ufffd emoji')}` });
  });

  it('accepts text whose encoding is exactly the limit', () => {
    const link = buildShareLink('http://localhost:4321/tester/', 'x'.repeat(MAX_SHARED_TEXT_BYTES));
    expect(link.ok).toBe(true);
  });

  it('reports the size of the text, not of its encoding', () => {
    // Each space encodes to three characters, so 3,000 spaces need 9,000 in a link.
    const spaces = buildShareLink('http://localhost:4321/tester/', ' '.repeat(3000));
    expect(spaces).toEqual({ ok: false, textBytes: 3000 });

    // Each of these characters is three bytes in UTF-8 and nine characters in a link.
    const chinese = buildShareLink('http://localhost:4321/tester/', '连'.repeat(1000));
    expect(chinese).toEqual({ ok: false, textBytes: 3000 });
  });

  it('reports the size of a large log', () => {
    const log = 'x'.repeat(6.5 * 1024 * 1024);
    expect(buildShareLink('http://localhost:4321/tester/', log)).toEqual({ ok: false, textBytes: 6.5 * 1024 * 1024 });
  });
});

describe('readSharedText', () => {
  it('decodes a q fragment', () => {
    expect(readSharedText(`#q=${encodeURIComponent('deadlock detected\n')}`)).toEqual({ kind: 'text', text: 'deadlock detected\n' });
  });

  it('ignores other fragments', () => {
    expect(readSharedText('#main')).toEqual({ kind: 'none' });
    expect(readSharedText('')).toEqual({ kind: 'none' });
  });

  it('flags malformed percent-encoding', () => {
    expect(readSharedText('#q=%E0%A4%A')).toEqual({ kind: 'invalid' });
    expect(readSharedText('#q=%')).toEqual({ kind: 'invalid' });
  });
});
