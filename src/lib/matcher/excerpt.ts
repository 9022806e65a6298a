/** Short pieces of text around a match, for display. */

import type { LineIndex } from './text';
import type { MatchSpan } from './types';

/** A match in the context of its line(s), cut to a bounded length. */
export interface Excerpt {
  line: number;
  endLine: number;
  /** Text of the line before the match; starts with `…` when cut. */
  before: string;
  /** The matched text; ends with `…` when cut. */
  match: string;
  /** Text of the line after the match; ends with `…` when cut. */
  after: string;
}

/** Default length of an excerpt in UTF-16 code units, ellipses excluded. */
export const EXCERPT_LENGTH = 200;

const ELLIPSIS = '…';

/**
 * Cuts the lines of `span` down to about `length` characters centred on the
 * match. A match longer than `length` is itself cut and gets no context.
 */
export function excerpt(lines: LineIndex, span: MatchSpan, length = EXCERPT_LENGTH): Excerpt {
  const text = lines.text;
  const { start, end, line, endLine } = span;

  if (end - start >= length) {
    return { line, endLine, before: '', match: text.slice(start, start + length) + ELLIPSIS, after: '' };
  }

  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(endLine);
  const context = length - (end - start);
  const beforeStart = Math.max(lineStart, start - Math.ceil(context / 2));
  // Context the line does not use before the match goes after it, and back.
  const afterEnd = Math.min(lineEnd, end + context - (start - beforeStart));
  const finalBeforeStart = Math.max(lineStart, start - (context - (afterEnd - end)));

  return {
    line,
    endLine,
    before: (finalBeforeStart > lineStart ? ELLIPSIS : '') + text.slice(finalBeforeStart, start),
    match: text.slice(start, end),
    after: text.slice(end, afterEnd) + (afterEnd < lineEnd ? ELLIPSIS : ''),
  };
}
