/**
 * Conversion of one backslash escape from Python `re` or PCRE spelling into
 * JavaScript `u`-mode spelling. Python's reading wins where the two disagree.
 */

import { type Conversion, emit, reject } from './conversion';

/** Context of an escape: whether it is inside a character class, and whether the m flag is on. */
export interface EscapeContext {
  inClass: boolean;
  multiline: boolean;
}

/** Characters that JavaScript `u` mode accepts after a backslash as themselves. */
export const SYNTAX_CHARACTERS: ReadonlySet<string> = new Set('^$\\.*+?()[]{}|/');

/** Escapes whose meaning is the same in both dialects once copied whole, braces included. */
const VERBATIM_ESCAPE = /^\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]*\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|k<[^>]*>|c[A-Za-z])/;

/** `\U0001F600` (Python) and `\x{1F600}` (PCRE). */
const CODE_POINT_ESCAPE = /^\\(?:U([0-9A-Fa-f]{8})|x\{([0-9A-Fa-f]+)\})/;

/** Python octal escapes: `\0` with up to two more octal digits, or exactly three octal digits. */
const OCTAL_ESCAPE = /^\\(0[0-7]{0,2}|[1-3][0-7]{2})/;

const CONTROL_CHARACTER_ESCAPES: Readonly<Record<string, string>> = { a: '\\x07', e: '\\x1b' };

/** PCRE's horizontal white space, which `\h` matches: tab, space and the Unicode space separators. */
const HORIZONTAL_SPACE = '\\t \\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';

/**
 * PCRE's `\R`: any line break. PCRE makes it atomic, so a CRLF is never split
 * into two breaks on backtracking. JavaScript has no atomic groups, so the
 * lookahead gives the same result by refusing a lone CR that starts a CRLF.
 */
const LINE_BREAK = '(?:\\r\\n|(?!\\r\\n)[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])';

/**
 * Converts the escape at the start of `rest`, which begins with a backslash.
 * Returns undefined for an escape that is left as written: the JavaScript parser
 * then accepts it (`\d`, `\b`, `\1`) or reports it as invalid.
 */
export function convertEscape(rest: string, context: EscapeContext): Conversion | undefined {
  const next = rest[1];
  if (next === undefined) {
    return reject('Pattern ends with a lone backslash; escape it as "\\\\"', 1);
  }

  const verbatim = VERBATIM_ESCAPE.exec(rest);
  if (verbatim !== null) {
    return emit(verbatim[0], verbatim[0].length);
  }
  const codePoint = CODE_POINT_ESCAPE.exec(rest);
  if (codePoint !== null) {
    const hex = (codePoint[1] ?? codePoint[2] ?? '').replace(/^0+(?=.)/, '');
    return emit(`\\u{${hex}}`, codePoint[0].length);
  }
  const property = /^\\([pP])([A-Za-z])/.exec(rest);
  if (property !== null) {
    return emit(`\\${property[1] ?? 'p'}{${property[2] ?? ''}}`, property[0].length);
  }
  const octal = OCTAL_ESCAPE.exec(rest);
  if (octal !== null) {
    const value = Number.parseInt(octal[1] ?? '0', 8);
    return emit(`\\x${value.toString(16).padStart(2, '0')}`, octal[0].length);
  }
  const control = CONTROL_CHARACTER_ESCAPES[next];
  if (control !== undefined) {
    return emit(control, 2);
  }
  if (next === 'N' && rest[2] === '{') {
    const end = rest.indexOf('}');
    return reject(
      'Named character "\\N{...}" is not supported; write the character itself or "\\u{hex}"',
      end === -1 ? rest.length : end + 1,
    );
  }

  const spacing = convertSpacingEscape(next, context.inClass);
  if (spacing !== undefined) {
    return spacing;
  }
  const special = context.inClass ? undefined : convertAtomEscape(rest, next, context.multiline);
  if (special !== undefined) {
    return special;
  }
  if (!/[A-Za-z0-9]/.test(next) && !SYNTAX_CHARACTERS.has(next) && !(context.inClass && next === '-')) {
    // Python accepts any escaped punctuation or space as itself; JavaScript `u` mode rejects most of them.
    return emit(next, 2);
  }
  return undefined;
}

