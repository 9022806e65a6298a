import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

/**
 * `astro build` over a folder of bad records must stop before rendering and
 * name every bad file and field. Validation fails in the config hook, so each
 * build here takes seconds, not a full render.
 */

const run = promisify(execFile);

/** Output folder inside the project: Astro stages builds outside it in `.astro/` and deletes that. */
const OUT_DIR = 'node_modules/.cache/errdex-build-test/dist';

async function buildWithContent(contentDir: string): Promise<{ exitCode: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', OUT_DIR], {
      env: { ...process.env, ERRDEX_CONTENT_DIR: contentDir },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { exitCode: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { exitCode: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe('build with bad records', () => {
  it('fails on schema errors and names file and field', async () => {
    const { exitCode, output } = await buildWithContent('test/fixtures/records/bad/schema');

    expect(exitCode).toBe(1);
    expect(output).toContain('test/fixtures/records/bad/schema/api/unknown-key.json:106:3  tag  Unknown key "tag"; did you mean "tags"?');
    expect(output).toContain('rate-out-of-range.json:96:17  confidence  Expected a number from 0 to 1, got 85');
    expect(output).not.toContain('generating static routes');
  });

  it('ends with the summary line, not a stack trace', async () => {
    const { exitCode, output } = await buildWithContent('test/fixtures/records/bad/schema');

    expect(exitCode).toBe(1);
    const lastLine = output.trim().split('\n').at(-1) ?? '';
    expect(lastLine).toMatch(
      /Record validation failed: 12 records, 15 errors, 0 warnings\. Fix the errors listed above, or run npm run validate\.$/,
    );
    expect(output).not.toMatch(/unhandled error/i);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toContain('Stack trace');
  });

  it('fails on an empty content folder', async () => {
    // Astro's glob loader finds no files there and keeps the previous build's
    // entries, so without this check the build would publish stale records.
    const empty = mkdtempSync(join(tmpdir(), 'errdex-empty-content-'));
    try {
      const { exitCode, output } = await buildWithContent(empty);

      expect(exitCode).toBe(1);
      expect(output).toContain('Content folder has no record files');
      expect(output).not.toContain('generating static routes');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('fails when an id does not match its path', async () => {
    const { exitCode, output } = await buildWithContent('test/fixtures/records/bad/identity');

    expect(exitCode).toBe(1);
    expect(output).toMatch(/identity\/api\/id-mismatch\.json:\d+:\d+ {2}id {2}/);
  });
});
