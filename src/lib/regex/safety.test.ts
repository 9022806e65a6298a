import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { planSafetyCheck, RedosChecker } from './safety';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'errdex-redos-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('planSafetyCheck', () => {
  it.each([
    ['503.*connection pool exhausted', []],
    ['\\d+\\.[a-z]*x{2,5}', []],
    ['(ab)c(?:d|e)?', []],
    ['x(?: for [^\\s,]+)?, y', []],
    ['(?:a|b)+c', ['(?:(?:a|b)+)[^\\s\\S]']],
    ['(?:ab){2}', ['(?:(?:ab){2})[^\\s\\S]']],
    ['((a+)+)?b(?=(c|d)*)', ['(?:(a+)+)[^\\s\\S]', '(?:(c|d)*)[^\\s\\S]']],
  ])('plans %j', (source, parts) => {
    const plan = planSafetyCheck({ source, flags: 'iu' });
    expect(plan.kind === 'structure' ? [] : plan.parts).toEqual(parts);
  });

  it('checks a pattern with a back-reference whole', () => {
    expect(planSafetyCheck({ source: '(a)x*\\1', flags: 'iu' })).toEqual({ kind: 'parts', parts: ['(a)x*\\1'] });
  });
});

describe('RedosChecker', () => {
  it('flags exponential patterns with the part and an attack string', async () => {
    const checker = new RedosChecker({ cacheFile: null });
    const [verdict] = await checker.checkAll([{ source: '^(a+)+$', flags: 'iu' }]);
    expect(verdict?.status).toBe('exponential');
    expect(verdict?.status === 'exponential' ? verdict.part : '').toBe('(a+)+');
    expect(verdict?.status === 'exponential' ? verdict.attack : '').toMatch(/repeat/);
  });

  it('accepts polynomial repetitions', async () => {
    const checker = new RedosChecker({ cacheFile: null });
    const [verdict] = await checker.checkAll([{ source: 'pool (?:socket|timeout)+ failed', flags: 'iu' }]);
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