/**
 * Converts PCRE `\h`, `\H` and `\R`. Python has none of them (it rejects them
 * as bad escapes), so the PCRE reading is the only one.
 */
function convertSpacingEscape(next: string, inClass: boolean): Conversion | undefined {
  switch (next) {
    case 'h':
      return emit(inClass ? HORIZONTAL_SPACE : `[${HORIZONTAL_SPACE}]`, 2);
    case 'H':
      return inClass
        ? reject('"\\H" inside a character class has no JavaScript equivalent; list the characters instead, or use "\\H" outside the class', 2)
        : emit(`[^${HORIZONTAL_SPACE}]`, 2);
    case 'R':
      return inClass ? reject('"\\R" matches a line break sequence and cannot appear inside a character class', 2) : emit(LINE_BREAK, 2);
    default:
      return undefined;
  }
}

/** Converts escapes that exist only outside character classes: anchors, `\Q`, back-references. */
function convertAtomEscape(rest: string, next: string, multiline: boolean): Conversion | undefined {
  switch (next) {
    case 'A':
      // Without the m flag JavaScript `^` is the start of input, like `\A`.
      return emit(multiline ? '(?<![\\s\\S])' : '^', 2);
    case 'Z':
    case 'z':
      // Python `\Z` is the very end of input, which is JavaScript `$` without the m flag.
      // PCRE `\Z` would also match before a final newline; Python's reading is followed.
      return emit(multiline ? '(?![\\s\\S])' : '$', 2);
    case 'G':
      return reject('Anchor "\\G" has no JavaScript equivalent; remove it', 2);
    case 'K':
      return reject('Match reset "\\K" has no JavaScript equivalent; put the text before it in a lookbehind "(?<=...)"', 2);
    case 'Q':
      return convertQuotedLiteral(rest);
    case 'E':
      // A `\E` without `\Q` does nothing in PCRE.
      return emit('', 2);
    case 'g':
    case 'k':
      return convertBackreference(rest);
    default:
      return undefined;
  }
}

/** Converts PCRE `\Q...\E` (the `\E` is optional at the end) into escaped literal characters. */
function convertQuotedLiteral(rest: string): Conversion {
  const end = rest.indexOf('\\E', 2);
  const literal = rest.slice(2, end === -1 ? rest.length : end);
  const text = [...literal].map((char) => (SYNTAX_CHARACTERS.has(char) ? `\\${char}` : char)).join('');
  return emit(text, end === -1 ? rest.length : end + 2);
}

/** Converts PCRE `\g{1}`, `\g1`, `\g{name}`, `\k{name}` and `\k'name'`. */
function convertBackreference(rest: string): Conversion | undefined {
  const numbered = /^\\g(?:\{(\d+)\}|(\d+))/.exec(rest);
  if (numbered !== null) {
    return emit(`\\${numbered[1] ?? numbered[2] ?? ''}`, numbered[0].length);
  }
  const named = /^\\(?:g\{([A-Za-z_]\w*)\}|k\{([A-Za-z_]\w*)\}|k'([A-Za-z_]\w*)')/.exec(rest);
  if (named !== null) {
    return emit(`\\k<${named[1] ?? named[2] ?? named[3] ?? ''}>`, named[0].length);
  }
  const other = /^\\g(?:\{-\d+\}|-\d+|<[^>]*>|'[^']*')/.exec(rest);
  if (other !== null) {
    return reject(
      `"${other[0]}" (a relative back-reference or subroutine call) has no JavaScript equivalent; ` +
        'refer to the group by number or name',
      other[0].length,
    );
  }
  return undefined;
}
