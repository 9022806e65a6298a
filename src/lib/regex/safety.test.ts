import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loopsOnlyOverSingleCharacters, RedosChecker } from './safety';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'errdex-redos-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('loopsOnlyOverSingleCharacters', () => {
  it.each([
    ['503.*connection pool exhausted', true],
    ['\\d+\\.[a-z]*x{2,5}', true],
    ['(ab)c', true],
    ['x(?: for [^\\s,]+)?, y', true],
    ['(?:a|b){0,1}c', true],
    ['(?:a|b)+', false],
    ['(?:ab){2}', false],
    ['(a+)+', false],
    ['(a)\\1', false],
  ])('classifies %j', (source, expected) => {
    expect(loopsOnlyOverSingleCharacters({ source, flags: 'iu' })).toBe(expected);
  });
});

describe('RedosChecker', () => {
  it('flags exponential patterns with an attack string', async () => {
    const checker = new RedosChecker({ cacheFile: null });
    const [verdict] = await checker.checkAll([{ source: '^(a+)+$', flags: 'iu' }]);
    expect(verdict?.status).toBe('exponential');
    expect(verdict?.status === 'exponential' ? verdict.attack : '').toMatch(/repeat/);
  });

  it('accepts the polynomial seed pattern', async () => {
    const checker = new RedosChecker({ cacheFile: null });
    const [verdict] = await checker.checkAll([{ source: '(?:503){1,2}.*connection pool exhausted', flags: 'iu' }]);
    expect(verdict).toEqual({ status: 'accepted', complexity: '2nd degree polynomial', method: 'recheck' });
  });

  it('skips recheck for single-character repeats', async () => {
    const checker = new RedosChecker({ cacheFile: null });
    await checker.checkAll([{ source: 'a.*b', flags: 'iu' }]);
    expect(checker.stats).toEqual({ structure: 1, cache: 0, recheck: 0 });
  });

  it('reports a timeout as unknown', async () => {
    const checker = new RedosChecker({ cacheFile: null, timeoutMs: 0 });
    const [verdict] = await checker.checkAll([{ source: '(?:a|b|ab|ba)*(?:c|d)*(x|y+)+z', flags: 'iu' }]);
    expect(verdict?.status).toBe('unknown');
  });

  it('reuses cached verdicts', async () => {
    const cacheFile = path.join(directory, 'reuse', 'redos.json');
    const patterns = [{ source: '(a|b)*c', flags: 'iu' }];
    const first = new RedosChecker({ cacheFile });
    const firstVerdicts = await first.checkAll(patterns);
    const second = new RedosChecker({ cacheFile });
    const secondVerdicts = await second.checkAll(patterns);
    expect(first.stats.recheck).toBe(1);
    expect(second.stats).toEqual({ structure: 0, cache: 1, recheck: 0 });
    expect(secondVerdicts).toEqual(firstVerdicts);
  });

  it('rebuilds a corrupted cache', async () => {
    const cacheFile = path.join(directory, 'corrupt.json');
    await writeFile(cacheFile, '{"format": 1, "entries": {"x": ');
    const reasons: string[] = [];
    const checker = new RedosChecker({ cacheFile });
    const [verdict] = await checker.checkAll([{ source: '(a|a)*b', flags: 'iu' }], (reason) => reasons.push(reason));
    expect(verdict?.status).toBe('exponential');
    expect(reasons[0]).toContain('is not valid JSON');
    const saved = JSON.parse(await readFile(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(saved.entries)).toHaveLength(1);
  });

  it('ignores cache entries of the wrong shape', async () => {
    const cacheFile = path.join(directory, 'shape.json');
    const checker = new RedosChecker({ cacheFile });
    await checker.checkAll([{ source: '(a|b)*d', flags: 'iu' }]);
    const saved = JSON.parse(await readFile(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
    for (const key of Object.keys(saved.entries)) {
      saved.entries[key] = { status: 'accepted' };
    }
    await writeFile(cacheFile, JSON.stringify(saved));
    const again = new RedosChecker({ cacheFile });
    await again.checkAll([{ source: '(a|b)*d', flags: 'iu' }]);
    expect(again.stats.recheck).toBe(1);
  });
});
