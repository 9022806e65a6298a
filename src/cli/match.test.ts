import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('src/cli/match.ts');
const RECORDS = 'test/fixtures/tester/records';
const SLOW_RECORDS = 'test/fixtures/tester/slow';
const INVALID_RECORDS = 'test/fixtures/tester/invalid';

/** Each run starts tsx and a worker thread, which takes seconds on a busy machine. */
const CLI_TIMEOUT_MS = 90_000;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], stdin?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      TSX,
      [CLI, ...args],
      { env: { ...process.env, SITE_URL: 'http://localhost:4321', BASE_PATH: '/' }, timeout: CLI_TIMEOUT_MS },
      (error, stdout, stderr) => {
        let code = 0;
        if (error !== null) {
          // A child killed by the timeout has no numeric exit code.
          code = typeof error.code === 'number' ? error.code : -1;
        }
        resolve({ code, stdout, stderr });
      },
    );
    if (stdin !== undefined) {
      child.stdin?.end(stdin);
    }
  });
}

let folder: string;
let logFile: string;
let quietFile: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'errdex-match-'));
  logFile = path.join(folder, 'app.log');
  quietFile = path.join(folder, 'quiet.log');
  await writeFile(
    logFile,
    [
      'INFO start',
      'ERROR:  deadlock detected',
      'GET /x -> 503 Service Unavailable: Connection pool exhausted.',
      'connect ECONNREFUSED 127.0.0.1:5432',
    ].join('\r\n'),
  );
  await writeFile(quietFile, 'INFO all good\n');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('match CLI', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints one line per match and exits 0', async () => {
    const result = await runCli(['--dir', RECORDS, logFile]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      '3:11  api/pool-exhausted  http://localhost:4321/errors/api/pool-exhausted/',
      '4:1  net/connection-refused  http://localhost:4321/errors/net/connection-refused/',
      '2:9  db/deadlock  http://localhost:4321/errors/db/deadlock/',
    ]);
  });

  it('prints JSON best first', async () => {
    const result = await runCli(['--json', '--dir', RECORDS, logFile]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { matches: Record<string, unknown>[]; timedOut: string[] };
    expect(Object.keys(output)).toEqual(['matches', 'timedOut']);
    expect(output.timedOut).toEqual([]);
    expect(output.matches.map((match) => match['id'])).toEqual(['api/pool-exhausted', 'net/connection-refused', 'db/deadlock']);

    const [first] = output.matches;
    expect(Object.keys(first ?? {})).toEqual(['id', 'line', 'column', 'start', 'end', 'score', 'url']);
    // Offsets count in the normalised text, where each CR LF is one LF.
    expect(first?.['line']).toBe(3);
    expect(first?.['column']).toBe('GET /x -> '.length + 1);
    expect(first?.['url']).toBe('http://localhost:4321/errors/api/pool-exhausted/');
    expect(first?.['start']).toBe('INFO start\nERROR:  deadlock detected\nGET /x -> '.length);
    expect(first?.['end']).toBe('INFO start\nERROR:  deadlock detected\nGET /x -> 503 Service Unavailable: Connection pool exhausted'.length);

    // Line, column and URL are the same as in the text output.
    const textResult = await runCli(['--dir', RECORDS, logFile]);
    const asText = output.matches.map((match) => `${String(match['line'])}:${String(match['column'])}  ${String(match['id'])}  ${String(match['url'])}`);
    expect(asText).toEqual(textResult.stdout.trimEnd().split('\n'));

    const scores = output.matches.map((match) => match['score'] as number);
    expect(scores.every((score) => score > 0 && score < 1)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('reads stdin for -', async () => {
    const result = await runCli(['--dir', RECORDS, '-'], 'ERROR:  deadlock detected\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1:9  db/deadlock  http://localhost:4321/errors/db/deadlock/\n');
  });

  it('exits 1 when nothing matches', async () => {
    const result = await runCli(['--dir', RECORDS, quietFile]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^match: no known error found in \d+ records\n$/);
  });

  it('prints an empty JSON list when nothing matches', async () => {
    const result = await runCli(['--json', '--dir', RECORDS, quietFile]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({ matches: [], timedOut: [] });
  });

  it.each([
    ['a missing file', ['--dir', RECORDS, 'no/such/file.log'], 'Cannot read no/such/file.log: file not found'],
    ['an unknown option', ['--dir', RECORDS, '--colour', 'x'], 'match: unknown option --colour. Run npm run match -- --help for usage.'],
    ['an unknown short option', ['-x', 'FILE'], 'match: unknown option -x. Run npm run match -- --help for usage.'],
    ['a missing option value', ['FILE', '--dir'], 'match: missing value for option --dir. Run npm run match -- --help for usage.'],
    ['a value for a flag', ['--json=yes', 'FILE'], 'match: option --json takes no value, got "yes". Run npm run match -- --help for usage.'],
    ['no input', ['--dir', RECORDS], 'Missing input'],
    ['two inputs', ['--dir', RECORDS, 'a', 'b'], 'Expected one input, got 2'],
    ['a bad timeout', ['--timeout', 'soon', 'x'], 'Invalid --timeout "soon"'],
    ['an invalid record', ['--dir', INVALID_RECORDS, 'FILE'], 'Invalid record test/fixtures/tester/invalid/api/broken.json'],
    ['a missing folder', ['--dir', 'no/such/folder', 'FILE'], 'Content folder does not exist'],
  ])('exits 2 for %s', async (_case, args, message) => {
    const result = await runCli(args.map((arg) => (arg === 'FILE' ? logFile : arg)));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
    expect(lines[0]).toContain('--help');
  });

  it('prints help and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run match');
  });

  it('reports a slow regex as timed out and keeps matching', async () => {
    const text = `${'a'.repeat(40)}\n503 Service Unavailable: Connection pool exhausted.\n`;
    const result = await runCli(['--json', '--timeout', '300', '--dir', SLOW_RECORDS, '-'], text);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('slow/nested-quantifier timed out after 300 ms');
    const output = JSON.parse(result.stdout) as { matches: { id: string }[]; timedOut: string[] };
    expect(output.timedOut).toEqual(['slow/nested-quantifier']);
    expect(output.matches.map((match) => match.id)).toEqual(['api/pool-exhausted']);
  });
});
