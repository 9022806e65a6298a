import type { RecordFile } from '../load-records';
import { formatPath, type Problem, type Severity } from '../problem';
import { type FieldPath, positionOfValue, type SourcePosition } from '../positions';

/** Builds a problem located at the value at `path` in `file`, or at `position` when given. */
export function problemAt(
  file: RecordFile,
  path: FieldPath,
  severity: Severity,
  rule: string,
  message: string,
  position: SourcePosition = positionOfValue(file.parsed.syntaxTree(), path),
): Problem {
  return { file: file.file, ...position, path: formatPath(path), severity, rule, message };
}
