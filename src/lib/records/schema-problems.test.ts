import { parse } from '@humanwhocodes/momoa';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';

import { describeValue, nearestName, schemaProblems } from './schema-problems';

const countSchema = z.object({
  evidence_count: z.number().int().min(0),
  name: z.string().min(1).regex(/^[a-z]+$/, 'Expected lower-case letters'),
});

function problemsOf(text: string): { path: string; line: number; message: string }[] {
  const value = JSON.parse(text) as unknown;
  const result = countSchema.safeParse(value);
  if (result.success) {
    return [];
  }
  const context = { schema: countSchema, value, ast: parse(text, { mode: 'json', ranges: true }) };
  return schemaProblems(result.error.issues, context).map(({ path, line, message }) => ({ path, line, message }));
}

describe('schemaProblems', () => {
  it('reports a value that fails two checks once', () => {
    expect(problemsOf('{\n  "evidence_count": -1.5,\n  "name": "ok"\n}')).toEqual([
      { path: 'evidence_count', line: 2, message: 'Expected a whole number of at least 0, got -1.5' },
    ]);
  });

  it('joins different messages on one field', () => {
    expect(problemsOf('{\n  "evidence_count": 1,\n  "name": ""\n}')).toEqual([
      { path: 'name', line: 3, message: 'Expected a non-empty string, got ""; Expected lower-case letters' },
    ]);
  });

  it('reports a missing enum or union field as missing', () => {
    const schema = z.object({ tier: z.enum(['human', 'ai']), resolvable: z.union([z.boolean(), z.literal('true')]) });
    const text = '{\n  "id": 1\n}';
    const value = JSON.parse(text) as unknown;
    const result = schema.strip().safeParse(value);
    const context = { schema, value, ast: parse(text, { mode: 'json', ranges: true }) };
    const messages = result.success ? [] : schemaProblems(result.error.issues, context).map((problem) => problem.message);

    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^Missing required field "tier"; add one of /);
    expect(messages[1]).toMatch(/^Missing required field "resolvable"; add /);
  });

  it('keeps problems on different fields apart', () => {
    expect(problemsOf('{"evidence_count": -1, "name": "X"}').map((problem) => problem.path)).toEqual(['evidence_count', 'name']);
  });
});

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
