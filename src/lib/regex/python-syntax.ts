/**
 * Rewrites Python `re` and PCRE spellings into JavaScript `u`-mode syntax, one
 * construct at a time, and records where each output character came from so that
 * later compile errors point into the pattern the author wrote.
 *
 * Where Python and PCRE disagree, this follows Python 3.11 `re`, because most
 * records are written by people who test their patterns in Python.
 *
 * NOTE: two differences remain. `.` also stops at `\r`, U+2028 and U+2029 in
 * JavaScript, and `\d`, `\w` and `\b` are ASCII-only in JavaScript but Unicode-aware
 * in Python 3. Rewriting them would make every converted pattern hard to read for a
 * gain only on non-ASCII digits and letters.
 */

import type { Conversion } from './conversion';
import { convertEscape } from './escapes';
import { convertGroupOpening } from './groups';
import { posixClassBody } from './posix-classes';

/** A construct that cannot be converted, at its index in the original pattern. */
export interface PatternProblem {
  message: string;
  offset: number;
}

/** Output of {@link rewritePythonSyntax}. */
export interface RewrittenPattern {
  /** JavaScript pattern source, valid only if `problems` is empty and it compiles. */
  source: string;
  /** For each index of `source` (and one past its end), the index in the original pattern. */
  offsets: number[];
  /** Flags requested by leading inline groups such as `(?s)`: a subset of `ms`. */
  inlineFlags: string;
  problems: PatternProblem[];
}

const VERBOSE_WHITESPACE = new Set(' \t\n\r\v\f');

/** Matches a leading global flag group of Python flag letters, such as `(?i)` or `(?ms)`. */
const LEADING_FLAGS = /^\(\?([aiLmsux]+)\)/;

/** Matches a quantifier in braces: `{2}`, `{2,}`, `{2,5}` or Python's `{,5}`. */
const BRACE_QUANTIFIER = /^\{(\d*)(,(\d*))?\}/;

class Rewriter {
  readonly problems: PatternProblem[] = [];
  readonly inlineFlags = new Set<string>();
  private readonly parts: string[] = [];
  private readonly offsets: number[] = [];
  private verbose = false;
  private index = 0;
  private readonly pattern: string;

  constructor(pattern: string) {
    this.pattern = pattern;
  }

  run(): RewrittenPattern {
    this.readLeadingFlags();
    while (this.index < this.pattern.length) {
      this.readOutsideClass();
    }
    this.offsets.push(this.pattern.length);
    const flags = ['m', 's'].filter((flag) => this.inlineFlags.has(flag)).join('');
    return { source: this.parts.join(''), offsets: this.offsets, inlineFlags: flags, problems: this.problems };
  }

  /** Appends `text` to the output, attributing every character of it to `origin`. */
  private emit(text: string, origin: number): void {
    this.parts.push(text);
    for (let k = 0; k < text.length; k++) {
      this.offsets.push(origin);
    }
  }

  private reject(message: string, offset: number): void {
    this.problems.push({ message, offset });
  }

  private peek(distance = 0): string | undefined {
    return this.pattern[this.index + distance];
  }

  private rest(): string {
    return this.pattern.slice(this.index);
  }

  private readLeadingFlags(): void {
    let match = LEADING_FLAGS.exec(this.rest());
    while (match !== null) {
      const letters = match[1] ?? '';
      for (const letter of letters) {
        this.applyGlobalFlag(letter, this.index);
      }
      this.index += match[0].length;
      match = LEADING_FLAGS.exec(this.rest());
    }
  }

  private applyGlobalFlag(letter: string, offset: number): void {
    switch (letter) {
      case 'i':
      case 'u':
        // Matching is always case-insensitive, and Python 3 str patterns are Unicode by default.
        return;
      case 'm':
      case 's':
        this.inlineFlags.add(letter);
        return;
      case 'x':
        this.verbose = true;
        return;
      case 'a':
      case 'L':
        this.reject(
          `Inline flag "(?${letter})" (${letter === 'a' ? 'ASCII' : 'locale'} matching) has no JavaScript equivalent; remove it`,
          offset,
        );
        return;
    }
  }

  private readOutsideClass(): void {
    const start = this.index;
    const char = this.pattern[start] ?? '';

    if (this.verbose && this.skipVerboseFiller()) {
      return;
    }
    switch (char) {
      case '\\':
        this.readEscape(false);
        return;
      case '[':
        this.readClass();
        return;
      case '(':
        this.readGroupOpening();
        return;
      case '{':
        this.readBrace();
        return;
      case '}':
      case ']':
        // Python reads an unmatched `}` or `]` as a literal, but JavaScript `u` mode needs the escape.
        this.emit(`\\${char}`, start);
        this.index += 1;
        return;
      case '$':
        // Without the m flag Python `$` also matches before a final newline, but JavaScript `$` does not.
        this.emit(this.inlineFlags.has('m') ? '$' : '(?=\\n?$)', start);
        this.index += 1;
        return;
      case '*':
      case '+':
      case '?':
        this.emit(char, start);
        this.index += 1;
        this.readQuantifierSuffix(start);
        return;
      default:
        this.emit(char, start);
        this.index += 1;
    }
  }

