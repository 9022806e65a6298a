/** Mapping from field paths to positions in the JSON source. */

import type { DocumentNode, MemberNode, Node, ValueNode } from '@humanwhocodes/momoa';

export interface SourcePosition {
  line: number;
  column: number;
}

export type FieldPath = readonly (string | number)[];

const FILE_START: SourcePosition = { line: 1, column: 1 };

/**
 * Returns the position of the value at `path`. When the path leads to a field that
 * does not exist (a missing key), returns the position of the deepest value that
 * does, such as the object that lacks the key.
 */
export function positionOfValue(ast: DocumentNode | undefined, path: FieldPath): SourcePosition {
  if (ast === undefined) {
    return FILE_START;
  }
  return startOf(deepestNode(ast.body, path).node);
}

/** Returns the position of the key of member `key` in the object at `objectPath`. */
export function positionOfKey(ast: DocumentNode | undefined, objectPath: FieldPath, key: string): SourcePosition {
  if (ast === undefined) {
    return FILE_START;
  }
  const { node, complete } = deepestNode(ast.body, objectPath);
  const member = complete && node.type === 'Object' ? findMember(node.members, key) : undefined;
  return startOf(member?.name ?? node);
}

/**
 * Returns the position of character `index` of the string value at `path`, so a
 * problem inside a regex can point at the offending construct. JSON escapes such as
 * `\\` take more source characters than they decode to, and are counted as such.
 */
export function positionInString(
  ast: DocumentNode | undefined,
  text: string,
  path: FieldPath,
  index: number,
): SourcePosition {
  if (ast === undefined) {
    return FILE_START;
  }
  const { node, complete } = deepestNode(ast.body, path);
  if (!complete || node.type !== 'String' || node.range === undefined) {
    return startOf(node);
  }
  // Skip the opening quote, then walk the raw text one decoded character at a time.
  const raw = text.slice(node.range[0] + 1, node.range[1] - 1);
  let rawIndex = 0;
  for (let decoded = 0; decoded < index && rawIndex < raw.length; decoded++) {
    rawIndex += rawLengthOfCharacter(raw, rawIndex);
  }
  return { line: node.loc.start.line, column: node.loc.start.column + 1 + rawIndex };
}

function rawLengthOfCharacter(raw: string, rawIndex: number): number {
  if (raw[rawIndex] !== '\\') {
    return 1;
  }
  return raw[rawIndex + 1] === 'u' ? 6 : 2;
}

function deepestNode(root: ValueNode, path: FieldPath): { node: ValueNode; complete: boolean } {
  let node = root;
  for (const segment of path) {
    const child = childOf(node, segment);
    if (child === undefined) {
      return { node, complete: false };
    }
    node = child;
  }
  return { node, complete: true };
}

function childOf(node: ValueNode, segment: string | number): ValueNode | undefined {
  if (node.type === 'Object') {
    return findMember(node.members, String(segment))?.value;
  }
  if (node.type === 'Array' && typeof segment === 'number') {
    return node.elements[segment]?.value;
  }
  return undefined;
}

/** Finds the last member named `key`, because JSON.parse keeps the last of duplicate keys. */
function findMember(members: readonly MemberNode[], key: string): MemberNode | undefined {
  return members.findLast((member) => (member.name.type === 'String' ? member.name.value : member.name.name) === key);
}

function startOf(node: Node): SourcePosition {
  return { line: node.loc.start.line, column: node.loc.start.column };
}
