import { describe, expect, it } from 'vitest';

import { convertPattern } from './convert';
import { extractLiterals, foldForPrefilter, normalizeForLiterals, requiredLiterals, type PatternLiterals } from './literals';

/** Converts a pattern as the build does, then extracts its literals. */
function literalsOf(pattern: string): PatternLiterals {
  const converted = convertPattern(pattern);
  if (!converted.ok) {
    throw new Error(`Pattern ${JSON.stringify(pattern)} does not convert: ${JSON.stringify(converted.problems)}`);
  }
  return extractLiterals(converted);
}

describe('extractLiterals', () => {
  it.each([
    // A plain message is one literal, lower-cased.
    ['Connection Refused', [['connection refused']], 18],
    // `.*` splits the pattern into two literals; both are required.
    ['503.*connection pool exhausted', [['connection pool exhausted', '503']], 28],
    // Classes, `\d` and `.` break literal runs.
    ['port [0-9]+ in use', [[' in use', 'port ']], 12],
    ['error\\d+ at line', [[' at line', 'error']], 13],
    // Literals shorter than three characters are too common to filter on.
    ['ab.cd', [], 4],
    ['\\d+', [], 0],
  ])('reads %j', (pattern, anyOf, literalChars) => {
    const literals = literalsOf(pattern);
    expect(literals.anyOf).toEqual(anyOf);
    expect(literals.literalChars).toBe(literalChars);
  });

  it('keeps at most three longest literals', () => {
    const literals = literalsOf('alpha.bravo.charlie.delta.echoes');
    expect(literals.anyOf).toEqual([['charlie', 'echoes', 'alpha']]);
    expect(literals.literalChars).toBe(28);
  });

  describe('alternations', () => {
    it('gives each top-level branch its own group', () => {
      const literals = literalsOf('sorry, too many clients already|remaining connection slots are reserved');
      expect(literals.anyOf).toEqual([['sorry, too many clients already'], ['remaining connection slots are reserved']]);
    });

    it('counts the poorest branch in literalChars', () => {
      expect(literalsOf('abcdef|xyz').literalChars).toBe(3);
    });

    it('keeps the common prefix and suffix of an inner alternation', () => {
      const literals = literalsOf('connection (?:refused|reset) by peer');
      expect(literals.anyOf).toEqual([['connection re', ' by peer']]);
      expect(literals.literalChars).toBe(24);
    });

    it('keeps a substring every branch shares', () => {
      expect(literalsOf('x(?:a timeout b|c timeout d)y').anyOf).toEqual([[' timeout ']]);
    });

    it('contributes nothing when branches share nothing', () => {
      expect(literalsOf('(?:foo|bar)baz').anyOf).toEqual([['baz']]);
    });

    it('runs always when a branch has no literal', () => {
      expect(literalsOf('\\d+|timeout').anyOf).toEqual([]);
    });

    it('falls back to shared literals beyond sixteen branches', () => {
      const branches = Array.from({ length: 17 }, (_, index) => `job${index} timed out`);
      expect(literalsOf(branches.join('|')).anyOf).toEqual([[' timed out', 'job']]);
    });

    it('never lets prefix and suffix cover the same characters', () => {
      // Branches "abc" and "abbc": prefix "ab" and suffix "bc" would overlap in "abc".
      const literals = literalsOf('x(?:abc|abbc)');
      expect(literals.anyOf).toEqual([['xab']]);
      expect(new RegExp('x(?:abc|abbc)', 'iu').test('xabc')).toBe(true);
    });

    it('merges branches that differ only in case', () => {
      expect(literalsOf('(?:E|e)rror code').anyOf).toEqual([['error code']]);
    });
  });

  describe('optional and repeated parts', () => {
    it('skips optional parts', () => {
      expect(literalsOf('fatal(?: error)?: disk full').anyOf).toEqual([[': disk full', 'fatal']]);
      expect(literalsOf('colou?r mismatch').anyOf).toEqual([['r mismatch', 'colo']]);
      expect(literalsOf('(?:abc)*xyz').anyOf).toEqual([['xyz']]);
    });

    it('counts an open repetition of a character once', () => {
      expect(literalsOf('tim+eout').anyOf).toEqual([['eout', 'tim']]);
    });

    it('spells out a fixed repetition', () => {
      expect(literalsOf('x{3}yz').anyOf).toEqual([['xxxyz']]);
      expect(literalsOf('(?:ab){2}c').literalChars).toBe(5);
    });

    it('keeps one copy of a repeated group, then stops', () => {
      expect(literalsOf('(?:abc)+def').anyOf).toEqual([['abc', 'def']]);
    });
  });

  describe('case and non-ASCII characters', () => {
    it('lower-cases ASCII letters', () => {
      expect(literalsOf('KeyError: FOO').anyOf).toEqual([['keyerror: foo']]);
    });

    it('leaves non-ASCII characters out of literals', () => {
      expect(literalsOf('Ünïcode').anyOf).toEqual([['code']]);
      expect(literalsOf('连接被拒绝 connection').anyOf).toEqual([[' connection']]);
    });

    it('counts non-ASCII characters in literalChars', () => {
      expect(literalsOf('连接被拒绝').literalChars).toBe(5);
    });

    it('reads a one-character class as that character', () => {
      expect(literalsOf('file[.]txt').anyOf).toEqual([['file.txt']]);
      expect(literalsOf('[Ee]rror').anyOf).toEqual([['error']]);
      expect(literalsOf('[ab]rror').anyOf).toEqual([['rror']]);
    });
  });

  describe('Python-spelled patterns after conversion', () => {
    it('reads named groups and back-references', () => {
      expect(literalsOf('(?P<name>\\w+) is not defined').anyOf).toEqual([[' is not defined']]);
      expect(literalsOf("(?P<q>['\"])x(?P=q) missing").anyOf).toEqual([[' missing']]);
    });

    it('reads \\A, \\Z and a trailing $ as zero-width', () => {
      expect(literalsOf('\\AERROR: disk\\Z').anyOf).toEqual([['error: disk']]);
      expect(literalsOf('out of memory$').anyOf).toEqual([['out of memory']]);
    });

    it('reads inline flags and comments', () => {
      expect(literalsOf('(?i)segmentation(?#why) fault').anyOf).toEqual([['segmentation fault']]);
    });

    it('reads \\Q...\\E quoting', () => {
      expect(literalsOf('\\Qa.b*c\\E failed').anyOf).toEqual([['a.b*c failed']]);
    });
  });

  it('ignores lookaround contents', () => {
    expect(literalsOf('(?<=user )admin(?! denied)').anyOf).toEqual([['admin']]);
    expect(literalsOf('(?<=user )admin(?! denied)').literalChars).toBe(5);
  });
});