  /** Skips whitespace and `#` comments in verbose mode. Returns whether anything was skipped. */
  private skipVerboseFiller(): boolean {
    const char = this.peek();
    if (char !== undefined && VERBOSE_WHITESPACE.has(char)) {
      this.index += 1;
      return true;
    }
    if (char === '#') {
      const newline = this.pattern.indexOf('\n', this.index);
      this.index = newline === -1 ? this.pattern.length : newline + 1;
      return true;
    }
    return false;
  }

  /** Handles a lazy `?` or a possessive `+` right after a quantifier that started at `start`. */
  private readQuantifierSuffix(start: number): void {
    const next = this.peek();
    if (next === '?') {
      this.emit('?', this.index);
      this.index += 1;
    } else if (next === '+') {
      const quantifier = this.pattern.slice(start, this.index + 1);
      this.reject(
        `Possessive quantifier "${quantifier}" has no JavaScript equivalent; ` +
          `write "${quantifier.slice(0, -1)}" if backtracking into it cannot change the match, or rewrite the pattern`,
        start,
      );
      this.index += 1;
    }
  }

  private readBrace(): void {
    const start = this.index;
    const match = BRACE_QUANTIFIER.exec(this.rest());
    if (match === null || match[0] === '{}') {
      // Python reads a `{` that does not start a quantifier as a literal.
      this.emit('\\{', start);
      this.index += 1;
      return;
    }
    const minimum = match[1] === '' ? '0' : (match[1] ?? '0');
    const quantifier = match[2] === undefined ? `{${minimum}}` : `{${minimum},${match[3] ?? ''}}`;
    this.emit(quantifier, start);
    this.index += match[0].length;
    this.readQuantifierSuffix(start);
  }

  private readGroupOpening(): void {
    this.apply(convertGroupOpening(this.rest()), this.index);
  }

  private readClass(): void {
    const start = this.index;
    this.emit('[', start);
    this.index += 1;
    if (this.peek() === '^') {
      this.emit('^', this.index);
      this.index += 1;
    }
    if (this.peek() === ']') {
      // Python reads `]` right after `[` or `[^` as a literal, but in JavaScript `[]` is an empty class.
      this.emit('\\]', this.index);
      this.index += 1;
    }
    while (this.index < this.pattern.length) {
      const char = this.pattern[this.index] ?? '';
      if (char === ']') {
        this.emit(']', this.index);
        this.index += 1;
        return;
      }
      if (char === '\\') {
        this.readEscape(true);
      } else if (char === '[' && this.peek(1) === ':') {
        this.readPosixClass();
      } else {
        this.emit(char, this.index);
        this.index += 1;
      }
    }
    this.reject('Character class "[" is not closed; add "]"', start);
  }

  private readPosixClass(): void {
    const start = this.index;
    const match = /^\[:(\^?)([A-Za-z]+):\]/.exec(this.rest());
    if (match === null) {
      // Not a POSIX class: a plain `[` inside a class is a literal in both dialects.
      this.emit('[', start);
      this.index += 1;
      return;
    }
    this.index += match[0].length;
    const negated = match[1] === '^';
    const name = match[2] ?? '';
    const body = posixClassBody(name);
    if (body === undefined) {
      this.reject(`Unknown POSIX class "${match[0]}"; use alpha, digit, alnum, space, word or another POSIX name`, start);
      return;
    }
    if (negated) {
      this.reject(`Negated POSIX class "${match[0]}" cannot be converted; use a negated class such as [^0-9]`, start);
      return;
    }
    this.emit(body, start);
  }

  private readEscape(inClass: boolean): void {
    const start = this.index;
    const conversion = convertEscape(this.rest(), { inClass, multiline: this.inlineFlags.has('m') });
    if (conversion === undefined) {
      // Known in both dialects, or unknown in both: the JavaScript parser reports the unknown ones.
      this.emit(this.pattern.slice(start, start + 2), start);
      this.index += 2;
      return;
    }
    this.apply(conversion, start);
  }

  private apply(conversion: Conversion, start: number): void {
    if (conversion.kind === 'reject') {
      this.reject(conversion.message, start);
    } else {
      this.emit(conversion.text, start);
    }
    this.index += conversion.length;
  }
}

/** Rewrites Python and PCRE syntax into JavaScript `u`-mode syntax. See the file header. */
export function rewritePythonSyntax(pattern: string): RewrittenPattern {
  return new Rewriter(pattern).run();
}
