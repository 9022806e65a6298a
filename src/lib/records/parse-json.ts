/**
 * Strict JSON parsing of record files with positions. Every deviation from plain
 * JSON (byte-order mark, comments, trailing commas, keys given twice) is an error
 * with its line and column, because other JSON tools read such files differently
 * or not at all.
 *
 * Valid files, the usual case, are read with JSON.parse and a duplicate-key scan.
 * The syntax tree with positions is built only when a problem needs a position,
 * which keeps a 10,000-file corpus fast and small in memory.
 */

import { parse, type DocumentNode, type Token, type ValueNode, evaluate } from '@humanwhocodes/momoa';

import { formatPath, type LocatedProblem, ROOT_PATH } from './problem';
import type { FieldPath } from './positions';

export interface ParsedJson {
  /** Text without a byte-order mark, which positions refer to. */
  text: string;
  /** Whether `value` contains the parsed file. False when the text is not JSON even in lenient mode. */
  hasValue: boolean;
  /** Parsed value. It is usable for further checks even when `problems` is not empty. */
  value: unknown;
  /** Syntax problems. */
  problems: LocatedProblem[];
  /** Returns the syntax tree with positions, built on first call, or undefined when there is no value. */
  syntaxTree: () => DocumentNode | undefined;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Parses the bytes of a record file, collecting every syntax problem. */
export function parseRecordJson(bytes: Uint8Array): ParsedJson {
  const problems: LocatedProblem[] = [];
  const text = decodeUtf8(bytes, problems);
  if (text === undefined) {
    return withoutValue('', problems);
  }
  if (text.trim() === '') {
    problems.push(syntaxProblem(1, 1, 'File is empty; a record is one JSON object'));
    return withoutValue(text, problems);
  }

  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return parseLeniently(text, problems);
  }
  for (const duplicate of findDuplicateKeys(text)) {
    const { line, column } = lineAndColumn(text, duplicate.offset);
    const firstLine = lineAndColumn(text, duplicate.firstOffset).line;
    problems.push(duplicateKeyProblem(duplicate.path, line, column, firstLine));
  }
  return { text, hasValue: true, value, problems, syntaxTree: memoize(() => parse(text, { mode: 'json', ranges: true })) };
}

/**
 * Parses text that JSON.parse rejected, in a lenient mode, so that comments and
 * trailing commas get their own precise messages and the value can still be checked.
 */
function parseLeniently(text: string, problems: LocatedProblem[]): ParsedJson {
  let ast: DocumentNode;
  try {
    ast = parse(text, { mode: 'jsonc', allowTrailingCommas: true, ranges: true, tokens: true });
  } catch (error) {
    problems.push(momoaErrorProblem(error));
    return withoutValue(text, problems);
  }

  const found = [...tokenProblems(ast.tokens ?? []), ...duplicateKeyProblems(ast)];
  if (found.length === 0) {
    // The lenient parser accepted something else that JSON.parse rejects, such as a raw line break in a string.
    found.push(jsonParseErrorProblem(text));
  }
  found.sort((a, b) => a.line - b.line || a.column - b.column);
  problems.push(...found);
  return { text, hasValue: true, value: evaluate(ast.body), problems, syntaxTree: () => ast };
}

function withoutValue(text: string, problems: LocatedProblem[]): ParsedJson {
  return { text, hasValue: false, value: undefined, problems, syntaxTree: () => undefined };
}

function memoize<T>(compute: () => T): () => T {
  let computed: { value: T } | undefined;
  return () => {
    computed ??= { value: compute() };
    return computed.value;
  };
}

function decodeUtf8(bytes: Uint8Array, problems: LocatedProblem[]): string | undefined {
  let start = 0;
  if (UTF8_BOM.every((byte, index) => bytes[index] === byte)) {
    problems.push(syntaxProblem(1, 1, 'File starts with a byte-order mark (BOM); save it as UTF-8 without BOM'));
    start = UTF8_BOM.length;
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problems.push(syntaxProblem(1, 1, 'File is encoded as UTF-16; save it as UTF-8 without BOM'));
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    problems.push(syntaxProblem(1, 1, 'File is not valid UTF-8; save it as UTF-8'));
    return undefined;
  }
}

/** A key given twice in one object. */
export interface DuplicateKey {
  key: string;
  /** Field path of the key, such as `['workarounds', 1, 'how']`. */
  path: (string | number)[];
  /** Offset of the second occurrence's opening quote. */
  offset: number;
  /** Offset of the first occurrence's opening quote. */
  firstOffset: number;
}

/** An object or array that the scan is inside, with the member or element it is at. */
type OpenContainer =
  | { kind: 'object'; keys: Map<string, number>; expectKey: boolean; key: string | undefined }
  | { kind: 'array'; index: number };

