/**
 * On-disk cache of ReDoS verdicts, so that `validate` runs the slow checker only for
 * patterns it has not seen. A missing, unreadable or malformed file is treated as an
 * empty cache and replaced on the next save.
 */

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { RedosVerdict } from './safety';

/** Format of the cache file. Bump it when `RedosVerdict` changes shape. */
const CACHE_FORMAT = 2;

interface CacheFile {
  format: number;
  entries: Record<string, RedosVerdict>;
}

/** Cache location used when the caller gives none, relative to the working directory. */
export const DEFAULT_REDOS_CACHE_FILE = path.join('node_modules', '.cache', 'errdex', 'redos.json');

export class RedosCache {
  private entries = new Map<string, RedosVerdict>();
  private changed = false;
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /**
   * Loads the cache file. Returns a description of why an existing file was
   * ignored, or undefined when it loaded or did not exist.
   */
  async load(): Promise<string | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return undefined;
      }
      return `cannot read ${this.file}: ${(error as Error).message}`;
    }
    try {
      const parsed = JSON.parse(text) as Partial<CacheFile> | null;
      if (parsed?.format !== CACHE_FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null) {
        return `${this.file} has an unknown format`;
      }
      this.entries = new Map(Object.entries(parsed.entries).filter(([, verdict]) => isVerdict(verdict)));
      return undefined;
    } catch (error) {
      return `${this.file} is not valid JSON: ${(error as Error).message}`;
    }
  }

  get(key: string): RedosVerdict | undefined {
    return this.entries.get(key);
  }

  set(key: string, verdict: RedosVerdict): void {
    this.entries.set(key, verdict);
    this.changed = true;
  }

  /** Writes the cache if it changed, through a temporary file so a crash cannot leave half a file. */
  async save(): Promise<void> {
    if (!this.changed) {
      return;
    }
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const content: CacheFile = { format: CACHE_FORMAT, entries: Object.fromEntries(this.entries) };
    await writeFile(temporary, JSON.stringify(content));
    await rename(temporary, this.file);
    this.changed = false;
  }
}

/** Builds the cache key of a pattern: its source, its flags and the checker version. */
export function redosCacheKey(source: string, flags: string, checkerVersion: string): string {
  return createHash('sha256').update(`${checkerVersion}\0${flags}\0${source}`).digest('hex');
}

function isVerdict(value: unknown): value is RedosVerdict {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const entry = value as Record<string, unknown>;
  switch (entry['status']) {
    case 'accepted':
      return typeof entry['complexity'] === 'string' && (entry['method'] === 'structure' || entry['method'] === 'recheck');
    case 'exponential':
      return typeof entry['attack'] === 'string' && typeof entry['part'] === 'string';
    case 'unknown':
      return typeof entry['reason'] === 'string';
    default:
      return false;
  }
}
