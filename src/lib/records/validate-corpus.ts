/**
 * The one entry point for record validation, shared by `npm run validate` and the
 * build. It reports every problem of every file at once.
 */

import { RedosChecker, type RedosCheckerOptions } from '../regex/safety';
import type { ErrorRecord } from '../../schema/record';
import { loadRecordFiles, type RecordFile } from './load-records';
import { compareProblems, type Problem } from './problem';
import { checkIdentity, checkUniqueNames } from './rules/identity';
import { checkLinks } from './rules/links';
import { checkOverlap } from './rules/overlap';
import { checkRegexSafety, checkSelfTest, compileRecordRegexes } from './rules/regex';
import { checkTranslations } from './rules/translations';

/** A record that is valid JSON and passes the schema. It may still have rule problems. */
export interface ValidatedRecord {
  id: string;
  /** File path as shown in problems. */
  file: string;
  data: ErrorRecord;
}

export interface CorpusValidation {
  /** Every file that is valid JSON and passes the schema, sorted by id. */
  records: ValidatedRecord[];
  /** Number of record files checked, valid or not: the count the summary line reports. */
  fileCount: number;
  /** Every problem found, sorted by file and position. */
  problems: Problem[];
}

export interface ValidateCorpusOptions {
  /** Options of the ReDoS checker, such as its cache file. */
  redos?: RedosCheckerOptions;
  /** Receives the reason when the ReDoS cache file was unreadable and is rebuilt. */
  onCacheProblem?: (reason: string) => void;
}

/** Validates every file under `rootDir`, which contains `<domain>/<slug>.json` records. */
export async function validateCorpus(rootDir: string, options: ValidateCorpusOptions = {}): Promise<CorpusValidation> {
  const { files, layoutProblems } = await loadRecordFiles(rootDir);
  const problems: Problem[] = [...layoutProblems];

  for (const file of files) {
    problems.push(...file.problems.map((problem) => ({ file: file.file, ...problem })));
    problems.push(...checkIdentity(file), ...checkTranslations(file));
  }
  problems.push(...checkUniqueNames(files), ...linkProblems(files));
  problems.push(...(await regexProblems(files, options)));

  const records = files.flatMap((file) =>
    file.record === undefined ? [] : [{ id: file.record.id, file: file.file, data: file.record }],
  );
  records.sort((a, b) => compareIds(a.id, b.id));
  problems.sort(compareProblems);
  return { records, fileCount: files.length, problems };
}

/** Orders ids by UTF-16 code units, the same on every machine, unlike localeCompare. */
function compareIds(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

function linkProblems(files: readonly RecordFile[]): Problem[] {
  // Files that fail the schema still count as existing, so links to them do not warn twice.
  const knownIds = new Set(files.map((file) => file.record?.id ?? file.pathId));
  const aliasTargets = new Map<string, string>();
  for (const file of files) {
    for (const alias of file.record?.aliases ?? []) {
      aliasTargets.set(alias, file.record?.id ?? file.pathId);
    }
  }
  return files.flatMap((file) => checkLinks(file, knownIds, aliasTargets));
}

async function regexProblems(files: readonly RecordFile[], options: ValidateCorpusOptions): Promise<Problem[]> {
  const { compiled, problems } = compileRecordRegexes(files);
  const checker = new RedosChecker(options.redos);
  // Only regexes without exponential backtracking are run, so a bad record cannot hang validation.
  const safety = await checkRegexSafety(compiled, checker, options.onCacheProblem);
  problems.push(...safety.problems);
  for (const item of safety.runnable) {
    problems.push(...checkSelfTest(item));
  }
  // A regex that matches the empty string is already an error and would overlap with every record.
  problems.push(...checkOverlap(safety.runnable.filter((item) => !item.regex.test(''))));
  return problems;
}
