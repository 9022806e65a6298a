/** Reading a content folder into tester data, for the `match` CLI and the benchmark (Node only). */

import { loadRecordFiles } from '../records/load-records';
import { formatProblem } from '../records/problem';
import { buildTesterData, TesterDataError } from './tester-data';
import type { TesterData } from './types';

/** A content folder the tester cannot use: missing, badly laid out, or with an invalid record. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/**
 * Loads every record under `directory` and builds the tester data. Throws
 * {@link ContentError} with the first problem (file, position, field,
 * message) when any file is not a valid record.
 */
export async function loadTesterData(directory: string): Promise<TesterData> {
  const { files, layoutProblems } = await loadRecordFiles(directory);
  const [layoutProblem] = layoutProblems;
  if (layoutProblem !== undefined) {
    throw new ContentError(formatProblem(layoutProblem));
  }

  for (const file of files) {
    const [problem] = file.problems.filter((candidate) => candidate.severity === 'error');
    if (problem !== undefined || file.record === undefined) {
      const detail = problem === undefined ? `${file.file}: not a valid record` : formatProblem({ ...problem, file: file.file });
      throw new ContentError(`Invalid record ${detail}; run npm run validate for every problem`);
    }
  }

  const fileById = new Map(files.map((file) => [file.record?.id, file.file]));
  try {
    return buildTesterData(files.flatMap((file) => (file.record === undefined ? [] : [file.record])));
  } catch (error) {
    if (error instanceof TesterDataError) {
      throw new ContentError(`Invalid record ${fileById.get(error.id) ?? error.id}: ${error.message}`);
    }
    throw error;
  }
}
