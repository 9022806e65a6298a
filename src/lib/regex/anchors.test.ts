import { describe, expect, it } from 'vitest';

import { findWholeTextAnchors } from './anchors';
import { convertPattern } from './convert';

function anchorsAt(pattern: string): number[] {
  return findWholeTextAnchors(pattern).map((problem) => problem.offset);
}

describe('findWholeTextAnchors', () => {
  it.each([
    ['^error$', [0, 6]],
    ['^error', [0]],
    ['error$', [5]],
    ['(?:^|\\s)error', [3]],
    ['(?<=^|: )error', [4]],
    ['(?i)^error', [4]],
    ['\\Aerror\\Z', [0, 7]],
    ['error\\z', [5]],
    ['(?m)\\Aerror\\Z', [4, 11]],
    ['(?x) ^ error', [5]],
  ])('reports the anchors of %j', (pattern, offsets) => {
    expect(anchorsAt(pattern)).toEqual(offsets);
  });

  it.each([
    ['(?m)^error$'],
    ['(?ms)^error$'],
    ['[^a-z]+ error'],
    ['[$^]error'],
    ['costs \\$5'],
    ['\\^error'],
    ['\\berror\\b'],
    ['(?=error)error(?!s)'],
    ['(?x) error # ^ in a comment'],
    ['\\QA^B$\\E'],
  ])('accepts %j', (pattern) => {
    expect(anchorsAt(pattern)).toEqual([]);
  });

  it('explains whole-text anchors and how to fix them', () => {
    const [caret, dollar] = findWholeTextAnchors('^error$');
    expect(caret?.message).toBe(
      'Anchor "^" matches only at the start of the whole pasted text, because the flags are iu without m, ' +
        'so the regex misses the message anywhere else in a log; ' +
        'remove it, or start the pattern with "(?m)" to make "^" and "$" match at line starts',
    );
    expect(dollar?.message).toContain('Anchor "$" matches only at the end of the whole pasted text');
    expect(dollar?.message).toContain('to make "^" and "$" match at line ends');
  });

  it('says that (?m) does not change \\A', () => {
    const [start] = findWholeTextAnchors('(?m)\\Aerror');
    expect(start?.message).toContain('Anchor "\\A" matches only at the start of the whole pasted text, even with "(?m)"');
    expect(start?.message).toContain('write "^" and start the pattern with "(?m)"');
  });

  it('leaves unconvertible patterns to convertPattern', () => {
    expect(convertPattern('^a++').ok).toBe(false);
    expect(anchorsAt('^a++')).toEqual([]);
    expect(anchorsAt('^(a')).toEqual([]);
  });

  it('does not change the conversion', () => {
    expect(convertPattern('^error$')).toEqual({ ok: true, source: '^error(?=\\n?$)', flags: 'iu' });
  });
});
