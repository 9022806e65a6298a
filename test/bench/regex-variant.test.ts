import { describe, expect, it } from 'vitest';

import { prepareRegexTemplate, regexVariant, textVariant, varyNumbers } from '../../bench/corpus/regex-variant';

function prepared(pattern: string) {
  const template = prepareRegexTemplate(pattern);
  if ('rejected' in template) {
    throw new Error(`unexpected rejection: ${template.rejected}`);
  }
  return template;
}

describe('regex variants', () => {
  it('appends the token to the longest word of each alternative', () => {
    const template = prepared('connection reset by peer|\\bECONNRESET\\b');

    expect(regexVariant(template, 'kavo41')).toBe('connection_kavo41 reset by peer|\\bECONNRESET_kavo41\\b');
  });

  it('appends the token where the regex first matched the text', () => {
    const template = prepared('connection reset by peer|\\bECONNRESET\\b');

    expect(textVariant(template, "read ECONNRESET at 'Connection reset by peer'", 'kavo41')).toBe(
      "read ECONNRESET_kavo41 at 'Connection reset by peer'",
    );
    expect(textVariant(template, 'curl: (56) Connection reset by peer', 'kavo41')).toBe(
      'curl: (56) Connection_kavo41 reset by peer',
    );
  });

  it('covers a group when the alternative has no plain word', () => {
    const template = prepared('(?:Metaspace|PermGen)');

    expect(regexVariant(template, 'kavo41')).toBe('(?:Metaspace_kavo41|PermGen_kavo41)');
  });

  it('skips words inside optional groups', () => {
    const template = prepared('\\b413 (?:Client Error: )?too large');

    expect(regexVariant(template, 'kavo41')).toBe('\\b413 (?:Client Error: )?too large_kavo41');
  });

  it('leaves a quantified letter after the token', () => {
    const template = prepared('secrets? not found');

    expect(regexVariant(template, 'kavo41')).toBe('secret_kavo41s? not found');
    expect(textVariant(template, 'Error: secrets not found', 'kavo41')).toBe('Error: secret_kavo41s not found');
  });

  it('matches its own variant text and no other', () => {
    const template = prepared('Lost connection to (?:MySQL |MariaDB )?server (?:during query|at \'[^\'\\r\\n]*\')');
    const text = 'ERROR 2013 (HY000): Lost connection to MySQL server during query';
    const own = new RegExp(regexVariant(template, 'kavo41'), template.flags);

    expect(own.test(textVariant(template, text, 'kavo41') ?? '')).toBe(true);
    expect(own.test(textVariant(template, text, 'bide07') ?? '')).toBe(false);
  });

  it('rejects a pattern with a path that has no word', () => {
    expect(prepareRegexTemplate('timeout|\\d+ms')).toEqual({ rejected: expect.stringContaining('no literal word') });
  });

  it('rejects a pattern with a back-reference', () => {
    expect(prepareRegexTemplate("(['\"])quoted text\\1")).toEqual({ rejected: 'regex has a back-reference' });
  });

  it('returns undefined for text the regex does not match', () => {
    expect(textVariant(prepared('exec format error'), 'something else', 'kavo41')).toBeUndefined();
  });
});

describe('number variation', () => {
  it('keeps numbers the regex spells out', () => {
    const regex = /\b413 too large/iu;
    const varied = varyNumbers('HTTP 413 too large after 1500 ms', regex, () => 0.5);

    expect(varied).toMatch(/^HTTP 413 too large after \d{4} ms$/);
    expect(varied).not.toBe('HTTP 413 too large after 1500 ms');
  });

  it('keeps the length and leading zeros of numbers', () => {
    const varied = varyNumbers('code 0042 and 7', /code/iu, () => 0.99);

    expect(varied).toBe('code 0999 and 9');
  });
});
