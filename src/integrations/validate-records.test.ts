import { pathToFileURL } from 'node:url';

import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { contentDir } from '../lib/records/content-dir';
import { validateRecords } from './validate-records';

type SetupHook = (options: {
  config: { root: URL };
  command: 'dev' | 'build' | 'preview' | 'sync';
  logger: AstroIntegrationLogger;
}) => Promise<void>;

function fakeLogger(): { logger: AstroIntegrationLogger; lines: { level: string; line: string }[] } {
  const lines: { level: string; line: string }[] = [];
  const record = (level: string) => (line: string) => lines.push({ level, line });
  const logger = { info: record('info'), warn: record('warn'), error: record('error'), debug: record('debug') };
  return { logger: logger as unknown as AstroIntegrationLogger, lines };
}

async function runSetup(command: 'dev' | 'build', contentDir: string): Promise<{ lines: { level: string; line: string }[]; error: unknown }> {
  vi.stubEnv('ERRDEX_CONTENT_DIR', contentDir);
  const hook = validateRecords().hooks['astro:config:setup'] as unknown as SetupHook;
  const { logger, lines } = fakeLogger();
  let error: unknown;
  try {
    await hook({ config: { root: pathToFileURL(`${process.cwd()}/`) }, command, logger });
  } catch (caught) {
    error = caught;
  }
  return { lines, error };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('contentDir', () => {
  it('defaults to content/errors', () => {
    expect(contentDir({})).toBe('content/errors');
    expect(contentDir({ ERRDEX_CONTENT_DIR: '' })).toBe('content/errors');
    expect(contentDir({ ERRDEX_CONTENT_DIR: '/tmp/bench' })).toBe('/tmp/bench');
  });
});

describe('validateRecords integration', () => {
  it('fails the build on errors', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const { lines, error } = await runSetup('build', 'test/fixtures/records/bad/links');
    expect(error).toBeUndefined();
    expect(exit).toHaveBeenCalledWith(1);
    expect(lines.filter((line) => line.level === 'error').map((line) => line.line)).toEqual([
      'test/fixtures/records/bad/links/api/self-link.json:90:7  transition_graph.preceded_by[0]  Record links to itself ("api/self-link"); remove the entry',
      'Record validation failed: 3 records, 1 error, 2 warnings. Fix the errors listed above, or run npm run validate.',
    ]);
    expect(lines.at(-1)?.line).toMatch(/^Record validation failed/);
  });

  it('builds with warnings', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const { lines, error } = await runSetup('build', 'test/fixtures/records/good');
    expect(error).toBeUndefined();
    expect(exit).not.toHaveBeenCalled();
    expect(lines.filter((line) => line.level === 'warn')).toHaveLength(3);
    expect(lines.at(-1)).toEqual({ level: 'info', line: '2 records, 0 errors, 3 warnings' });
  });

  it('only warns in dev', async () => {
    vi.stubEnv('VITEST', '');
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const { lines, error } = await runSetup('dev', 'test/fixtures/records/bad/links');
    expect(error).toBeUndefined();
    expect(exit).not.toHaveBeenCalled();
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(lines.filter((line) => line.level === 'warn')).toHaveLength(3);
  });

  it('skips validation when Vitest loads the config', async () => {
    vi.stubEnv('VITEST', 'true');
    const { lines, error } = await runSetup('dev', 'test/fixtures/records/bad/links');
    expect(error).toBeUndefined();
    expect(lines).toEqual([]);
  });
});
