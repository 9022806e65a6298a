import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { generateCorpus, REAL_CORPUS_DIR } from '../../bench/corpus/generate';
import { markerPath } from '../../bench/corpus/output-dir';
import { validateCorpus } from '../../src/lib/records/validate-corpus';
import { errorRecord } from '../../src/schema/record';

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'errdex-bench-test-'));
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Reads every file under `directory` into a map from relative path to text. */
async function readTree(directory: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const domain of (await readdir(directory)).sort()) {
    for (const file of (await readdir(path.join(directory, domain))).sort()) {
      files.set(`${domain}/${file}`, await readFile(path.join(directory, domain, file), 'utf8'));
    }
  }
  return files;
}

async function readRecords(directory: string): Promise<Record<string, unknown>[]> {
  return [...(await readTree(directory)).values()].map((text) => JSON.parse(text) as Record<string, unknown>);
}

describe('bench corpus generator', () => {
  it('writes the same files for the same seed', async () => {
    const first = path.join(scratch, 'first');
    const second = path.join(scratch, 'second');
    await generateCorpus({ count: 40, outDir: first, seed: 7 });
    await generateCorpus({ count: 40, outDir: second, seed: 7 });

    expect(await readTree(second)).toEqual(await readTree(first));
  });

  it('writes different records for another seed', async () => {
    const first = path.join(scratch, 'first');
    const second = path.join(scratch, 'second');
    await generateCorpus({ count: 40, outDir: first, seed: 7 });
    await generateCorpus({ count: 40, outDir: second, seed: 8 });

    expect([...(await readTree(second)).keys()]).not.toEqual([...(await readTree(first)).keys()]);
  });

  it('writes the requested number of schema-valid records', async () => {
    const out = path.join(scratch, 'corpus');
    const summary = await generateCorpus({ count: 60, outDir: out });
    const records = await readRecords(out);

    expect(summary.count).toBe(60);
    expect(records).toHaveLength(60);
    for (const record of records) {
      const parsed = errorRecord.safeParse(record);
      expect(parsed.success, `${String(record['id'])}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('gives every record a distinct id, regex and signature', async () => {
    const out = path.join(scratch, 'corpus');
    await generateCorpus({ count: 250, outDir: out });
    const records = await readRecords(out);

    for (const field of ['id', 'regex', 'signature']) {
      expect(new Set(records.map((record) => record[field])).size, field).toBe(records.length);
    }
  });

  it('passes the validator without errors or warnings', async () => {
    const out = path.join(scratch, 'corpus');
    // More records than templates, so several variants of one template meet in the overlap check.
    await generateCorpus({ count: 250, outDir: out });
    const { records, problems } = await validateCorpus(out, { redos: { cacheFile: null } });

    expect(records).toHaveLength(250);
    expect(problems.map((problem) => `${problem.file} ${problem.rule}: ${problem.message}`)).toEqual([]);
  });

  it('links only to generated records', async () => {
    const out = path.join(scratch, 'corpus');
    await generateCorpus({ count: 250, outDir: out });
    const records = await readRecords(out);
    const ids = new Set(records.map((record) => record['id']));

    const links = records.flatMap((record) => Object.values(record['transition_graph'] as Record<string, string[]>).flat());
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !ids.has(link))).toEqual([]);
  });

  it('keeps the domains of the real corpus', async () => {
    const out = path.join(scratch, 'corpus');
    await generateCorpus({ count: 250, outDir: out });

    expect((await readdir(out)).sort()).toEqual((await readdir(REAL_CORPUS_DIR)).sort());
  });

  it('replaces its own earlier output', async () => {
    const out = path.join(scratch, 'corpus');
    await generateCorpus({ count: 50, outDir: out, seed: 1 });
    await generateCorpus({ count: 20, outDir: out, seed: 2 });

    expect(await readRecords(out)).toHaveLength(20);
    expect(JSON.parse(await readFile(markerPath(out), 'utf8'))).toMatchObject({ count: 20, seed: 2 });
  });
});

describe('bench corpus generator output folder', () => {
  it('rejects the real corpus folder', async () => {
    await expect(generateCorpus({ count: 5, outDir: REAL_CORPUS_DIR })).rejects.toThrow(/Cannot write into .*real corpus/);
  });

  it('rejects a folder inside the real corpus', async () => {
    const inside = path.join(REAL_CORPUS_DIR, 'bench-output-that-must-not-exist');

    await expect(generateCorpus({ count: 5, outDir: inside })).rejects.toThrow(/Cannot write into .*real corpus/);
    await expect(readdir(inside)).rejects.toThrow(/ENOENT/);
  });

  it('rejects a folder that contains the real corpus', async () => {
    await expect(generateCorpus({ count: 5, outDir: path.dirname(REAL_CORPUS_DIR) })).rejects.toThrow(
      /Cannot write into .*real corpus/,
    );
  });

  it('rejects a non-empty folder without a marker', async () => {
    const out = path.join(scratch, 'notes');
    await mkdir(out);
    await writeFile(path.join(out, 'todo.txt'), 'keep me');

    await expect(generateCorpus({ count: 5, outDir: out })).rejects.toThrow(/not empty and has no .*errdex-bench-corpus/);
    expect(await readFile(path.join(out, 'todo.txt'), 'utf8')).toBe('keep me');
  });

  it('rejects an earlier output that holds a foreign file', async () => {
    const out = path.join(scratch, 'corpus');
    await generateCorpus({ count: 5, outDir: out });
    await writeFile(path.join(out, 'README.md'), 'added by hand');

    await expect(generateCorpus({ count: 5, outDir: out })).rejects.toThrow(/contains files the generator does not write/);
    expect(await readFile(path.join(out, 'README.md'), 'utf8')).toBe('added by hand');
  });

  it('writes into an empty existing folder', async () => {
    const out = path.join(scratch, 'empty');
    await mkdir(out);
    await generateCorpus({ count: 5, outDir: out });

    expect(await readRecords(out)).toHaveLength(5);
  });

  it('rejects an invalid count', async () => {
    await expect(generateCorpus({ count: 0, outDir: path.join(scratch, 'corpus') })).rejects.toThrow(/Invalid --count 0/);
  });
});
