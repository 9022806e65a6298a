/**
 * The generator's output folder. It only ever writes into a missing or empty
 * folder, or into one it wrote before, and never into the real corpus.
 *
 * The marker that identifies a previous output sits beside the folder, as
 * `<folder>.errdex-bench-corpus.json`, because the validator reports every file
 * inside a content folder that is not a `<domain>/<slug>.json` record.
 */

import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { ErrorRecord } from '../../src/schema/record';

/** Suffix of the marker file written beside each output folder. */
export const MARKER_SUFFIX = '.errdex-bench-corpus.json';

/** Contents of the marker file. */
export interface CorpusMarker {
  generator: 'errdex-bench-corpus';
  count: number;
  seed: number;
  /** Template folder the records were modelled on. */
  templates: string;
}

/** Marker file path for an output folder. */
export function markerPath(outDir: string): string {
  return `${path.resolve(outDir)}${MARKER_SUFFIX}`;
}

/**
 * Throws when `outDir` must not be written: it is, contains or lies inside
 * `protectedDir`, or it contains files and is not a previous generator output.
 * Returns the files of a previous output, which the caller replaces.
 */
export async function checkOutputDir(outDir: string, protectedDir: string): Promise<string[]> {
  const target = canonicalPath(outDir);
  const guarded = canonicalPath(protectedDir);
  if (isSameOrInside(target, guarded) || isSameOrInside(guarded, target)) {
    throw new Error(
      `Cannot write into ${outDir}: it overlaps the real corpus at ${protectedDir}; choose a folder such as bench/.work/corpus`,
    );
  }
  if (!existsSync(target)) {
    return [];
  }

  const files = await listFiles(target);
  if (files.length === 0) {
    return [];
  }
  if (!existsSync(markerPath(target))) {
    throw new Error(
      `Cannot write into ${outDir}: the folder is not empty and has no ${path.basename(markerPath(target))} ` +
        'beside it, so it is not an earlier generator output; choose an empty or new folder',
    );
  }
  const foreign = files.filter((file) => !/^[^/]+\/[^/]+\.json$/.test(file));
  if (foreign.length > 0) {
    throw new Error(
      `Cannot replace ${outDir}: it contains files the generator does not write (${foreign.slice(0, 3).join(', ')}); ` +
        'move them out or choose another folder',
    );
  }
  return files;
}

/** Replaces the contents of `outDir` with `records` and writes the marker. */
export async function writeCorpus(
  outDir: string,
  records: readonly ErrorRecord[],
  marker: CorpusMarker,
  previousFiles: readonly string[],
): Promise<void> {
  const target = path.resolve(outDir);
  for (const file of previousFiles) {
    await rm(path.join(target, file));
  }
  for (const domain of new Set(previousFiles.map((file) => file.split('/')[0] ?? ''))) {
    // rmdir removes only empty folders, so nothing the generator did not write is lost.
    await rmdir(path.join(target, domain)).catch(() => undefined);
  }

  await mkdir(target, { recursive: true });
  // The marker goes first, so an interrupted run leaves a folder that the next run may replace.
  await writeFile(markerPath(target), `${JSON.stringify(marker, null, 2)}\n`);

  const domains = new Set(records.map((record) => record.domain));
  for (const domain of domains) {
    await mkdir(path.join(target, domain), { recursive: true });
  }
  for (const record of records) {
    await writeFile(path.join(target, `${record.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
  }
}

/** Reads the marker of an output folder, or returns undefined when there is none. */
export async function readMarker(outDir: string): Promise<CorpusMarker | undefined> {
  try {
    return JSON.parse(await readFile(markerPath(outDir), 'utf8')) as CorpusMarker;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

/** Resolves symbolic links in the longest existing prefix of `target`. */
function canonicalPath(target: string): string {
  const absolute = path.resolve(target);
  let existing = absolute;
  while (!existsSync(existing) && path.dirname(existing) !== existing) {
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), path.relative(existing, absolute));
}

function isSameOrInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Lists files under `directory`, relative to it with `/` separators. */
async function listFiles(directory: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      files.push(...(await listFiles(path.join(directory, entry.name), relative)));
    } else {
      files.push(relative);
    }
  }
  return files;
}