/**
 * Finds keys given twice in one object of a text that JSON.parse accepted. Keys are
 * compared after decoding escapes, so `"a"` and `"\u0061"` are the same key.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: OpenContainer[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') {
      const start = index;
      let escaped = false;
      index += 1;
      while (index < text.length && text[index] !== '"') {
        if (text[index] === '\\') {
          escaped = true;
          index += 1;
        }
        index += 1;
      }
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectKey) {
        const raw = text.slice(start, index + 1);
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const firstOffset = top.keys.get(key);
        if (firstOffset === undefined) {
          top.keys.set(key, start);
        } else {
          found.push({ key, path: [...containerPath(stack.slice(0, -1)), key], offset: start, firstOffset });
        }
        top.key = key;
        top.expectKey = false;
      }
    } else if (char === '{') {
      stack.push({ kind: 'object', keys: new Map(), expectKey: true, key: undefined });
    } else if (char === '[') {
      stack.push({ kind: 'array', index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'object') {
        top.expectKey = true;
      } else if (top !== undefined) {
        top.index += 1;
      }
    }
  }
  return found;
}

/** Returns the field path of the innermost container in `stack`: the member or element each level is at. */
function containerPath(stack: readonly OpenContainer[]): (string | number)[] {
  return stack.map((container) => (container.kind === 'object' ? (container.key ?? '') : container.index));
}

function tokenProblems(tokens: readonly Token[]): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const significant = tokens.filter((token) => token.type !== 'LineComment' && token.type !== 'BlockComment');
  for (const token of tokens) {
    if (token.type === 'LineComment' || token.type === 'BlockComment') {
      problems.push(
        syntaxProblem(token.loc.start.line, token.loc.start.column, 'Comments are not allowed in JSON; remove it'),
      );
    }
  }
  significant.forEach((token, index) => {
    const next = significant[index + 1];
    if (token.type === 'Comma' && (next?.type === 'RBrace' || next?.type === 'RBracket')) {
      problems.push(
        syntaxProblem(
          token.loc.start.line,
          token.loc.start.column,
          `Trailing comma before "${next.type === 'RBrace' ? '}' : ']'}" is not allowed in JSON; remove it`,
        ),
      );
    }
  });
  return problems;
}

/** Finds keys given twice in one object of a syntax tree, at any depth. */
function duplicateKeyProblems(ast: DocumentNode): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const visit = (node: ValueNode, path: FieldPath): void => {
    if (node.type === 'Array') {
      node.elements.forEach((element, index) => visit(element.value, [...path, index]));
      return;
    }
    if (node.type !== 'Object') {
      return;
    }
    const firstLines = new Map<string, number>();
    for (const member of node.members) {
      const key = member.name.type === 'String' ? member.name.value : member.name.name;
      const firstLine = firstLines.get(key);
      if (firstLine === undefined) {
        firstLines.set(key, member.name.loc.start.line);
      } else {
        const { line, column } = member.name.loc.start;
        problems.push(duplicateKeyProblem([...path, key], line, column, firstLine));
      }
      visit(member.value, [...path, key]);
    }
  };
  visit(ast.body, []);
  return problems;
}

/** Reports a duplicate key at its second occurrence, under the key's own field path. */
function duplicateKeyProblem(path: FieldPath, line: number, column: number, firstLine: number): LocatedProblem {
  const key = String(path.at(-1) ?? '');
  return {
    line,
    column,
    path: formatPath(path),
    severity: 'error',
    rule: 'json-syntax',
    message: `Key "${key}" is given twice in this object (first on line ${firstLine}); remove one, JSON readers disagree on which one wins`,
  };
}

function momoaErrorProblem(error: unknown): LocatedProblem {
  const located = error as { line?: unknown; column?: unknown; message?: unknown };
  if (typeof located.line !== 'number' || typeof located.column !== 'number') {
    throw error;
  }
  const reason = String(located.message).replace(/\s*\(\d+:\d+\)\s*$/, '');
  const message = reason.startsWith('Unexpected end of input')
    ? 'Invalid JSON: the file ends before the value is complete; check for a missing "}" or "]"'
    : `Invalid JSON: ${reason}`;
  return syntaxProblem(located.line, located.column, message);
}

function jsonParseErrorProblem(text: string): LocatedProblem {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as SyntaxError).message;
    const position = /at position (\d+)/.exec(message);
    const { line, column } = lineAndColumn(text, position === null ? 0 : Number(position[1]));
    return syntaxProblem(line, column, `Invalid JSON: ${message}`);
  }
  return syntaxProblem(1, 1, 'Invalid JSON');
}

/** Converts a UTF-16 offset into a 1-based line and column. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function syntaxProblem(line: number, column: number, message: string): LocatedProblem {
  return { line, column, path: ROOT_PATH, severity: 'error', rule: 'json-syntax', message };
}
