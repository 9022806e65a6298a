/**
 * Fixture-driven tests of validateCorpus: one folder per rule under
 * test/fixtures/records/bad, each validated alone, and a good folder.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Problem } from '../../src/lib/records/problem';
import { validateCorpus } from '../../src/lib/records/validate-corpus';

const FIXTURES = 'test/fixtures/records';

/** One expected problem. `line` is a number, or a snippet or pattern whose first matching line is the expected one. */
interface Expected {
  file: string;
  path: string;
  line: number | string | RegExp;
  message: string;
  severity?: Problem['severity'];
  column?: number;
}

async function validateFixture(folder: string, timeoutMs?: number): Promise<Awaited<ReturnType<typeof validateCorpus>>> {
  return validateCorpus(path.join(FIXTURES, folder), {
    redos: timeoutMs === undefined ? { cacheFile: null } : { cacheFile: null, timeoutMs },
  });
}

function lineOf(file: string, snippet: string | RegExp): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => (typeof snippet === 'string' ? line.includes(snippet) : snippet.test(line)));
  if (index === -1) {
    throw new Error(`Snippet ${String(snippet)} not found in ${file}`);
  }
  return index + 1;
}

/** Asserts that `problems` contains exactly the expected problems, each checked field by field. */
function expectProblems(folder: string, problems: readonly Problem[], expected: readonly Expected[]): void {
  const remaining = [...problems];
  for (const item of expected) {
    const file = `${FIXTURES}/${folder}/${item.file}`;
    const index = remaining.findIndex(
      (problem) => problem.file === file && problem.path === item.path && problem.message.includes(item.message),
    );
    expect(index, `no problem in ${file} at ${item.path} containing ${JSON.stringify(item.message)}`).not.toBe(-1);
    const [problem] = remaining.splice(index, 1);
    const line = typeof item.line === 'number' ? item.line : lineOf(file, item.line);
    expect(problem?.line, `line of ${item.path} in ${item.file}`).toBe(line);
    expect(problem?.severity, `severity of ${item.path} in ${item.file}`).toBe(item.severity ?? 'error');
    if (item.column !== undefined) {
      expect(problem?.column, `column of ${item.path} in ${item.file}`).toBe(item.column);
    }
  }
  expect(remaining, 'problems that no expectation covers').toEqual([]);
}

