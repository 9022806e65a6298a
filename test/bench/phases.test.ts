import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readBuildPhases } from '../../bench/site/phases';

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'errdex-bench-phases-'));
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Reads the phases of a build that started at 10:00:00.000 local time and wrote `log`. */
async function phasesOf(log: string, wallSeconds: number) {
  const file = path.join(scratch, 'build.log');
  await writeFile(file, log);
  const startedAt = new Date(2024, 5, 1, 10, 0, 0, 0).getTime();
  return readBuildPhases(file, startedAt, wallSeconds);
}

describe('build phases', () => {
  it('splits the wall time at known lines', async () => {
    const log = [
      '10:00:05 [errdex:validate-records] 10 records, 0 errors, 0 warnings',
      '10:00:07 [types] Generated 1.2s',
      '10:00:07 [build] ✓ Completed in 2.00s.',
      '10:00:07 [build] Building static entrypoints...',
      '10:00:10 [vite] ✓ built in 3.00s',
      '10:00:10 [build] ✓ Completed in 3.00s.',
      '10:00:11 [vite] ✓ built in 400ms',
      '10:00:30 ✓ Completed in 20.00s.',
      '10:00:31 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`',
      '10:00:32 [build] 20 page(s) built in 27.00s',
    ].join('\n');

    expect(await phasesOf(log, 33)).toEqual([
      { name: 'startup and record validation', seconds: 5 },
      { name: 'content sync and types', seconds: 2 },
      { name: 'server bundle (Vite)', seconds: 3 },
      { name: 'client bundle and page rendering', seconds: 20 },
      { name: 'build:done hooks (sitemap, 404 copies)', seconds: 2 },
      { name: 'writing the build summary and exit', seconds: 1 },
    ]);
  });

  it('merges a phase whose line is missing', async () => {
    const log = ['10:00:05 [errdex:validate-records] ok', '10:00:40 [build] 20 page(s) built in 35.00s'].join('\n');

    expect(await phasesOf(log, 41)).toEqual([
      { name: 'startup and record validation', seconds: 5 },
      { name: 'build:done hooks (sitemap, 404 copies)', seconds: 35 },
      { name: 'writing the build summary and exit', seconds: 1 },
    ]);
  });

  it('returns one phase for a log without time stamps', async () => {
    expect(await phasesOf('build failed\n', 3)).toEqual([{ name: 'writing the build summary and exit', seconds: 3 }]);
  });
});
