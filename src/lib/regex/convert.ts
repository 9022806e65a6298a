/**
 * Conversion of a record's `regex` (Python `re`, PCRE or JavaScript spelling) into a
 * JavaScript pattern that the site, the matcher and the validator all compile the
 * same way.
 */

import { RegExpValidator, RegExpSyntaxError } from '@eslint-community/regexpp';

import { rewritePythonSyntax, type PatternProblem } from './python-syntax';

export type { PatternProblem } from './python-syntax';

/** A pattern ready for `new RegExp(source, flags)`, or the reasons it cannot be converted. */
export type ConvertedPattern =
  | { ok: true; source: string; flags: string }
  | { ok: false; problems: PatternProblem[] };

/**
 * Flags every converted pattern gets. `i` because matching is case-insensitive by
 * contract. `u` so that unknown escapes are syntax errors instead of silent
 * literals. There is no `m` and no `s` by default, because Python's defaults are the
 * same: `^` and `$` anchor at the ends of the input, not of each line, and `.` stops at a
 * newline. A `.` that stops
 * at line ends also keeps a pattern from running across a whole pasted log. A
 * pattern that starts with `(?m)` or `(?s)` gets that flag added. Records may not
 * use whole-text anchors: `findWholeTextAnchors` in anchors.ts reports them.
 */
export const BASE_FLAGS = 'iu';

/**
 * ECMAScript version whose regex syntax Node 20 compiles. ES2025 adds modifier
 * groups `(?i:...)` and duplicate group names, which Node 20 rejects.
 */
const TARGET_ECMA_VERSION = 2024;

/** Characters of the pattern quoted after a syntax error. */
const EXCERPT_LENGTH = 12;

const REGEXPP_MESSAGE_PREFIX = /^Invalid regular expression: \/.*\/[a-z]*: /s;

/**
 * Converts a Python/PCRE/JavaScript pattern into JavaScript syntax with the flags
 * `iu` (plus `m` or `s` when the pattern starts with `(?m)` or `(?s)`). Every
 * problem carries the offset of the offending construct in `pattern`.
 */
export function convertPattern(pattern: string): ConvertedPattern {
  const rewritten = rewritePythonSyntax(pattern);
  if (rewritten.problems.length > 0) {
    return { ok: false, problems: rewritten.problems };
  }
  if (rewritten.source === '') {
    return { ok: false, problems: [{ message: 'Pattern is empty, so it would match every message', offset: 0 }] };
  }
  const flags = sortFlags(BASE_FLAGS + rewritten.inlineFlags);

  try {
    new RegExpValidator({ ecmaVersion: TARGET_ECMA_VERSION }).validatePattern(
      rewritten.source,
      0,
      rewritten.source.length,
      { unicode: true },
    );
  } catch (error) {
    if (!(error instanceof RegExpSyntaxError)) {
      throw error;
    }
    const reason = error.message.replace(REGEXPP_MESSAGE_PREFIX, '');
    const offset = rewritten.offsets[errorIndex(rewritten.source, error.index, reason)] ?? 0;
    const message = `Invalid pattern: ${reason}${describeOffset(pattern, offset)}${describeSource(pattern, rewritten.source)}`;
    return { ok: false, problems: [{ message, offset }] };
  }

  try {
    new RegExp(rewritten.source, flags);
  } catch (error) {
    // The validator and the running engine disagree; report the engine, which decides in the end.
    const reason = error instanceof SyntaxError ? error.message : String(error);
    return { ok: false, problems: [{ message: `JavaScript cannot compile the pattern: ${reason}`, offset: 0 }] };
  }
  return { ok: true, source: rewritten.source, flags };
}

/** Compiles a successful conversion. */
export function compileConverted(converted: { source: string; flags: string }): RegExp {
  return new RegExp(converted.source, converted.flags);
}

function sortFlags(flags: string): string {
  return [...new Set(flags)].sort().join('');
}

/**
 * Returns the index in `source` that a syntax error is about. The validator reports
 * escape errors after the escape, so those are moved back to its backslash.
 */
function errorIndex(source: string, index: number, reason: string): number {
  const clamped = Math.min(index, source.length);
  if (!/escape|named capture referenced/i.test(reason)) {
    return clamped;
  }
  const backslash = source.lastIndexOf('\\', clamped - 1);
  return backslash === -1 ? clamped : backslash;
}

/** Quotes the pattern from `offset` on, so the message shows the construct it is about. */
function describeOffset(pattern: string, offset: number): string {
  if (offset >= pattern.length) {
    return ' at the end of the pattern';
  }
  const excerpt = pattern.slice(offset, offset + EXCERPT_LENGTH);
  return ` at "${excerpt}${offset + EXCERPT_LENGTH < pattern.length ? '…' : ''}"`;
}

/** Shows the converted text when it differs from what the author wrote, so offsets make sense. */
function describeSource(pattern: string, source: string): string {
  return pattern === source ? '' : ` (after conversion to JavaScript: /${source}/)`;
}
