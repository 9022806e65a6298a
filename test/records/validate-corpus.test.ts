/** Corpus-level guarantees of validateCorpus: no valid record is lost, no file is skipped. */

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { formatSummary } from '../../src/lib/records/problem';
import { validateCorpus } from '../../src/lib/records/validate-corpus';

const FIXTURES = path.resolve('test/fixtures/records');
const VALID_COUNT = 25;

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'errdex-corpus-'));
  const template = JSON.parse(
    await readFile(path.join(FIXTURES, 'good/python/module-not-found.json'), 'utf8'),
  ) as Record<string, unknown>;
  for (let index = 0; index < VALID_COUNT; index++) {
    const slug = `module-${index}`;
    const record = {
      ...template,
      id: `python/${slug}`,
      signature: `ModuleNotFoundError: No module named 'package${index}x'`,
      regex: `No module named 'package${index}x'`,
      examples: [],
    };
    await writeFile(path.join(await ensureFolder(root, 'python'), `${slug}.json`), JSON.stringify(record, null, 2));
  }
  // Invalid files next to the valid ones.
  await writeFile(path.join(root, 'python', 'broken.json'), '{ "id": ');
  await writeFile(path.join(root, 'python', 'empty.json'), '');
  await writeFile(path.join(root, 'python', 'README.md'), '# notes\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function ensureFolder(parent: string, name: string): Promise<string> {
  const folder = path.join(parent, name);
  await mkdir(folder, { recursive: true });
  return folder;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('validateCorpus', () => {
  it('returns every valid record next to invalid files', async () => {
    const { records, problems } = await validateCorpus(root, { redos: { cacheFile: null } });
    expect(records).toHaveLength(VALID_COUNT);
    expect(new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => path.basename(problem.file)))).toEqual(
      new Set(['broken.json', 'empty.json', 'README.md']),
    );
  });

  it('counts files that fail to parse in the summary', async () => {
    const { records, fileCount, problems } = await validateCorpus(root, { redos: { cacheFile: null } });
    // broken.json and empty.json are record files that do not parse; README.md is no record file.
    expect(records).toHaveLength(VALID_COUNT);
    expect(fileCount).toBe(VALID_COUNT + 2);
    expect(formatSummary(fileCount, problems)).toMatch(new RegExp(`^${VALID_COUNT + 2} records, `));
  });

  it('accounts for every fixture file', async () => {
    const folders = ['good', ...(await readdir(path.join(FIXTURES, 'bad'))).map((name) => `bad/${name}`)];
    for (const folder of folders) {
      const absolute = path.join(FIXTURES, folder);
      const { records, problems } = await validateCorpus(absolute, { redos: { cacheFile: null } });
      const recordFiles = new Set(records.map((record) => path.resolve(record.file)));
      const problemFiles = new Set(problems.map((problem) => path.resolve(problem.file)));
      for (const file of await listFiles(absolute)) {
        expect(recordFiles.has(file) || problemFiles.has(file), `${file} is neither a record nor reported`).toBe(true);
      }
    }
  });

  it('reports a missing content folder', async () => {
    const { records, problems } = await validateCorpus(path.join(root, 'does-not-exist'), { redos: { cacheFile: null } });
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('Content folder does not exist');
  });
});
