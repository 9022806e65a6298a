import { describe, expect, it } from 'vitest';

import { convertPattern, type ConvertedPattern } from './convert';

function expectSource(converted: ConvertedPattern): { source: string; flags: string } {
  if (!converted.ok) {
    throw new Error(`Expected a conversion, got problems: ${JSON.stringify(converted.problems)}`);
  }
  return converted;
}

function expectProblems(converted: ConvertedPattern): { message: string; offset: number }[] {
  if (converted.ok) {
    throw new Error(`Expected problems, got /${converted.source}/${converted.flags}`);
  }
  return converted.problems;
}

describe('convertPattern', () => {
  it.each([
    ['503.*connection pool exhausted', '503.*connection pool exhausted', 'iu'],
    ['(?i)foo', 'foo', 'iu'],
    ['(?s)a.b', 'a.b', 'isu'],
    ['(?m)^a$', '^a$', 'imu'],
    ['(?i)(?s)a', 'a', 'isu'],
    ['(?P<code>\\d+) (?P=code)', '(?<code>\\d+) \\k<code>', 'iu'],
    ["(?'code'\\d+)\\k'code'", '(?<code>\\d+)\\k<code>', 'iu'],
    ['\\Astart', '^start', 'iu'],
    ['end\\Z', 'end$', 'iu'],
    ['end$', 'end(?=\\n?$)', 'iu'],
    ['(?m)\\Aa\\Z', '(?<![\\s\\S])a(?![\\s\\S])', 'imu'],
    ['[[:digit:]]+', '[0-9]+', 'iu'],
    ['[^[:space:]x]', '[^\\t\\n\\v\\f\\r x]', 'iu'],
    ['{"detail": .*}', '\\{"detail": .*\\}', 'iu'],
    ['a{,3}', 'a{0,3}', 'iu'],
    ['a\\hb', 'a[\\t \\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]b', 'iu'],
    ['[\\h,]', '[\\t \\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000,]', 'iu'],
    ['\\H+', '[^\\t \\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]+', 'iu'],
    ['a\\Rb', 'a(?:\\r\\n|(?!\\r\\n)[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])b', 'iu'],
    ['a{2,}b{1,2}?', 'a{2,}b{1,2}?', 'iu'],
    ['a]b}', 'a\\]b\\}', 'iu'],
    ['[]x]', '[\\]x]', 'iu'],
    ['[^]x]', '[^\\]x]', 'iu'],
    ['\\#\\ \\:\\@\\%', '# :@%', 'iu'],
    ['x\\-y', 'x-y', 'iu'],
    ['[\\-x]', '[\\-x]', 'iu'],
    ['\\x41\\101\\0', '\\x41\\x41\\x00', 'iu'],
    ['\\U0001F600 \\x{1F600}', '\\u{1F600} \\u{1F600}', 'iu'],
    ['\\pL\\p{Lu}', '\\p{L}\\p{Lu}', 'iu'],
    ['\\u{1F600}\\u0041', '\\u{1F600}\\u0041', 'iu'],
    ['a(?#comment)b', 'ab', 'iu'],
    ['(?i:abc)', '(?:abc)', 'iu'],
    ['x(?i)y', 'xy', 'iu'],
    ['\\QA.B*\\E+', 'A\\.B\\*+', 'iu'],
    ['(?x) a \\  b # comment\n c [ ]', 'a bc[ ]', 'iu'],
    ['(a)\\g{1}\\g1', '(a)\\1\\1', 'iu'],
    ['(?<n>a)\\k{n}', '(?<n>a)\\k<n>', 'iu'],
    ['(?<=foo)bar(?!baz)', '(?<=foo)bar(?!baz)', 'iu'],
  ])('converts %j', (pattern, source, flags) => {
    const converted = expectSource(convertPattern(pattern));
    expect(converted.source).toBe(source);
    expect(converted.flags).toBe(flags);
  });

  it.each([
    ['a++', 1, 'Possessive quantifier "++"'],
    ['a*+b', 1, 'Possessive quantifier "*+"'],
    ['a{2}+', 1, 'Possessive quantifier "{2}+"'],
    ['x(?>ab)', 1, 'Atomic group "(?>...)"'],
    ['ab\\Kc', 2, 'Match reset "\\K"'],
    ['\\Gx', 0, 'Anchor "\\G"'],
    ['(a)(?(1)b|c)', 3, 'Conditional group'],
    ['a(?R)', 1, 'Recursion or subroutine call "(?R)"'],
    ['(a)(?1)', 3, 'Recursion or subroutine call "(?1)"'],
    ['(?P<n>a)(?P>n)', 8, 'Recursion or subroutine call "(?P>n)"'],
    ['x(?s:a)', 1, 'Scoped modifier group "(?s:...)"'],
    ['x(?-i:a)', 1, 'Scoped modifier group "(?-i:...)"'],
    ['x(?s)a', 1, 'Inline flags "(?s)" must be at the start'],
    ['(?a)x', 0, 'Inline flag "(?a)" (ASCII matching)'],
    ['(?Z)x', 0, 'Unknown inline flag "Z"'],
    ['(*UTF)x', 0, 'PCRE verb'],
    ['[[:nothing:]]', 1, 'Unknown POSIX class "[:nothing:]"'],
    ['[[:^digit:]]', 1, 'Negated POSIX class'],
    ['\\N{EM DASH}', 0, 'Named character'],
    ['a[\\H]', 2, '"\\H" inside a character class'],
    ['[x\\R]', 2, '"\\R" matches a line break sequence'],
    ['(a)\\g{-1}', 3, 'relative back-reference'],
    ['abc\\', 3, 'lone backslash'],
    ['a(?#never closed', 1, 'Comment group "(?#" is not closed'],
    ['[abc', 0, 'Character class "[" is not closed'],
    ['a\\qb', 1, 'Invalid pattern: Invalid escape'],
    ['ab(c', 4, 'Invalid pattern: Unterminated group'],
    ['(?i)', 0, 'Pattern is empty'],
    ['', 0, 'Pattern is empty'],
  ])('rejects %j', (pattern, offset, message) => {
    const problems = expectProblems(convertPattern(pattern));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.offset).toBe(offset);
    expect(problems[0]?.message).toContain(message);
  });

  it('reports every unsupported construct at once', () => {
    const problems = expectProblems(convertPattern('a++(?>b)\\K'));
    expect(problems.map((problem) => problem.offset)).toEqual([1, 3, 8]);
  });

  it('shows the converted text with a syntax error', () => {
    const problems = expectProblems(convertPattern('(?P<n>a)\\q'));
    expect(problems[0]?.message).toContain('(after conversion to JavaScript: /(?<n>a)\\q/)');
    expect(problems[0]?.offset).toBe(8);
  });

  it('matches like Python on the seed record', () => {
    const converted = expectSource(convertPattern('503.*connection pool exhausted'));
    const regex = new RegExp(converted.source, converted.flags);
    expect(regex.test('503 Service Unavailable: Connection pool exhausted.')).toBe(true);
    expect(regex.test('connection pool exhausted, then 503')).toBe(false);
  });

  it('matches before a final newline like Python $', () => {
    const converted = expectSource(convertPattern('^error$'));
    const regex = new RegExp(converted.source, converted.flags);
    expect(regex.test('error\n')).toBe(true);
    expect(regex.test('error\nmore')).toBe(false);
  });

  it('matches PCRE horizontal space and line breaks', () => {
    const converted = expectSource(convertPattern('Killed\\h+process\\Rnext\\H'));
    const regex = new RegExp(converted.source, converted.flags);
    expect(regex.test('Killed \u00A0\tprocess\r\nnext!')).toBe(true);
    expect(regex.test('Killed\nprocess\nnext!')).toBe(false);
    expect(regex.test('Killed process\nnext ')).toBe(false);
  });

  it('never splits a CRLF into two line breaks, like PCRE', () => {
    const twoBreaks = expectSource(convertPattern('a\\R{2}b'));
    const regex = new RegExp(twoBreaks.source, twoBreaks.flags);
    expect(regex.test('a\r\nb')).toBe(false);
    expect(regex.test('a\n\nb')).toBe(true);
    expect(regex.test('a\r\n\rb')).toBe(true);
  });

  it('returns flags in canonical order', () => {
    const converted = expectSource(convertPattern('(?sm)a'));
    expect(converted.flags).toBe('imsu');
  });
});
