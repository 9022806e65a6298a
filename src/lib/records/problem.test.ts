import { describe, expect, it } from 'vitest';

import { compareProblems, formatPath, formatProblem, formatSummary, plural, type Problem } from './problem';

const PROBLEM: Problem = {
  file: 'content/errors/api/x.json',
  line: 3,
  column: 7,
  path: 'workarounds[0].how',
  severity: 'error',
  rule: 'schema',
  message: 'Expected a string, got 1',
};

describe('problem formatting', () => {
  it('formats paths with indexes in brackets', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['workarounds', 1, 'sources', 0])).toBe('workarounds[1].sources[0]');
    expect(formatPath([0, 'a'])).toBe('[0].a');
  });

  it('formats errors and warnings', () => {
    expect(formatProblem(PROBLEM)).toBe('content/errors/api/x.json:3:7  workarounds[0].how  Expected a string, got 1');
    expect(formatProblem({ ...PROBLEM, severity: 'warning' })).toBe(
      'content/errors/api/x.json:3:7  workarounds[0].how  warning: Expected a string, got 1',
    );
  });

  it('formats the summary with plurals', () => {
    expect(formatSummary(1, [PROBLEM])).toBe('1 record, 1 error, 0 warnings');
    expect(formatSummary(2, [{ ...PROBLEM, severity: 'warning' }])).toBe('2 records, 0 errors, 1 warning');
  });

  it('formats counts with singular and plural nouns', () => {
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(0, 'record')).toBe('0 records');
  });

  it('orders by file, line and column', () => {
    const sorted = [
      { ...PROBLEM, line: 9 },
      { ...PROBLEM, file: 'a.json' },
      { ...PROBLEM, column: 1 },
    ].sort(compareProblems);
    expect(sorted.map((problem) => `${problem.file}:${problem.line}:${problem.column}`)).toEqual([
      'a.json:3:7',
      'content/errors/api/x.json:3:1',
      'content/errors/api/x.json:9:7',
    ]);
  });
});
