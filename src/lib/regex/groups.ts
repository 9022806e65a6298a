/**
 * Conversion of a group opening `(` from Python `re` or PCRE spelling into
 * JavaScript `u`-mode spelling.
 */

import { type Conversion, emit, reject } from './conversion';

/** Python named group `(?P<name>` and PCRE `(?'name'`. */
const NAMED_GROUP = /^\(\?(?:P<([^>]*)>|'([^']*)')/;

/** Non-capturing groups, lookarounds and JavaScript-style named groups, spelled the same in both. */
const SHARED_GROUP = /^\(\?(?:[:=!]|<[=!]|<(?=[A-Za-z_]))/;

/** `(?R)`, `(?1)`, `(?-1)`, `(?&name)` and `(?P>name)`. */
const RECURSION = /^\(\?(?:R|[+-]?\d+|&[^)]*|P>[^)]*)\)/;

/** Inline flags `(?ms)`, `(?-i)` and scoped flags `(?i:`, `(?s-i:`. */
const FLAG_GROUP = /^\(\?([A-Za-z]*)(?:-([A-Za-z]*))?([:)])/;

const PYTHON_FLAGS: ReadonlySet<string> = new Set('aiLmsux');

/**
 * Converts the group opening at the start of `rest`. Leading global flags such as
 * `(?i)` at the start of the pattern are handled by the caller, not here.
 */
export function convertGroupOpening(rest: string): Conversion {
  if (rest.startsWith('(*')) {
    return reject('PCRE verb or option "(*...)" has no JavaScript equivalent; remove it', lengthToClosingParenthesis(rest));
  }
  if (!rest.startsWith('(?')) {
    return emit('(', 1);
  }

  const named = NAMED_GROUP.exec(rest);
  if (named !== null) {
    return emit(`(?<${named[1] ?? named[2] ?? ''}>`, named[0].length);
  }
  const backreference = /^\(\?P=([^)]*)\)/.exec(rest);
  if (backreference !== null) {
    return emit(`\\k<${backreference[1] ?? ''}>`, backreference[0].length);
  }
  if (rest.startsWith('(?#')) {
    const end = rest.indexOf(')');
    return end === -1 ? reject('Comment group "(?#" is not closed; add ")"', rest.length) : emit('', end + 1);
  }
  const shared = SHARED_GROUP.exec(rest);
  if (shared !== null) {
    return emit(shared[0], shared[0].length);
  }
  return convertUnsupportedGroup(rest);
}

/** Handles the `(?` forms that JavaScript lacks: atomic, conditional, recursive and flag groups. */
function convertUnsupportedGroup(rest: string): Conversion {
  if (rest.startsWith('(?>')) {
    return reject(
      'Atomic group "(?>...)" has no JavaScript equivalent; use "(?:...)" if backtracking into it cannot change the match',
      3,
    );
  }
  if (rest.startsWith('(?(')) {
    return reject(
      'Conditional group "(?(...)...)" has no JavaScript equivalent; split it into alternatives',
      lengthToClosingParenthesis(rest),
    );
  }
  if (rest.startsWith('(?|')) {
    return reject('Branch reset group "(?|...)" has no JavaScript equivalent; use "(?:...)"', 3);
  }
  const recursion = RECURSION.exec(rest);
  if (recursion !== null) {
    return reject(
      `Recursion or subroutine call "${recursion[0]}" has no JavaScript equivalent; repeat the group's text instead`,
      recursion[0].length,
    );
  }
  const flags = FLAG_GROUP.exec(rest);
  if (flags !== null) {
    return convertFlagGroup(flags);
  }
  // Anything else is left to the JavaScript parser, which reports it as an invalid group.
  return emit('(?', 2);
}

/** Converts `(?flags)` after the start of the pattern and scoped `(?flags:...)` groups. */
function convertFlagGroup(match: RegExpExecArray): Conversion {
  const [text, added = '', removed, terminator] = match;
  const unknown = [...added, ...(removed ?? '')].filter((letter) => !PYTHON_FLAGS.has(letter));
  if (unknown.length > 0) {
    return reject(
      `Unknown inline flag "${unknown.join('')}" in "${text}"; Python accepts a, i, L, m, s, u and x`,
      text.length,
    );
  }
  // The whole pattern is always case-insensitive, so `(?i)` and `(?i:` change nothing.
  const onlyCaseInsensitive = removed === undefined && /^[iu]+$/.test(added);

  if (terminator === ':') {
    if (onlyCaseInsensitive) {
      return emit('(?:', text.length);
    }
    return reject(
      `Scoped modifier group "${text}...)" is not supported by Node 20; ` +
        'matching is always case-insensitive, so drop the modifier or move the flag to the start of the pattern',
      text.length,
    );
  }
  if (onlyCaseInsensitive) {
    return emit('', text.length);
  }
  return reject(`Inline flags "${text}" must be at the start of the pattern; move them there`, text.length);
}

function lengthToClosingParenthesis(rest: string): number {
  const end = rest.indexOf(')');
  return end === -1 ? rest.length : end + 1;
}
