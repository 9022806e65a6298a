/** End-to-end tests of `src/cli/validate.ts`, run as a separate Node process like `npm run validate`. */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runValidate(...args: string[]): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ERRDEX_CONTENT_DIR: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('validate CLI', () => {
  it('exits 0 with warnings only', () => {
    const run = runValidate('--dir', 'test/fixtures/records/good');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'test/fixtures/records/good/api/rate-limit-connection-pool-exhausted.json:79:5  workarounds_zh[0]  ' +
        'warning: Repeats the English text of workarounds[0].action; translate it into Chinese',
    );
    expect(lines.at(-1)).toBe('2 records, 0 errors, 3 warnings');
  });

  it('exits 1 on errors', () => {
    const run = runValidate('--dir', 'test/fixtures/records/bad/translations');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'test/fixtures/records/bad/translations/api/length-mismatch.json:82:21  workarounds_zh  workarounds_zh has 2 entries',
    );
    expect(run.stdout.trim().split('\n').at(-1)).toBe('4 records, 2 errors, 2 warnings');
  });

  it('counts unparseable files as records', () => {
    const run = runValidate('--dir', 'test/fixtures/records/bad/json-syntax');
    expect(run.status).toBe(1);
    // Six record files, none of which parses as a valid record.
    expect(run.stdout.trim().split('\n').at(-1)).toBe('6 records, 7 errors, 0 warnings');
  });

  it('prints JSON with --json', () => {
    const run = runValidate('--dir', 'test/fixtures/records/bad/links', '--json');
    expect(run.status).toBe(1);
    const problems = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(problems).toHaveLength(3);
    expect(Object.keys(problems[0] ?? {})).toEqual(['file', 'line', 'column', 'path', 'severity', 'rule', 'message']);
  });

  it('exits 2 for a missing folder', () => {
    const run = runValidate('--dir', 'no/such/folder');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('validate: no/such/folder does not exist. Pass the records folder with --dir DIR or ERRDEX_CONTENT_DIR.\n');
  });

  it('exits 2 for a file instead of a folder', () => {
    const run = runValidate('--dir', 'package.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('validate: package.json is not a folder. Pass the records folder with --dir DIR or ERRDEX_CONTENT_DIR.\n');
  });

  it('exits 1 for a folder without records', () => {
    // An empty folder means a wrong path, and the build would show an old cache.
    const empty = mkdtempSync(join(tmpdir(), 'errdex-empty-'));
    try {
      // Hidden files such as .DS_Store are skipped, so the folder still counts as empty.
      writeFileSync(join(empty, '.DS_Store'), '');
      const run = runValidate('--dir', empty);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('(root)  Content folder has no record files');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('exits 2 on an unknown option', () => {
    const run = runValidate('--bogus');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--bogus'");
    expect(run.stderr).toContain('Usage: npm run validate');
  });

  it('prints help', () => {
    const run = runValidate('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--dir DIR');
  });
});
