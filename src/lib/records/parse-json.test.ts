import { describe, expect, it } from 'vitest';

import { findDuplicateKeys, parseRecordJson } from './parse-json';

function parse(text: string | Uint8Array): ReturnType<typeof parseRecordJson> {
  return parseRecordJson(typeof text === 'string' ? new TextEncoder().encode(text) : text);
}

function positions(text: string | Uint8Array): string[] {
  return parse(text).problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
}

describe('parseRecordJson', () => {
  it('parses plain JSON without problems', () => {
    const result = parse('{"a": [1, {"b": null}]}');
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ a: [1, { b: null }] });
  });

  it('rejects an empty file', () => {
    expect(positions('  \n')).toEqual(['1:1 File is empty; a record is one JSON object']);
  });

  it('rejects a byte-order mark but still parses', () => {
    const result = parse(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a": 1}')]));
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'File starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
    ]);
    expect(result.value).toEqual({ a: 1 });
  });

  it('rejects UTF-16 and invalid UTF-8', () => {
    expect(positions(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toEqual([
      '1:1 File is encoded as UTF-16; save it as UTF-8 without BOM',
    ]);
    expect(positions(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toEqual(['1:1 File is not valid UTF-8; save it as UTF-8']);
  });

  it('reports every comment and trailing comma', () => {
    expect(positions('{\n  // one\n  "a": [1,],\n  /* two */ "b": 2,\n}')).toEqual([
      '2:3 Comments are not allowed in JSON; remove it',
      '3:10 Trailing comma before "]" is not allowed in JSON; remove it',
      '4:3 Comments are not allowed in JSON; remove it',
      '4:19 Trailing comma before "}" is not allowed in JSON; remove it',
    ]);
  });

  it('reports a key given twice at the second key', () => {
    expect(positions('{\n  "a": 1,\n  "b": {"c": 1, "c": 2},\n  "a": 3\n}')).toEqual([
      '3:17 Key "c" is given twice in this object (first on line 3); remove one, JSON readers disagree on which one wins',
      '4:3 Key "a" is given twice in this object (first on line 2); remove one, JSON readers disagree on which one wins',
    ]);
  });

  it('reports a duplicate key at its own field path', () => {
    const text = '{\n  "workarounds": [\n    {"how": "a"},\n    {"how": "b",\n     "how": "c"}\n  ]\n}';
    const [problem] = parse(text).problems;
    expect(problem?.path).toBe('workarounds[1].how');
    expect(problem?.line).toBe(5);
    expect(problem?.column).toBe(6);
    expect(problem?.message).toContain('(first on line 4)');
  });

  it('gives the field path of a duplicate next to a comment', () => {
    const text = '{\n  // note\n  "workarounds": [{}, {"how": "b", "how": "c"}]\n}';
    const duplicate = parse(text).problems.find((problem) => problem.message.startsWith('Key "how"'));
    expect(duplicate?.path).toBe('workarounds[1].how');
    expect(duplicate?.line).toBe(3);
  });

  it('reports a syntax error with its position', () => {
    expect(positions('{\n  "a" 1\n}')).toEqual(['2:7 Invalid JSON: Unexpected token Number found.']);
    expect(positions('{"a": 1')).toEqual([
      '1:8 Invalid JSON: the file ends before the value is complete; check for a missing "}" or "]"',
    ]);
  });

  it('rejects a raw line break inside a string', () => {
    const [problem] = parse('{"a": "x\ny"}').problems;
    expect(problem?.message).toMatch(/^Invalid JSON: Bad control character in string literal/);
    expect(problem?.line).toBe(1);
  });
});

describe('findDuplicateKeys', () => {
  it('compares keys after decoding escapes', () => {
    expect(findDuplicateKeys('{"a": 1, "\\u0061": 2}')).toEqual([{ key: 'a', path: ['a'], offset: 9, firstOffset: 1 }]);
  });

  it('keeps each object separate', () => {
    expect(findDuplicateKeys('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}')).toEqual([]);
  });

  it('ignores string values that look like keys', () => {
    expect(findDuplicateKeys('{"a": "b", "c": ["a", "a"], "d": "a"}')).toEqual([]);
  });

  it('handles escaped quotes inside keys', () => {
    expect(findDuplicateKeys('{"x\\"y": 1, "x\\"y": 2}')).toEqual([{ key: 'x"y', path: ['x"y'], offset: 12, firstOffset: 1 }]);
  });

  it('gives the field path of a nested duplicate', () => {
    const text = '{"workarounds": [{"how": "a"}, {"how": "b", "how": "c"}], "x": {"y": {"z": 1, "z": 2}}}';
    expect(findDuplicateKeys(text).map((duplicate) => duplicate.path)).toEqual([
      ['workarounds', 1, 'how'],
      ['x', 'y', 'z'],
    ]);
  });

  it('counts array elements that are not objects', () => {
    const text = '{"a": [1, "two", [3, 4], {"k": 1, "k": 2}]}';
    expect(findDuplicateKeys(text).map((duplicate) => duplicate.path)).toEqual([['a', 3, 'k']]);
  });
});
