/**
 * Required-literal extraction for the matcher's prefilter.
 *
 * From a converted pattern's syntax tree this finds strings that every match
 * must contain. The extraction is sound but incomplete: it may miss a literal,
 * and it never reports one that some match could lack. The prefilter relies on
 * that, because it skips a record's regex when one of its literals is absent.
 *
 * Literals contain lower-cased ASCII characters only. Under the `iu` flags
 * the only non-ASCII characters that match ASCII ones are the long s `ſ`
 * (U+017F, matches `s`) and the Kelvin sign (U+212A, matches `k`), and
 * {@link foldForPrefilter} maps both. Non-ASCII characters are left out of
 * literals because `modern-ahocorasick` 3.3 compares whole grapheme clusters:
 * a literal that ends before a combining mark in the text (`cafe` in
 * `cafe\u0301`) would go unseen. Folding turns every non-ASCII character into
 * NUL, so the folded text is pure ASCII and each character is its own cluster
 * (once line endings are normalised, because the library reads CR LF as one).
 */

import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node, Pattern } from '@eslint-community/regexpp/ast';

/** Strings that every match of a node contains, in match order. */
type LiteralInfo =
  /** Every match is exactly this (lower-cased) string. */
  | { kind: 'exact'; value: string }
  /**
   * Every match starts with `prefix`, ends with `suffix` and contains each of
   * `factors` in between. The parts never overlap within a match, so their
   * lengths can be added up.
   */
  | { kind: 'partial'; prefix: string; factors: string[]; suffix: string };

/** Literals of one pattern, ready for the prefilter and the ranking. */
export interface PatternLiterals {
  /**
   * Prefilter groups, in disjunctive form: a match is possible only if every
   * literal of at least one group occurs in the folded text. Each group has
   * at most {@link MAX_LITERALS_PER_GROUP} literals of at least
   * {@link MIN_LITERAL_LENGTH} characters. An empty list means the regex
   * must always run.
   */
  anyOf: string[][];
  /**
   * Minimum number of literal characters in any match, counted over the whole
   * pattern (an alternation counts its poorest branch). The ranking uses it as
   * the pattern's specificity.
   */
  literalChars: number;
}

/** The pattern's source and flags, as `convertPattern` returns them. */
export interface PatternSource {
  source: string;
  flags: string;
}

/** Literals per prefilter group; the longest ones are kept to keep the automaton small. */
export const MAX_LITERALS_PER_GROUP = 3;

/** Shortest literal worth a place in the automaton; shorter ones occur almost everywhere. */
export const MIN_LITERAL_LENGTH = 3;

/** Top-level branches given a group each; a pattern with more uses only what all branches share. */
const MAX_GROUPS = 16;

const UNKNOWN: LiteralInfo = { kind: 'partial', prefix: '', factors: [], suffix: '' };
const EMPTY: LiteralInfo = { kind: 'exact', value: '' };

/** Repetitions of a quantified element that are spelled out; further ones count as unknown text. */
const MAX_UNROLLED_REPETITIONS = 8;

/** Shortest common substring of alternation branches worth keeping as a factor. */
const MIN_SHARED_FACTOR = 3;

/** ECMAScript version of the syntax `convertPattern` produces, as its validator checks it. */
const ECMA_VERSION = 2024;

/**
 * Extracts the prefilter groups and the literal character count of
 * `/source/flags`. Throws the parser's `RegExpSyntaxError` when `source` is
 * not a valid pattern.
 *
 * A pattern whose top level is an alternation (`A|B`) gets one group per
 * branch when every branch has a usable literal, because a match needs only
 * one branch. Otherwise it gets one group with what all branches share.
 */
export function extractLiterals({ source, flags }: PatternSource): PatternLiterals {
  const pattern = parsePattern(source, flags);
  const literalChars = minLiteralChars(pattern);
  const branches = pattern.alternatives.map((alternative) => usableLiterals(requiredStrings(sequenceInfo(alternative.elements))));

  if (branches.length > 1 && branches.length <= MAX_GROUPS && branches.every((branch) => branch.length > 0)) {
    return { anyOf: dedupeGroups(branches), literalChars };
  }
  const shared = usableLiterals(requiredStrings(alternationInfo(pattern.alternatives)));
  return { anyOf: shared.length > 0 ? [shared] : [], literalChars };
}

/**
 * Returns strings of which every match contains at least one, or `undefined`
 * when no such list exists. Each string is the longest required literal of
 * one top-level branch (or of the whole pattern), of any length; compare
 * with text folded by {@link normalizeForLiterals}.
 */
