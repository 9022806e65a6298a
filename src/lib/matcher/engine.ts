/**
 * The matching engine: the prefilter picks candidate records, then each
 * candidate's full regex runs over the whole text.
 *
 * Matching semantics, the same in the browser and the CLI:
 * - line endings are normalised first (`\r\n` and lone `\r` become `\n`);
 * - each regex runs with its record's flags (`iu` from `convertPattern`, so
 *   case-insensitive, with no `m` and no `s` unless the pattern asked for
 *   them) plus `g`, over the whole text at once;
 * - so `.` stops at a line end, while `\s` and negated classes such as
 *   `[^x]` also match `\n`: a pattern can span the lines of a stack trace on
 *   purpose;
 * - every match is reported, and an empty match moves the search on by one
 *   character so that the loop always ends.
 *
 * The prefilter never changes the result: running every regex on the whole
 * text finds exactly the same matches (see `engine.property.test.ts`).
 */

import { Prefilter } from './prefilter';
import { LineIndex, normalizeLineEndings } from './text';
import type { MatchSpan, RecordMatches, TesterData, TesterRecord } from './types';

export class MatchEngine {
  readonly records: readonly TesterRecord[];
  private readonly prefilter: Prefilter;
  private readonly regexes: (RegExp | undefined)[];

  constructor(data: TesterData) {
    this.records = data.records;
    this.prefilter = new Prefilter(data.records);
    this.regexes = new Array<RegExp | undefined>(data.records.length);
  }

  /** Indexes of the records whose regex can match `normalizedText`, ascending. */
  candidates(normalizedText: string): number[] {
    return this.prefilter.candidates(normalizedText);
  }

  /** Runs the regex of record `index` over the whole text and returns every match. */
  runRecord(index: number, lines: LineIndex): MatchSpan[] {
    return findSpans(this.regex(index), lines);
  }

  /** Compiles each regex once, with `g` added to the record's flags. */
  private regex(index: number): RegExp {
    let regex = this.regexes[index];
    if (regex === undefined) {
      const record = this.records[index];
      if (record === undefined) {
        throw new RangeError(`No record at index ${index}`);
      }
      regex = compileGlobal(record);
      this.regexes[index] = regex;
    }
    return regex;
  }
}

/** Result of matching one text synchronously. */
export interface TextMatches {
  lines: LineIndex;
  matches: RecordMatches[];
}

/**
 * Matches `text` against every record in the current thread, with no time
 * limit. The CLI and the tester page call it inside a worker, under a budget.
 */
export function matchText(engine: MatchEngine, text: string): TextMatches {
  const lines = new LineIndex(normalizeLineEndings(text));
  const matches: RecordMatches[] = [];
  for (const index of engine.candidates(lines.text)) {
    const spans = engine.runRecord(index, lines);
    if (spans.length > 0) {
      matches.push({ index, spans });
    }
  }
  return { lines, matches };
}

/**
 * Runs every record's regex over the whole text, without the prefilter. The
 * reference the engine must agree with, and the benchmark's baseline.
 */
export function matchNaive(records: readonly TesterRecord[], text: string): TextMatches {
  const lines = new LineIndex(normalizeLineEndings(text));
  const matches: RecordMatches[] = [];
  records.forEach((record, index) => {
    const spans = findSpans(compileGlobal(record), lines);
    if (spans.length > 0) {
      matches.push({ index, spans });
    }
  });
  return { lines, matches };
}

function compileGlobal(record: TesterRecord): RegExp {
  const flags = record.flags.includes('g') ? record.flags : `${record.flags}g`;
  return new RegExp(record.source, flags);
}

function findSpans(regex: RegExp, lines: LineIndex): MatchSpan[] {
  const text = lines.text;
  const unicode = regex.unicode || regex.unicodeSets;
  const spans: MatchSpan[] = [];
  regex.lastIndex = 0;

  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const line = lines.lineAt(start);
    spans.push({ start, end, line, endLine: end > start ? lines.lineAt(end - 1) : line });

    if (end === start) {
      // An empty match leaves lastIndex in place; step over one character
      // (a whole surrogate pair in Unicode mode), as String#matchAll does.
      regex.lastIndex = advanceIndex(text, end, unicode);
    }
  }
  return spans;
}

function advanceIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) {
    return index + 1;
  }
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  const isPair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return index + (isPair ? 2 : 1);
}
