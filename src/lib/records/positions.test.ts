import { parse } from '@humanwhocodes/momoa';
import { describe, expect, it } from 'vitest';

import { positionInString, positionOfKey, positionOfValue } from './positions';

const TEXT = '{\n  "list": [\n    {"name": "a\\\\b\\u0041c"}\n  ],\n  "n": 1\n}';
const AST = parse(TEXT, { mode: 'json', ranges: true });

describe('positions', () => {
  it('finds nested values', () => {
    expect(positionOfValue(AST, ['list', 0, 'name'])).toEqual({ line: 3, column: 14 });
    expect(positionOfValue(AST, ['n'])).toEqual({ line: 5, column: 8 });
  });

  it('falls back to the deepest existing value', () => {
    expect(positionOfValue(AST, ['list', 0, 'missing'])).toEqual({ line: 3, column: 5 });
    expect(positionOfValue(AST, ['list', 7])).toEqual({ line: 2, column: 11 });
  });

  it('finds keys', () => {
    expect(positionOfKey(AST, [], 'n')).toEqual({ line: 5, column: 3 });
    expect(positionOfKey(AST, ['list', 0], 'name')).toEqual({ line: 3, column: 6 });
  });

  it('counts JSON escapes inside strings', () => {
    // The value decodes to `a\bAc`. Its opening quote is at column 14.
    expect(positionInString(AST, TEXT, ['list', 0, 'name'], 0)).toEqual({ line: 3, column: 15 });
    expect(positionInString(AST, TEXT, ['list', 0, 'name'], 2)).toEqual({ line: 3, column: 18 });
    expect(positionInString(AST, TEXT, ['list', 0, 'name'], 4)).toEqual({ line: 3, column: 25 });
  });

  it('returns the file start without a syntax tree', () => {
    expect(positionOfValue(undefined, ['n'])).toEqual({ line: 1, column: 1 });
  });
});