describe('good fixtures', () => {
  it('yield no errors and two records', async () => {
    const { records, problems } = await validateFixture('good');
    expect(records.map((record) => record.id)).toEqual(['api/rate-limit-connection-pool-exhausted', 'python/module-not-found']);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('warn only about the seed copy’s English workarounds_zh', async () => {
    const { problems } = await validateFixture('good');
    expectProblems(
      'good',
      problems,
      [0, 1, 2].map((index) => ({
        file: 'api/rate-limit-connection-pool-exhausted.json',
        path: `workarounds_zh[${index}]`,
        line: 79 + index,
        severity: 'warning' as const,
        message: `Repeats the English text of workarounds[${index}].action; translate it into Chinese`,
      })),
    );
  });
});

describe('rule 1: JSON syntax', () => {
  it('reports each syntax problem with its position', async () => {
    const { records, problems } = await validateFixture('bad/json-syntax');
    expect(records).toEqual([]);
    expectProblems('bad/json-syntax', problems, [
      { file: 'api/not-json.json', path: '(root)', line: 1, column: 1, message: "Invalid JSON: Unexpected identifier 'this'" },
      { file: 'api/empty.json', path: '(root)', line: 1, column: 1, message: 'File is empty; a record is one JSON object' },
      {
        file: 'api/byte-order-mark.json',
        path: '(root)',
        line: 1,
        column: 1,
        message: 'File starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
      },
      {
        file: 'api/trailing-comma.json',
        path: '(root)',
        line: '"aliases": [],',
        column: 16,
        message: 'Trailing comma before "}" is not allowed in JSON',
      },
      {
        file: 'api/comments.json',
        path: '(root)',
        line: '// The domain',
        column: 3,
        message: 'Comments are not allowed in JSON; remove it',
      },
      {
        file: 'api/duplicate-key.json',
        path: 'workarounds[1].how',
        line: '"how": "Set keepAlive',
        column: 7,
        message: 'Key "how" is given twice in this object (first on line 70)',
      },
      {
        file: 'api/duplicate-key.json',
        path: 'confidence',
        line: '"confidence": 0.9',
        column: 3,
        message: 'Key "confidence" is given twice in this object (first on line 97)',
      },
    ]);
  });
});

describe('rule 2: schema', () => {
  it('says what each field expected', async () => {
    const { records, problems } = await validateFixture('bad/schema');
    expect(records).toEqual([]);
    expectProblems('bad/schema', problems, [
      {
        file: 'api/missing-field.json',
        path: 'root_cause',
        line: 1,
        message: 'Missing required field "root_cause"; add a non-empty string (Why the error happens, concretely)',
      },
      { file: 'api/wrong-type.json', path: 'evidence_count', line: '"evidence_count"', message: 'Expected a whole number of at least 0, got "3"' },
      { file: 'api/unknown-key.json', path: 'tag', line: '"tag": [', column: 3, message: 'Unknown key "tag"; did you mean "tags"?' },
      { file: 'api/rate-out-of-range.json', path: 'confidence', line: '"confidence"', message: 'Expected a number from 0 to 1, got 85' },
      {
        file: 'api/rate-out-of-range.json',
        path: 'workarounds[1].success_rate',
        line: '"success_rate": -0.2',
        message: 'Expected a number from 0 to 1, got -0.2',
      },
      { file: 'api/negative-count.json', path: 'evidence_count', line: '"evidence_count"', message: 'Expected a whole number of at least 0, got -1' },
      { file: 'api/fractional-count.json', path: 'evidence_count', line: '"evidence_count"', message: 'Expected a whole number of at least 0, got 2.5' },
      // -1.5 fails both the whole-number and the minimum check, and is still one problem.
      {
        file: 'api/negative-fractional-count.json',
        path: 'evidence_count',
        line: '"evidence_count"',
        message: 'Expected a whole number of at least 0, got -1.5',
      },
      {
        file: 'api/non-iso-date.json',
        path: 'first_seen',
        line: '"first_seen"',
        message: 'Expected an ISO date YYYY-MM-DD, such as 2024-06-01, got "2023/09/05"',
      },
      { file: 'api/non-iso-date.json', path: 'last_confirmed', line: '"last_confirmed"', message: 'Not a real calendar date, got "2024-02-30"' },
      {
        file: 'api/dates-out-of-order.json',
        path: 'last_updated',
        line: '"last_updated"',
        message: 'last_updated (2023-01-15) is earlier than first_seen (2024-06-01)',
      },
      {
        file: 'api/unknown-tier.json',
        path: 'verification_tier',
        line: '"verification_tier"',
        message:
          'Expected one of "ai_generated", "community_reported", "human_reviewed" or "reproduced", got "reproducd" (did you mean "reproduced"?)',
      },
      {
        file: 'api/bad-resolvable.json',
        path: 'resolvable',
        line: '"resolvable"',
        message: 'Expected one of true, false, "true", "false" or "partial", got "maybe"',
      },
      {
        file: 'api/unsafe-url.json',
        path: 'official_doc_url',
        line: '"official_doc_url"',
        message: 'Expected an absolute http(s) URL, got "javascript:alert(1)": the scheme "javascript:" is not allowed',
      },
      {
        file: 'api/unsafe-url.json',
        path: 'workarounds[0].sources[0]',
        line: '"data:text/html',
        message: 'the scheme "data:" is not allowed because the URL becomes a link',
      },
    ]);
  });
});

describe('rule 3: identity and layout', () => {
  it('checks ids, domains, file places and unique names', async () => {
    const { problems } = await validateFixture('bad/identity');
    expectProblems('bad/identity', problems, [
      { file: 'api/id-mismatch.json', path: 'id', line: 2, message: 'id "api/another-name" does not match the file path; expected "api/id-mismatch"' },
      { file: 'api/domain-mismatch.json', path: 'domain', line: '"domain"', message: 'domain "python" does not match the folder; expected "api"' },
      { file: 'api/Upper-Case.json', path: '(root)', line: 1, message: 'File name "Upper-Case" must be lower-case kebab case' },
      { file: 'api/nested/too-deep.json', path: '(root)', line: 1, message: 'Record file is at depth 3; it must be at <domain>/<slug>.json' },
      { file: 'api/notes.txt', path: '(root)', line: 1, message: 'Not a .json file' },
      { file: 'stray.json', path: '(root)', line: 1, message: 'Record file is at depth 1' },
      {
        file: 'api/alias-two.json',
        path: 'aliases[0]',
        line: '"api/old-pool-name"',
        message: `Alias "api/old-pool-name" is also an alias of ${FIXTURES}/bad/identity/api/alias-one.json`,
      },
      {
        file: 'api/alias-is-id.json',
        path: 'aliases[0]',
        line: '"api/alias-one"',
        message: `Alias "api/alias-one" is the id of ${FIXTURES}/bad/identity/api/alias-one.json`,
      },
      { file: 'api/duplicate-id.json', path: 'id', line: 2, message: 'id "api/alias-one" does not match the file path' },
      {
        file: 'api/duplicate-id.json',
        path: 'id',
        line: 2,
        message: `id "api/alias-one" is already used by ${FIXTURES}/bad/identity/api/alias-one.json`,
      },
    ]);
  });
});

describe('rule 4: links', () => {
  it('warns on missing targets and rejects self-links', async () => {
    const { problems } = await validateFixture('bad/links');
    expectProblems('bad/links', problems, [
      {
        file: 'api/missing-target.json',
        path: 'transition_graph.leads_to[0]',
        line: '"api/does-not-exist"',
        severity: 'warning',
        message: 'No record has the id "api/does-not-exist"',
      },
      {
        file: 'api/self-link.json',
        path: 'transition_graph.preceded_by[0]',
        line: /^\s+"api\/self-link"$/,
        message: 'Record links to itself ("api/self-link")',
      },
      {
        file: 'api/former-id.json',
        path: 'transition_graph.frequently_confused_with[0]',
        line: '"api/old-missing-target"',
        severity: 'warning',
        message: '"api/old-missing-target" is a former id of "api/missing-target"',
      },
    ]);
  });
});

describe('rule 5: regex conversion', () => {
  it('points at the offending construct inside the regex string', async () => {
    const { problems } = await validateFixture('bad/regex-syntax');
    // Columns count the JSON source: `"regex": "` ends at column 12 and each `\\` is two characters.
    expectProblems('bad/regex-syntax', problems, [
      { file: 'api/possessive.json', path: 'regex', line: 5, column: 58, message: 'Possessive quantifier "*+" has no JavaScript equivalent' },
      { file: 'api/atomic-group.json', path: 'regex', line: 5, column: 13, message: 'Atomic group "(?>...)" has no JavaScript equivalent' },
      { file: 'api/invalid-escape.json', path: 'regex', line: 5, column: 29, message: 'Invalid pattern: Invalid escape at "\\q exhausted' },
    ]);
  });
});

describe('rule 5: regex anchors', () => {
  it('rejects whole-text anchors unless (?m) makes them line anchors', async () => {
    const { records, problems } = await validateFixture('bad/regex-anchor');
    // The anchored records are still valid records: only their regex is wrong.
    expect(records.map((record) => record.id)).toEqual(['api/anchored', 'api/line-anchors', 'api/python-anchors']);
    // Columns count the JSON source: `"regex": "` ends at column 12 and each `\\` is two characters.
    expectProblems('bad/regex-anchor', problems, [
      {
        file: 'api/anchored.json',
        path: 'regex',
        line: 5,
        column: 13,
        message: 'Anchor "^" matches only at the start of the whole pasted text, because the flags are iu without m',
      },
      {
        file: 'api/anchored.json',
        path: 'regex',
        line: 5,
        column: 82,
        message: 'Anchor "$" matches only at the end of the whole pasted text, because the flags are iu without m',
      },
      {
        file: 'api/python-anchors.json',
        path: 'regex',
        line: 5,
        column: 13,
        message: 'Anchor "\\A" matches only at the start of the whole pasted text, even with "(?m)"',
      },
      {
        file: 'api/python-anchors.json',
        path: 'regex',
        line: 5,
        column: 90,
        message: 'Anchor "\\Z" matches only at the end of the whole pasted text, even with "(?m)"',
      },
    ]);
    expect(problems.map((problem) => problem.rule)).toEqual(['regex-anchor', 'regex-anchor', 'regex-anchor', 'regex-anchor']);
  });
});

describe('rule 6: regex self-test', () => {
  it('names the string the regex fails to match', async () => {
    const { problems } = await validateFixture('bad/regex-self-test');
    expectProblems('bad/regex-self-test', problems, [
      {
        file: 'api/signature-mismatch.json',
        path: 'signature',
        line: 3,
        message:
          'regex /connection pool depleted \\(signature-mismatch\\)/iu does not match signature "503 Service Unavailable: Connection pool exhausted (signature-mismatch)."',
      },
      {
        file: 'api/example-mismatch.json',
        path: 'examples[1]',
        line: '"Connection pool is exhausted (example-mismatch)"',
        message: 'does not match examples[1] "Connection pool is exhausted (example-mismatch)"',
      },
      { file: 'api/empty-match.json', path: 'regex', line: 5, message: 'matches the empty string, so it would match every message' },
    ]);
  });
});

describe('rule 7: regex safety', () => {
  it('rejects exponential backtracking', async () => {
    const { problems } = await validateFixture('bad/regex-safety');
    expectProblems('bad/regex-safety', problems, [
      { file: 'api/exponential.json', path: 'regex', line: 5, message: 'can backtrack exponentially (catastrophic ReDoS)' },
    ]);
  });

  it('warns when the checker times out', async () => {
    const { problems } = await validateFixture('bad/regex-safety', 0);
    expectProblems('bad/regex-safety', problems, [
      {
        file: 'api/exponential.json',
        path: 'regex',
        line: 5,
        severity: 'warning',
        message: 'ReDoS check could not decide on /(\\w+\\s?)+: connection pool exhausted \\(exponential\\)/iu (timeout)',
      },
    ]);
  });
});

describe('rule 8: overlap', () => {
  it('warns unless the records list each other as confused', async () => {
    const { problems } = await validateFixture('bad/overlap');
    expectProblems('bad/overlap', problems, [
      {
        file: 'api/broad.json',
        path: 'regex',
        line: 5,
        severity: 'warning',
        message: 'regex of api/broad also matches the signature of api/narrow',
      },
    ]);
  });
});

describe('rule 9: translations', () => {
  it('checks Chinese text and list lengths', async () => {
    const { problems } = await validateFixture('bad/translations');
    expectProblems('bad/translations', problems, [
      {
        file: 'api/english-copy.json',
        path: 'signature_zh',
        line: '"signature_zh"',
        severity: 'warning',
        message: 'Repeats the English text of signature',
      },
      {
        file: 'api/no-chinese.json',
        path: 'root_cause_zh',
        line: '"root_cause_zh"',
        severity: 'warning',
        message: 'Contains no Chinese characters',
      },
      {
        file: 'api/length-mismatch.json',
        path: 'workarounds_zh',
        line: '"workarounds_zh"',
        message: 'workarounds_zh has 2 entries but workarounds has 3',
      },
      {
        file: 'api/single-translation.json',
        path: 'workarounds_zh',
        line: '"workarounds_zh"',
        message: 'workarounds_zh has 1 entry but workarounds has 3;',
      },
    ]);
  });
});