export function requiredLiterals({ source, flags }: PatternSource): string[] | undefined {
  const pattern = parsePattern(source, flags);
  const longest = (info: LiteralInfo): string | undefined => usableLiterals(requiredStrings(info), 1, 1)[0];

  const branches = pattern.alternatives.map((alternative) => longest(sequenceInfo(alternative.elements)));
  if (branches.every((branch): branch is string => branch !== undefined)) {
    return [...new Set(branches)];
  }
  const shared = longest(alternationInfo(pattern.alternatives));
  return shared === undefined ? undefined : [shared];
}

/**
 * Folds text the way literals are folded, for the prefilter only: ASCII is
 * lower-cased, `ſ` becomes `s`, the Kelvin sign becomes `k` (through
 * `toLowerCase`), and every other run of non-ASCII characters becomes one NUL.
 * The result can be shorter than `text`, so its offsets mean nothing. It
 * serves only to find which literals occur.
 */
export function foldForPrefilter(text: string): string {
  return text.toLowerCase().replaceAll('\u017f', 's').replace(/[^\u0000-\u007f]+/gu, '\u0000');
}

/** Same as {@link foldForPrefilter}, under the name the record validator uses. */
export const normalizeForLiterals = foldForPrefilter;

function parsePattern(source: string, flags: string): Pattern {
  const parser = new RegExpParser({ ecmaVersion: ECMA_VERSION });
  return parser.parsePattern(source, 0, source.length, {
    unicode: flags.includes('u'),
    unicodeSets: flags.includes('v'),
  });
}

function requiredStrings(info: LiteralInfo): string[] {
  const parts = info.kind === 'exact' ? [info.value] : [info.prefix, ...info.factors, info.suffix];
  return parts.filter((part) => part.length > 0);
}

/** Picks the `max` longest literals of at least `minLength` characters, without duplicates. */
function usableLiterals(required: readonly string[], max = MAX_LITERALS_PER_GROUP, minLength = MIN_LITERAL_LENGTH): string[] {
  const unique = [...new Set(required)].filter((literal) => literal.length >= minLength);
  unique.sort((a, b) => b.length - a.length || compareStrings(a, b));
  return unique.slice(0, max);
}

