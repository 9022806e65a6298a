import { describe, expect, it } from 'vitest';

import { describeValue, nearestName } from './schema-problems';

describe('nearestName', () => {
  it.each([
    ['rootcause', 'root_cause'],
    ['rootCause', 'root_cause'],
    ['tag', 'tags'],
    ['sigature', 'signature'],
    ['zzz', undefined],
  ])('suggests a key for %j', (input, expected) => {
    expect(nearestName(input, ['root_cause', 'tags', 'signature', 'id'])).toBe(expected);
  });
});

describe('describeValue', () => {
  it.each([
    ['abc', '"abc"'],
    [1.5, '1.5'],
    [null, 'null'],
    [[1], 'a list'],
    [{ a: 1 }, 'an object'],
    ['x'.repeat(100), `"${'x'.repeat(76)}…"`],
  ])('describes %j', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});
