import { describe, expect, it } from 'vitest';

import { buildShareLink, MAX_SHARED_TEXT_BYTES, readSharedText } from './share';

describe('buildShareLink', () => {
  it('puts the encoded text in the fragment', () => {
    const link = buildShareLink('http://localhost:4321/errdex/tester/#old', 'a b&c\n连接');
    expect(link).toEqual({ ok: true, url: `http://localhost:4321/errdex/tester/#q=${encodeURIComponent('a b&c\n连接')}` });
  });

  it('rejects text whose encoding exceeds the limit', () => {
    const link = buildShareLink('http://localhost:4321/tester/', 'x'.repeat(MAX_SHARED_TEXT_BYTES + 1));
    expect(link).toEqual({ ok: false, encodedBytes: MAX_SHARED_TEXT_BYTES + 1 });
  });
});

describe('readSharedText', () => {
  it('decodes a q fragment', () => {
    expect(readSharedText(`#q=${encodeURIComponent('deadlock detected\n')}`)).toBe('deadlock detected\n');
  });

  it('ignores other fragments', () => {
    expect(readSharedText('#main')).toBeUndefined();
    expect(readSharedText('')).toBeUndefined();
  });

  it('ignores malformed percent-encoding', () => {
    expect(readSharedText('#q=%E0%A4%A')).toBeUndefined();
  });
});
