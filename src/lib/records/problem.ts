/** Problems found in record files, and their text form for terminals and build logs. */

export type Severity = 'error' | 'warning';

/** One problem in one record file. */
export interface Problem {
  /** File path as shown to the author: relative to the working directory when inside it. */
  file: string;
  /** 1-based line of the offending value, or of the start of the file when there is none. */
  line: number;
  /** 1-based column, in UTF-16 code units as VS Code counts them. */
  column: number;
  /** Field path such as `workarounds[1].sources[0]`, or `(root)` for the file as a whole. */
  path: string;
  severity: Severity;
  /** Short identifier of the check, such as `schema` or `regex-safety`. */
  rule: string;
  /** Description of the problem and of the expected value. */
  message: string;
}

/** Field path shown when a problem concerns the whole file. */
export const ROOT_PATH = '(root)';

/** Formats a zod-style path (`['workarounds', 1, 'how']`) as `workarounds[1].how`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) {
    return ROOT_PATH;
  }
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else {
      text += text === '' ? segment : `.${segment}`;
    }
  }
  return text;
}

/** Formats one problem as `file:line:column  path  [warning ]message`. */
export function formatProblem(problem: Problem): string {
  const marker = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.path}  ${marker}${problem.message}`;
}

/** Formats the closing line: `N records, E errors, W warnings`. */
export function formatSummary(recordCount: number, problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${plural(recordCount, 'record')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export function countErrors(problems: readonly Problem[]): number {
  return problems.filter((problem) => problem.severity === 'error').length;
}

/** Orders problems by file, then position, then rule, so output is stable. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/** Formats a count with its noun: `1 entry`, `2 entries`, `0 errors`. The plural defaults to the noun plus "s". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** A problem before the file path is attached: what rules inside one file produce. */
export type LocatedProblem = Omit<Problem, 'file'>;
