/**
 * Regex rules: the pattern converts to JavaScript, is not anchored to the ends of
 * the whole text, does not backtrack exponentially, and matches the record's own
 * signature and examples.
 */

import { findWholeTextAnchors } from '../../regex/anchors';
import { convertPattern, type PatternProblem } from '../../regex/convert';
import { type RedosChecker, type RedosVerdict } from '../../regex/safety';
import type { ErrorRecord } from '../../../schema/record';
import type { RecordFile } from '../load-records';
import type { Problem } from '../problem';
import { positionInString } from '../positions';
import { problemAt } from './problem-at';

/** A record whose regex converted, with the compiled regex. */
export interface CompiledRecord {
  file: RecordFile;
  record: ErrorRecord;
  source: string;
  flags: string;
  regex: RegExp;
}

/**
 * Converts the regex of every valid record. Returns the compiled ones and the
 * conversion and anchor errors. A regex with a whole-text anchor is still compiled,
 * so that its other problems are reported in the same run.
 */
export function compileRecordRegexes(files: readonly RecordFile[]): { compiled: CompiledRecord[]; problems: Problem[] } {
  const compiled: CompiledRecord[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const record = file.record;
    if (record === undefined) {
      continue;
    }
    const converted = convertPattern(record.regex);
    if (!converted.ok) {
      problems.push(...converted.problems.map((problem) => patternProblem(file, 'regex-syntax', problem)));
      continue;
    }
    problems.push(...findWholeTextAnchors(record.regex).map((problem) => patternProblem(file, 'regex-anchor', problem)));
    compiled.push({ file, record, ...converted, regex: new RegExp(converted.source, converted.flags) });
  }
  return { compiled, problems };
}

/** Locates a problem at its offset inside the `regex` string of the file. */
function patternProblem(file: RecordFile, rule: string, problem: PatternProblem): Problem {
  const position = positionInString(file.parsed.syntaxTree(), file.parsed.text, ['regex'], problem.offset);
  return problemAt(file, ['regex'], 'error', rule, problem.message, position);
}

/**
 * Runs the ReDoS check on every compiled regex. Returns the problems and the
 * regexes that are safe to run, that is those with an accepted verdict.
 */
export async function checkRegexSafety(
  compiled: readonly CompiledRecord[],
  checker: RedosChecker,
  onCacheProblem?: (reason: string) => void,
): Promise<{ runnable: CompiledRecord[]; problems: Problem[] }> {
  const verdicts = await checker.checkAll(compiled, onCacheProblem);
  const runnable: CompiledRecord[] = [];
  const problems: Problem[] = [];
  compiled.forEach((item, index) => {
    const verdict = verdicts[index];
    if (verdict?.status === 'accepted') {
      runnable.push(item);
    } else {
      problems.push(safetyProblem(item, verdict ?? { status: 'unknown', reason: 'no verdict' }));
    }
  });
  return { runnable, problems };
}

function safetyProblem(item: CompiledRecord, verdict: Exclude<RedosVerdict, { status: 'accepted' }>): Problem {
  const regexText = `/${item.source}/${item.flags}`;
  if (verdict.status === 'exponential') {
    return problemAt(
      item.file,
      ['regex'],
      'error',
      'regex-safety',
      // The attack string comes from checking the repetition on its own, so it
      // lacks whatever text the rest of the pattern needs before it.
      `${regexText} can backtrack exponentially (catastrophic ReDoS) in ${verdict.part}, which on its own backtracks on input such as ${verdict.attack}; ` +
        'remove the nested or overlapping repetition, such as (a+)+ or (a|a)*',
    );
  }
  return problemAt(
    item.file,
    ['regex'],
    'warning',
    'regex-safety',
    `ReDoS check could not decide on ${regexText} (${verdict.reason}); ` +
      'the self-test and overlap checks were skipped for it, so simplify the pattern',
  );
}

/** Checks that the regex matches the signature and every example, and does not match the empty string. */
export function checkSelfTest(item: CompiledRecord): Problem[] {
  const problems: Problem[] = [];
  const regexText = `/${item.source}/${item.flags}`;
  if (item.regex.test('')) {
    problems.push(
      problemAt(
        item.file,
        ['regex'],
        'error',
        'regex-self-test',
        `${regexText} matches the empty string, so it would match every message; require some text`,
      ),
    );
  }
  const targets: { path: (string | number)[]; text: string; name: string }[] = [
    { path: ['signature'], text: item.record.signature, name: 'signature' },
    ...(item.record.examples ?? []).map((text, index) => ({ path: ['examples', index], text, name: `examples[${index}]` })),
  ];
  for (const target of targets) {
    if (!item.regex.test(target.text)) {
      problems.push(
        problemAt(
          item.file,
          target.path,
          'error',
          'regex-self-test',
          `regex ${regexText} does not match ${target.name} ${JSON.stringify(target.text)}; fix the regex or the text`,
        ),
      );
    }
  }
  return problems;
}
