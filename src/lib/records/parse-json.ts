/**
 * Strict JSON parsing of record files with positions. Every deviation from plain
 * JSON (byte-order mark, comments, trailing commas, keys given twice) is an error
 * with its line and column, because other JSON tools read such files differently
 * or not at all.
 */

import { parse, type DocumentNode, type ObjectNode, type Token, traverse, evaluate } from '@humanwhocodes/momoa';

import type { LocatedProblem } from './problem';
import { ROOT_PATH } from './problem';

export interface ParsedJson {
  /** Syntax tree with positions, or undefined when the text is not JSON even in lenient mode. */
  ast: DocumentNode | undefined;
  /** Parsed value, or undefined when there is no syntax tree. */
  value: unknown;
  /** Text without a byte-order mark, which positions refer to. */
  text: string;
  /** Syntax problems. The value is usable for further checks even when this is not empty. */
  problems: LocatedProblem[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Parses the bytes of a record file, collecting every syntax problem. */
export function parseRecordJson(bytes: Uint8Array): ParsedJson {
  const problems: LocatedProblem[] = [];
  const decoded = decodeUtf8(bytes, problems);
  if (decoded === undefined) {
    return { ast: undefined, value: undefined, text: '', problems };
  }
  const text = decoded;

  if (text.trim() === '') {
    problems.push(syntaxProblem(1, 1, 'File is empty; a record is one JSON object'));
    return { ast: undefined, value: undefined, text, problems };
  }

  let ast: DocumentNode;
  try {
    // Lenient mode, so that comments and trailing commas get their own precise messages below.
    ast = parse(text, { mode: 'jsonc', allowTrailingCommas: true, ranges: true, tokens: true });
  } catch (error) {
    problems.push(momoaErrorProblem(error));
    return { ast: undefined, value: undefined, text, problems };
  }

  problems.push(...tokenProblems(ast.tokens ?? []), ...duplicateKeyProblems(ast));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length > 0) {
    return { ast, value: evaluate(ast.body), text, problems };
  }

  // JSON.parse has the last word, for anything the lenient parser let through.
  try {
    return { ast, value: JSON.parse(text) as unknown, text, problems };
  } catch (error) {
    problems.push(jsonParseErrorProblem(text, error as SyntaxError));
    return { ast, value: evaluate(ast.body), text, problems };
  }
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
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    problems.push(syntaxProblem(1, 1, 'File is not valid UTF-8; save it as UTF-8'));
    return undefined;
  }
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

function duplicateKeyProblems(ast: DocumentNode): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  traverse(ast, {
    enter(node) {
      if (node.type !== 'Object') {
        return;
      }
      const firstLines = new Map<string, number>();
      for (const member of (node as ObjectNode).members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        const firstLine = firstLines.get(key);
        if (firstLine === undefined) {
          firstLines.set(key, member.name.loc.start.line);
          continue;
        }
        problems.push(
          syntaxProblem(
            member.name.loc.start.line,
            member.name.loc.start.column,
            `Key "${key}" is given twice in this object (first on line ${firstLine}); remove one, JSON readers disagree on which one wins`,
          ),
        );
      }
    },
  });
  return problems;
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

function jsonParseErrorProblem(text: string, error: SyntaxError): LocatedProblem {
  const position = /at position (\d+)/.exec(error.message);
  const offset = position === null ? 0 : Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return syntaxProblem(line, column, `Invalid JSON: ${error.message}`);
}

function syntaxProblem(line: number, column: number, message: string): LocatedProblem {
  return { line, column, path: ROOT_PATH, severity: 'error', rule: 'json-syntax', message };
}