describe('foldForPrefilter', () => {
  it('lower-cases ASCII', () => {
    expect(foldForPrefilter('ERROR: Disk')).toBe('error: disk');
  });

  it('maps the long s and the Kelvin sign to ASCII', () => {
    expect(foldForPrefilter('exhau\u017fted')).toBe('exhausted');
    expect(foldForPrefilter('\u212Aill')).toBe('kill');
  });

  it('turns runs of other non-ASCII characters into one NUL', () => {
    expect(foldForPrefilter('a连接b\u00e9c')).toBe('a\u0000b\u0000c');
    expect(foldForPrefilter('cafe\u0301')).toBe('cafe\u0000');
  });

  // Soundness of the whole prefilter rests on this: whatever a literal
  // character matches under `iu` (or `i`) must fold back to that character.
  it('folds every character a literal matches to that literal', () => {
    const failures: string[] = [];
    for (const flags of ['iu', 'i']) {
      const anyAscii = new RegExp('^[\\u0000-\\u007f]$', flags);
      for (let candidate = 0; candidate <= 0x10ffff; candidate++) {
        const text = String.fromCodePoint(candidate);
        if (!anyAscii.test(text)) {
          continue;
        }
        // `text` matches at least one ASCII character; each one it matches must survive folding.
        for (let code = 0; code < 0x80; code++) {
          const literal = String.fromCharCode(code);
          const escaped = `\\x${code.toString(16).padStart(2, '0')}`;
          if (new RegExp(`^${escaped}$`, flags).test(text) && !foldForPrefilter(text).includes(foldForPrefilter(literal))) {
            failures.push(`U+${candidate.toString(16)} matches ${JSON.stringify(literal)} under ${flags}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});

describe('requiredLiterals', () => {
  it.each([
    ['503.*connection pool exhausted', ['connection pool exhausted']],
    ['Error: (?:foo|bar) happened', [' happened']],
    ['ModuleNotFoundError: No module named \'[^\']+\'', ["modulenotfounderror: no module named '"]],
    ['(?:abc)+d', ['abc']],
    ['foo|barbaz', ['foo', 'barbaz']],
    ['\\d+', undefined],
    ['a?|b', undefined],
    ['Ünïcode', ['code']],
  ])('extracts from %j', (source, expected) => {
    expect(requiredLiterals({ source, flags: 'iu' })).toEqual(expected);
  });

  it('finds each literal in a signature the regex matches', () => {
    const source = 'connection pool EXHAUSTED';
    const regex = new RegExp(source, 'iu');
    const signature = 'Connection pool exhauſted';
    expect(regex.test(signature)).toBe(true);
    const literal = requiredLiterals({ source, flags: 'iu' })?.[0] ?? '';
    expect(normalizeForLiterals(signature)).toContain(literal);
  });
});
