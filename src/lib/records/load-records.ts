/**
 * Finding and reading record files under the content root. Every file under the
 * root is accounted for: a record file is read, and anything else is reported as
 * an error instead of being skipped.
 */

import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

import { errorRecord, type ErrorRecord } from '../../schema/record';
import { parseRecordJson, type ParsedJson } from './parse-json';
import { type LocatedProblem, type Problem, ROOT_PATH } from './problem';
import { schemaProblems } from './schema-problems';

/** One record file, read and checked against the schema. */
export interface RecordFile {
  /** Path shown in problems. */
  file: string;
  /** Path relative to the content root with `/` separators, such as `api/rate-limit.json`. */
  relativePath: string;
  /** The id the path implies: `relativePath` without `.json`. */
  pathId: string;
  parsed: ParsedJson;
  /** The record, when the file is valid JSON and passes the schema. */
  record: ErrorRecord | undefined;
  /** Syntax and schema problems of this file. */
  problems: LocatedProblem[];
}

/** Result of scanning the content root. */
export interface LoadedCorpus {
  files: RecordFile[];
  /** Problems with the folder layout: files that are not `<domain>/<slug>.json`. */
  layoutProblems: Problem[];
}

/** Shows `absolute` relative to the working directory when inside it, else as is, with `/` separators. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  const display = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return display.split(path.sep).join('/');
}

/** Reads every file under `rootDir`, checking layout, JSON syntax and schema. */
export async function loadRecordFiles(rootDir: string): Promise<LoadedCorpus> {
  const root = path.resolve(rootDir);
  const layoutProblems: Problem[] = [];
  const recordPaths: string[] = [];

  let entries: { absolute: string; isFile: boolean }[];
  try {
    entries = await listFiles(root);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (error as Error).message;
    layoutProblems.push(
      layoutProblem(displayPath(root), `Content folder ${reason}; set ERRDEX_CONTENT_DIR or --dir to the folder of <domain>/<slug>.json records`),
    );
    return { files: [], layoutProblems };
  }

  for (const entry of entries) {
    const relative = path.relative(root, entry.absolute).split(path.sep).join('/');
    const problem = layoutMessage(relative, entry.isFile);
    if (problem === undefined) {
      recordPaths.push(entry.absolute);
    } else {
      layoutProblems.push(layoutProblem(displayPath(entry.absolute), problem));
    }
  }

  // An empty folder is almost always a wrong path. Astro's glob loader would
  // also keep serving the records of the previous build from its cache.
  if (recordPaths.length === 0 && layoutProblems.length === 0) {
    layoutProblems.push(
      layoutProblem(displayPath(root), 'Content folder has no record files; add <domain>/<slug>.json files or point ERRDEX_CONTENT_DIR or --dir at the records'),
    );
  }

  recordPaths.sort();
  const files = recordPaths.map((absolute) => readRecordFile(root, absolute));
  return { files, layoutProblems };
}

/**
 * Lists every entry under `directory` that is not a folder, depth first. Symbolic
 * links are listed, not followed, so that they are reported. Hidden entries
 * (`.DS_Store`, `.gitkeep`, `.git/`) are skipped, as Astro's glob loader skips
 * them, so they never become pages either.
 */
async function listFiles(directory: string): Promise<{ absolute: string; isFile: boolean }[]> {
  const found: { absolute: string; isFile: boolean }[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;

    const absolute = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await listFiles(absolute)));
    } else {
      found.push({ absolute, isFile: entry.isFile() });
    }
  }
  return found;
}

/** Returns why a path under the root is not a record file, or undefined when it is one. */
function layoutMessage(relative: string, isRegularFile: boolean): string | undefined {
  if (!isRegularFile) {
    return 'Not a regular file (a symbolic link or device); records must be plain <domain>/<slug>.json files';
  }
  const segments = relative.split('/');
  if (!relative.endsWith('.json')) {
    return 'Not a .json file; the content folder holds only records named <domain>/<slug>.json, so move or delete it';
  }
  if (segments.length !== 2) {
    return `Record file is at depth ${segments.length}; it must be at <domain>/<slug>.json`;
  }
  return undefined;
}

function readRecordFile(root: string, absolute: string): RecordFile {
  const relativePath = path.relative(root, absolute).split(path.sep).join('/');
  // Synchronous reads: for thousands of small files they cost a fraction of the promise API.
  const parsed = parseRecordJson(readFileSync(absolute));
  const problems = [...parsed.problems];
  let record: ErrorRecord | undefined;

  if (parsed.hasValue) {
    const result = errorRecord.safeParse(parsed.value);
    if (result.success) {
      record = result.data;
    } else {
      const context = { schema: errorRecord, value: parsed.value, ast: parsed.syntaxTree() };
      problems.push(...schemaProblems(result.error.issues, context));
    }
  }
  return {
    file: displayPath(absolute),
    relativePath,
    pathId: relativePath.replace(/\.json$/, ''),
    parsed,
    // A file with a syntax problem is not a valid record even if its value fits the schema.
    record: parsed.problems.length === 0 ? record : undefined,
    problems,
  };
}

function layoutProblem(file: string, message: string): Problem {
  return { file, line: 1, column: 1, path: ROOT_PATH, severity: 'error', rule: 'layout', message };
}