function dedupeGroups(groups: readonly string[][]): string[][] {
  const seen = new Set<string>();
  return groups.filter((group) => {
    const key = JSON.stringify(group);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/**
 * Counts the literal characters every match contains: each `Character` node
 * counts one (ASCII or not), and so does a class that {@link classInfo} reads
 * as one character. A quantifier multiplies by its minimum, an alternation
 * counts its poorest branch, and everything else counts zero.
 */
function minLiteralChars(node: Node): number {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return Math.min(...node.alternatives.map(minLiteralChars));
    case 'Alternative':
      return node.elements.reduce((sum, element) => sum + minLiteralChars(element), 0);
    case 'Character':
      return 1;
    case 'Quantifier':
      return node.min * minLiteralChars(node.element);
    case 'CharacterClass':
      return classInfo(node).kind === 'exact' ? 1 : 0;
    default:
      return 0;
  }
}

function alternationInfo(alternatives: readonly Alternative[]): LiteralInfo {
  const infos = alternatives.map((alternative) => sequenceInfo(alternative.elements));
  const [first, ...rest] = infos;
  if (first === undefined) {
    return EMPTY;
  }
  if (rest.length === 0) {
    return first;
  }
  // Branches that fold to the same string (`a|A`) stay one exact string.
  const firstValue = first.kind === 'exact' ? first.value : undefined;
  if (infos.every((info) => info.kind === 'exact' && info.value === firstValue)) {
    return first;
  }
  return mergeBranches(infos);
}

/**
 * Keeps only what every branch of an alternation shares: the common prefix,
 * the common suffix and, when both are empty, the longest common substring.
 */
function mergeBranches(infos: readonly LiteralInfo[]): LiteralInfo {
  const prefixes = infos.map((info) => (info.kind === 'exact' ? info.value : info.prefix));
  const suffixes = infos.map((info) => (info.kind === 'exact' ? info.value : info.suffix));
  const prefix = commonPrefix(prefixes);
  let suffix = commonSuffix(suffixes);

  // In an exact branch the prefix and the suffix are cut from the same string.
  // Shorten the suffix so that the two never cover the same characters.
  for (const info of infos) {
    if (info.kind === 'exact' && prefix.length + suffix.length > info.value.length) {
      suffix = suffix.slice(prefix.length + suffix.length - info.value.length);
    }
  }
  if (prefix !== '' || suffix !== '') {
    return { kind: 'partial', prefix, factors: [], suffix };
  }

  const shared = longestCommonSubstring(infos.map(branchStrings));
  return shared.length >= MIN_SHARED_FACTOR ? { kind: 'partial', prefix: '', factors: [shared], suffix: '' } : UNKNOWN;
}

function branchStrings(info: LiteralInfo): string[] {
  return info.kind === 'exact' ? [info.value] : [info.prefix, ...info.factors, info.suffix];
}

function sequenceInfo(elements: readonly Element[]): LiteralInfo {
  let info: LiteralInfo = EMPTY;
  for (const element of elements) {
    info = concat(info, elementInfo(element));
  }
  return info;
}

function elementInfo(node: Node): LiteralInfo {
  switch (node.type) {
    case 'Character':
      return characterInfo(node.value);
    case 'Group':
    case 'CapturingGroup':
      return alternationInfo(node.alternatives);
    case 'Assertion':
      // Anchors, word boundaries and lookarounds consume no characters of the match.
      return EMPTY;
    case 'Quantifier':
      return quantifierInfo(elementInfo(node.element), node.min, node.max);
    case 'CharacterClass':
      return classInfo(node);
    default:
      // Character sets (`.`, `\d`, `\p{...}`), back-references and `v`-mode
      // expressions match text this extraction does not follow.
      return UNKNOWN;
  }
}

/** Reads a literal character as lower-cased ASCII, or as unknown text when it is not ASCII. */
function characterInfo(codePoint: number): LiteralInfo {
  if (codePoint > 0x7f) {
    return UNKNOWN;
  }
  return { kind: 'exact', value: String.fromCharCode(codePoint).toLowerCase() };
}

/**
 * Reads a class as one literal character when it lists characters that all
 * fold to the same ASCII character (`[.]`, `[aA]`). Any other class breaks
 * the literal run.
 */
function classInfo(node: Extract<Node, { type: 'CharacterClass' }>): LiteralInfo {
  if (node.negate || node.elements.length === 0) {
    return UNKNOWN;
  }
  const folded = new Set<string>();
  for (const element of node.elements) {
    if (element.type !== 'Character' || element.value > 0x7f) {
      return UNKNOWN;
    }
    folded.add(String.fromCharCode(element.value).toLowerCase());
  }
  const [only] = folded;
  return folded.size === 1 && only !== undefined ? { kind: 'exact', value: only } : UNKNOWN;
}

/**
 * `x{min,max}`: `min` copies of `x` (at most {@link MAX_UNROLLED_REPETITIONS}),
 * followed by unknown text when more copies may follow. With `min` 0 the
 * element may be absent, so it contributes nothing.
 */
function quantifierInfo(element: LiteralInfo, min: number, max: number): LiteralInfo {
  if (min === 0) {
    return max === 0 ? EMPTY : UNKNOWN;
  }
  const copies = Math.min(min, MAX_UNROLLED_REPETITIONS);
  let info: LiteralInfo = EMPTY;
  for (let copy = 0; copy < copies; copy++) {
    info = concat(info, element);
  }
  return max === copies ? info : concat(info, UNKNOWN);
}

function concat(left: LiteralInfo, right: LiteralInfo): LiteralInfo {
  if (left.kind === 'exact' && right.kind === 'exact') {
    return { kind: 'exact', value: left.value + right.value };
  }
  if (left.kind === 'exact' && right.kind === 'partial') {
    return { ...right, prefix: left.value + right.prefix };
  }
  if (left.kind === 'partial' && right.kind === 'exact') {
    return { ...left, suffix: left.suffix + right.value };
  }
  if (left.kind === 'partial' && right.kind === 'partial') {
    // The left suffix and the right prefix touch, so together they form one factor.
    const factors = [...left.factors, left.suffix + right.prefix, ...right.factors].filter((factor) => factor !== '');
    return { kind: 'partial', prefix: left.prefix, factors, suffix: right.suffix };
  }
  throw new Error('unreachable: every LiteralInfo kind is handled');
}

function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? '';
  for (const value of values) {
    let length = 0;
    while (length < prefix.length && length < value.length && prefix[length] === value[length]) {
      length++;
    }
    prefix = prefix.slice(0, length);
  }
  return prefix;
}

function commonSuffix(values: readonly string[]): string {
  const reversed = values.map((value) => [...value].reverse().join(''));
  return [...commonPrefix(reversed)].reverse().join('');
}

/**
 * Finds the longest string that occurs in at least one string of every
 * branch. Branches are short (a pattern's literals), so a direct search over
 * the first branch's substrings is fast enough.
 */
function longestCommonSubstring(branches: readonly string[][]): string {
  const [first, ...rest] = branches;
  if (first === undefined) {
    return '';
  }
  let best = '';
  for (const candidateSource of first) {
    for (let start = 0; start < candidateSource.length; start++) {
      for (let end = candidateSource.length; end - start > best.length; end--) {
        const candidate = candidateSource.slice(start, end);
        if (rest.every((strings) => strings.some((value) => value.includes(candidate)))) {
          best = candidate;
          break;
        }
      }
    }
  }
  return best;
}

/** Orders strings by UTF-16 code units, independent of the locale. */
function compareStrings(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
