/**
 * Turns zod issues into problems that give the position of the value, what was
 * expected and how to fix it. There is one problem per field: issues on the same
 * field are merged, and an unknown-keys issue gives one problem per key, each at
 * that key.
 */

import { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';

import type { DocumentNode } from '@humanwhocodes/momoa';

import { formatPath, type LocatedProblem } from './problem';
import { type FieldPath, positionOfKey, positionOfValue } from './positions';
import { descriptionAt, describeExpected, formatOptions, knownKeysAt, literalOptions, schemaAtPath } from './zod-introspect';

/** Objects with at most this many keys list them all in an unknown-key message. */
const MAX_LISTED_KEYS = 8;

/** Validation context: the schema, the parsed value and its syntax tree. */
export interface SchemaContext {
  schema: z.ZodTypeAny;
  value: unknown;
  ast: DocumentNode | undefined;
}

/** Converts every issue of a failed parse into located problems, one per field path. */
export function schemaProblems(issues: readonly z.ZodIssue[], context: SchemaContext): LocatedProblem[] {
  return mergeByPath(issues.flatMap((issue) => issueProblems(issue, context)));
}

/**
 * Merges problems that share a field path into the first of them. zod reports one
 * issue per failed check, so -1.5 for `z.number().int().min(0)` gives two issues
 * that both read "Expected a whole number of at least 0, got -1.5". The same
 * message is kept once, and different messages are joined with "; ".
 */
function mergeByPath(problems: readonly LocatedProblem[]): LocatedProblem[] {
  const merged = new Map<string, { problem: LocatedProblem; messages: string[] }>();
  for (const problem of problems) {
    const entry = merged.get(problem.path);
    if (entry === undefined) {
      merged.set(problem.path, { problem, messages: [problem.message] });
    } else if (!entry.messages.includes(problem.message)) {
      entry.messages.push(problem.message);
    }
  }
  return [...merged.values()].map(({ problem, messages }) => ({ ...problem, message: messages.join('; ') }));
}

function issueProblems(issue: z.ZodIssue, context: SchemaContext): LocatedProblem[] {
  if (issue.code === z.ZodIssueCode.unrecognized_keys) {
    return issue.keys.map((key) => {
      const position = positionOfKey(context.ast, issue.path, key);
      return {
        ...position,
        path: formatPath([...issue.path, key]),
        severity: 'error',
        rule: 'schema',
        message: unknownKeyMessage(key, knownKeysAt(context.schema, issue.path)),
      };
    });
  }
  const position = positionOfValue(context.ast, issue.path);
  return [
    { ...position, path: formatPath(issue.path), severity: 'error', rule: 'schema', message: issueMessage(issue, context) },
  ];
}

function issueMessage(issue: z.ZodIssue, context: SchemaContext): string {
  const value = valueAtPath(context.value, issue.path);
  const fieldSchema = schemaAtPath(context.schema, issue.path);
  const expected = fieldSchema === undefined ? undefined : describeExpected(fieldSchema);

  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (value.found === false) {
        return missingFieldMessage(issue.path, expected, descriptionAt(context.schema, issue.path));
      }
      return `Expected ${expected ?? issue.expected}, got ${describeValue(value.value)}`;
    case z.ZodIssueCode.too_small:
    case z.ZodIssueCode.too_big:
    case z.ZodIssueCode.not_finite:
      return `Expected ${expected ?? 'a value in range'}, got ${describeValue(value.value)}`;
    case z.ZodIssueCode.invalid_enum_value:
      if (value.found === false) {
        return missingFieldMessage(issue.path, `one of ${formatOptions(issue.options)}`, descriptionAt(context.schema, issue.path));
      }
      return enumMessage(issue.options, value.value);
    case z.ZodIssueCode.invalid_union: {
      const options = fieldSchema === undefined ? undefined : literalOptions(fieldSchema);
      const accepted = options === undefined ? (expected ?? 'another value') : `one of ${formatOptions(options)}`;
      if (value.found === false) {
        return missingFieldMessage(issue.path, accepted, descriptionAt(context.schema, issue.path));
      }
      return `Expected ${accepted}, got ${describeValue(value.value)}`;
    }
    case z.ZodIssueCode.invalid_string:
    case z.ZodIssueCode.custom:
      return withReceivedValue(issue.message, value.value);
    default:
      return issue.message;
  }
}

function missingFieldMessage(path: FieldPath, expected: string | undefined, description: string | undefined): string {
  const field = String(path.at(-1) ?? '');
  const documentation = description === undefined ? '' : ` (${description.replace(/\.$/, '')})`;
  return `Missing required field "${field}"; add ${expected ?? 'a value'}${documentation}`;
}

function enumMessage(options: readonly (string | number)[], received: unknown): string {
  const nearest = typeof received === 'string' ? nearestName(received, options.map(String)) : undefined;
  const hint = nearest === undefined ? '' : ` (did you mean "${nearest}"?)`;
  return `Expected one of ${formatOptions(options)}, got ${describeValue(received)}${hint}`;
}

function unknownKeyMessage(key: string, knownKeys: readonly string[]): string {
  const nearest = nearestName(key, knownKeys);
  if (nearest !== undefined) {
    return `Unknown key "${key}"; did you mean "${nearest}"?`;
  }
  if (knownKeys.length > 0 && knownKeys.length <= MAX_LISTED_KEYS) {
    return `Unknown key "${key}"; remove it or use one of ${formatOptions(knownKeys)}`;
  }
  return `Unknown key "${key}"; remove it, or see /schema/error-record.json for the known keys`;
}

/**
 * Appends the received value to a schema message unless the message already shows
 * it. For URLs with a scheme other than http(s), also names the scheme, because a
 * value like `javascript:alert(1)` is an absolute URL and the bare message would
 * leave the author wondering.
 */
function withReceivedValue(message: string, received: unknown): string {
  if (typeof received !== 'string' || message.includes(received)) {
    return message;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(received)?.[1]?.toLowerCase();
  const isOtherScheme = scheme !== undefined && scheme !== 'http' && scheme !== 'https';
  if (message.includes('http(s) URL') && isOtherScheme) {
    return `${message}, got "${received}": the scheme "${scheme}:" is not allowed because the URL becomes a link`;
  }
  return `${message}, got ${describeValue(received)}`;
}

/**
 * Returns the closest name within an edit distance of 2, or a third of the length
 * for long names. Case, `_` and `-` are ignored, so `rootCause` finds `root_cause`.
 */
export function nearestName(input: string, names: readonly string[]): string | undefined {
  const normalize = (name: string): string => name.toLowerCase().replace(/[-_]/g, '');
  const target = normalize(input);
  const limit = Math.max(2, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const candidate = distance(target, normalize(name));
    if (candidate < bestDistance) {
      best = name;
      bestDistance = candidate;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

function valueAtPath(root: unknown, path: FieldPath): { found: boolean; value: unknown } {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { found: true, value: current };
}

/** Describes a received JSON value briefly: `"abc"`, `1.5`, `null`, `a list`, `an object`. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
  }
  return 'an object';
}
