/**
 * Per-record variants of a real record's regex and texts.
 *
 * Every synthetic record gets a token such as `kavo41`. In the regex, one literal
 * word on each path through the pattern gets `_<token>` appended, and the same
 * word in the signature and examples gets the same suffix at the place where the
 * regex matched it. Each regex then matches its own texts and no text of another
 * record, because every match needs its own token.
 */

import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Alternative, Element } from '@eslint-community/regexpp/ast';

import { convertPattern } from '../../src/lib/regex/convert';

/** A literal word in the converted pattern, as offsets into its source. */
interface WordRun {
  start: number;
  end: number;
}

/** A template regex prepared for variants. */
export interface RegexTemplate {
  /** Converted JavaScript source of the template regex. */
  source: string;
  flags: string;
  /** Words that get the token, one on every path through the pattern. */
  runs: WordRun[];
  /** The template regex. */
  regex: RegExp;
  /** `source` with each run wrapped in a named group, compiled with the `d` flag for match indices. */
  capture: RegExp;
}

/** Shortest literal word that may carry the token. */
const MIN_WORD_LENGTH = 3;

/** Characters a token-carrying word may contain; `_` and the token keep it one `\w+` word. */
const WORD_CHARACTER = /^[A-Za-z0-9_]$/;

const RUN_GROUP_PREFIX = 'errdexBenchRun';

/** Parses a record regex and finds the words that make its variants distinct, or returns why it cannot. */
export function prepareRegexTemplate(pattern: string): RegexTemplate | { rejected: string } {
  const converted = convertPattern(pattern);
  if (!converted.ok) {
    return { rejected: `regex does not convert: ${converted.problems.map((problem) => problem.message).join('; ')}` };
  }
  const { source, flags } = converted;
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true });

  let hasBackreference = false;
  visitRegExpAST(ast, {
    onBackreferenceEnter() {
      hasBackreference = true;
    },
  });
  if (hasBackreference) {
    // Wrapping words in groups would renumber the groups that back-references name.
    return { rejected: 'regex has a back-reference' };
  }

  const runs = coverAlternatives(ast.alternatives);
  if (runs === undefined) {
    return { rejected: `some path through /${source}/ has no literal word of ${MIN_WORD_LENGTH}+ characters` };
  }
  runs.sort((a, b) => a.start - b.start);

  let captureSource = source;
  [...runs].reverse().forEach((run, reverseIndex) => {
    const name = `${RUN_GROUP_PREFIX}${runs.length - 1 - reverseIndex}`;
    captureSource =
      captureSource.slice(0, run.start) +
      `(?<${name}>` +
      captureSource.slice(run.start, run.end) +
      ')' +
      captureSource.slice(run.end);
  });

  return { source, flags, runs, regex: new RegExp(source, flags), capture: new RegExp(captureSource, `${flags}d`) };
}

/** Returns the template source with `_<token>` after each word run. */
export function regexVariant(template: RegexTemplate, token: string): string {
  let source = template.source;
  for (const run of [...template.runs].reverse()) {
    source = `${source.slice(0, run.end)}_${token}${source.slice(run.end)}`;
  }
  return source;
}

/**
 * Returns `text` with `_<token>` after each word the template regex matched in
 * it, or undefined when the regex does not match `text`.
 */
export function textVariant(template: RegexTemplate, text: string, token: string): string | undefined {
  const match = template.capture.exec(text);
  if (match === null) {
    return undefined;
  }
  const ends: number[] = [];
  for (const span of Object.values(match.indices?.groups ?? {})) {
    if (span !== undefined) {
      ends.push(span[1]);
    }
  }
  ends.sort((a, b) => b - a);

  let result = text;
  for (const end of ends) {
    result = `${result.slice(0, end)}_${token}${result.slice(end)}`;
  }
  return result;
}

/**
 * Returns `text` with its numbers replaced by random ones of the same length,
 * keeping each replacement only if `regex` still matches. Numbers that the
 * regex spells out (HTTP status codes, error numbers) therefore stay.
 */
export function varyNumbers(text: string, regex: RegExp, random: () => number): string {
  let result = text;
  for (const match of [...text.matchAll(/\d+/g)]) {
    const digits = match[0];
    const replacement = [...digits]
      .map((digit, index) => {
        // Keep a leading zero, and never create one, so that "007" and "42" keep their shape.
        if (index === 0 && digits.length > 1) {
          return digit === '0' ? '0' : String(1 + Math.floor(random() * 9));
        }
        return String(Math.floor(random() * 10));
      })
      .join('');
    const start = match.index;
    const candidate = result.slice(0, start) + replacement + result.slice(start + digits.length);
    if (regex.test(candidate)) {
      result = candidate;
    }
  }
  return result;
}

/**
 * Returns word runs such that every match of the alternation passes through
 * one of them, or undefined when some alternative has no such run.
 */
function coverAlternatives(alternatives: readonly Alternative[]): WordRun[] | undefined {
  const runs: WordRun[] = [];
  for (const alternative of alternatives) {
    const covered = coverAlternative(alternative);
    if (covered === undefined) {
      return undefined;
    }
    runs.push(...covered);
  }
  return runs;
}

/**
 * Picks the longest literal word that every match of the alternative contains.
 * Without one, it looks for a plain group whose every alternative has one.
 */
function coverAlternative(alternative: Alternative): WordRun[] | undefined {
  const word = longestWordRun(alternative.elements);
  if (word !== undefined) {
    return [word];
  }
  for (const element of alternative.elements) {
    // Elements listed directly in an alternative are not quantified, so each group here is required.
    if (element.type === 'Group' || element.type === 'CapturingGroup') {
      const covered = coverAlternatives(element.alternatives);
      if (covered !== undefined) {
        return covered;
      }
    }
  }
  return undefined;
}

function longestWordRun(elements: readonly Element[]): WordRun | undefined {
  let best: WordRun | undefined;
  let current: WordRun | undefined;
  let hasLetter = false;

  const close = (): void => {
    if (current !== undefined && hasLetter && current.end - current.start >= MIN_WORD_LENGTH) {
      if (best === undefined || current.end - current.start > best.end - best.start) {
        best = current;
      }
    }
    current = undefined;
    hasLetter = false;
  };

  for (const element of elements) {
    // An escape such as `\x41` spells a word character too, but the token is only appended after plain ones.
    const isWordCharacter = element.type === 'Character' && element.raw.length === 1 && WORD_CHARACTER.test(element.raw);
    if (!isWordCharacter) {
      close();
      continue;
    }
    if (current === undefined) {
      current = { start: element.start, end: element.end };
    } else {
      current.end = element.end;
    }
    hasLetter ||= /[A-Za-z]/.test(element.raw);
  }
  close();
  return best;
}
