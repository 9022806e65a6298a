/**
 * Detection of anchors that tie a record's regex to the start or end of the whole
 * text. The tester and `npm run match` run each regex once over the whole pasted
 * log with the flags `iu`. Without the m flag, `^` and `$` then match only at the
 * ends of that text, so a message anywhere else in the log is missed.
 */

import { type AST, RegExpParser, RegExpSyntaxError, visitRegExpAST } from '@eslint-community/regexpp';

import { rewritePythonSyntax, type PatternProblem } from './python-syntax';

/** Python/PCRE escapes that always mean the start or the end of the whole text, even with `(?m)`. */
const WHOLE_TEXT_ESCAPES: Readonly<Record<string, 'start' | 'end'>> = { '\\A': 'start', '\\Z': 'end', '\\z': 'end' };

/**
 * Finds every anchor in `pattern` that matches only at the start or end of the
 * whole text: `^` and `$` unless the pattern starts with `(?m)`, and `\A`, `\Z`
 * and `\z` always. Anchors are read from the regexpp syntax tree of the converted
 * pattern, so `^` inside a character class and an escaped `\$` are not anchors.
 * Returns one problem per anchor, at its offset in `pattern`, and no problem for a
 * pattern that does not convert, because `convertPattern` reports those.
 */
export function findWholeTextAnchors(pattern: string): PatternProblem[] {
  const rewritten = rewritePythonSyntax(pattern);
  if (rewritten.problems.length > 0) {
    return [];
  }
  const multiline = rewritten.inlineFlags.includes('m');

  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(rewritten.source, 0, rewritten.source.length, {
      unicode: true,
    });
  } catch (error) {
    if (error instanceof RegExpSyntaxError) {
      return [];
    }
    throw error;
  }

  // Python `$` becomes `(?=\n?$)` and `\A` with `(?m)` becomes a lookbehind, so
  // several nodes can come from one anchor. Keyed by offset, each is reported once.
  const found = new Map<number, PatternProblem>();
  visitRegExpAST(ast, {
    onAssertionEnter(node) {
      const offset = rewritten.offsets[node.start] ?? 0;
      if (found.has(offset)) {
        return;
      }
      const escape = pattern.slice(offset, offset + 2);
      const escapeSide = WHOLE_TEXT_ESCAPES[escape];
      if (escapeSide !== undefined) {
        found.set(offset, { message: escapeAnchorMessage(escape, escapeSide), offset });
      } else if (!multiline && (node.kind === 'start' || node.kind === 'end')) {
        found.set(offset, { message: caretDollarMessage(node.kind), offset });
      }
    },
  });
  return [...found.values()].sort((a, b) => a.offset - b.offset);
}

function caretDollarMessage(side: 'start' | 'end'): string {
  const [anchor, lineEnd] = side === 'start' ? ['^', 'line starts'] : ['$', 'line ends'];
  return (
    `Anchor "${anchor}" matches only at the ${side} of the whole pasted text, because the flags are iu without m, ` +
    'so the regex misses the message anywhere else in a log; ' +
    `remove it, or start the pattern with "(?m)" to make "^" and "$" match at ${lineEnd}`
  );
}

function escapeAnchorMessage(escape: string, side: 'start' | 'end'): string {
  const [replacement, lineEnd] = side === 'start' ? ['^', 'line starts'] : ['$', 'line ends'];
  return (
    `Anchor "${escape}" matches only at the ${side} of the whole pasted text, even with "(?m)", ` +
    'so the regex misses the message anywhere else in a log; ' +
    `remove it, or write "${replacement}" and start the pattern with "(?m)" to match at ${lineEnd}`
  );
}
