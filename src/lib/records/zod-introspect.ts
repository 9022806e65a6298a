/**
 * Reading the record schema itself: which schema applies at a field path, which
 * keys an object schema defines, and a plain-English description of what a field expects.
 * Messages are built from the schema so that the schema stays the only definition.
 */

import { z } from 'astro/zod';

import type { FieldPath } from './positions';

const Kind = z.ZodFirstPartyTypeKind;

/** A schema with its wrappers removed, and whether null is allowed. */
interface UnwrappedSchema {
  schema: z.ZodTypeAny;
  nullable: boolean;
  /** The first `.describe()` text found on the way in. */
  description: string | undefined;
}

/** Removes optional, nullable, default and refinement wrappers. */
export function unwrapSchema(schema: z.ZodTypeAny): UnwrappedSchema {
  let current = schema;
  let nullable = false;
  let description = schema.description;
  for (;;) {
    const def = current._def as { typeName?: string; innerType?: z.ZodTypeAny; schema?: z.ZodTypeAny };
    let inner: z.ZodTypeAny | undefined;
    if (def.typeName === Kind.ZodNullable) {
      nullable = true;
      inner = def.innerType;
    } else if (def.typeName === Kind.ZodOptional || def.typeName === Kind.ZodDefault) {
      inner = def.innerType;
    } else if (def.typeName === Kind.ZodEffects) {
      inner = def.schema;
    }
    if (inner === undefined) {
      return { schema: current, nullable, description };
    }
    current = inner;
    description ??= current.description;
  }
}

/** Returns the schema that applies at `path`, or undefined when the path leaves the schema. */
export function schemaAtPath(root: z.ZodTypeAny, path: FieldPath): z.ZodTypeAny | undefined {
  let current: z.ZodTypeAny = root;
  for (const segment of path) {
    const { schema } = unwrapSchema(current);
    const def = schema._def as { typeName?: string; type?: z.ZodTypeAny; valueType?: z.ZodTypeAny };
    let next: z.ZodTypeAny | undefined;
    if (def.typeName === Kind.ZodObject) {
      next = (schema as z.AnyZodObject).shape[String(segment)] as z.ZodTypeAny | undefined;
    } else if (def.typeName === Kind.ZodArray) {
      next = def.type;
    } else if (def.typeName === Kind.ZodRecord) {
      next = def.valueType;
    }
    if (next === undefined) {
      return undefined;
    }
    current = next;
  }
  return current;
}

/** Returns the keys of the object schema at `path`, or an empty list when it is not an object. */
export function knownKeysAt(root: z.ZodTypeAny, path: FieldPath): string[] {
  const schema = schemaAtPath(root, path);
  if (schema === undefined) {
    return [];
  }
  const inner = unwrapSchema(schema).schema;
  return inner._def.typeName === Kind.ZodObject ? Object.keys((inner as z.AnyZodObject).shape) : [];
}

/** Returns the field documentation written with `.describe()`, if any. */
export function descriptionAt(root: z.ZodTypeAny, path: FieldPath): string | undefined {
  const schema = schemaAtPath(root, path);
  return schema === undefined ? undefined : unwrapSchema(schema).description;
}

/** Describes what a schema accepts, such as `a number from 0 to 1` or `a string or null`. */
export function describeExpected(schema: z.ZodTypeAny): string {
  const { schema: inner, nullable } = unwrapSchema(schema);
  const text = describeInner(inner);
  return nullable ? `${text} or null` : text;
}

/** Lists the literal values a schema accepts, or undefined when it accepts open-ended values. */
export function literalOptions(schema: z.ZodTypeAny): unknown[] | undefined {
  const { schema: inner } = unwrapSchema(schema);
  const def = inner._def as { typeName?: string; values?: unknown[]; value?: unknown; options?: z.ZodTypeAny[] };
  switch (def.typeName) {
    case Kind.ZodBoolean:
      return [true, false];
    case Kind.ZodEnum:
      return def.values;
    case Kind.ZodLiteral:
      return [def.value];
    case Kind.ZodUnion: {
      const lists = (def.options ?? []).map(literalOptions);
      return lists.every((list) => list !== undefined) ? lists.flat() : undefined;
    }
    default:
      return undefined;
  }
}

/** Formats a list of literal values as `true, false, "true" or "partial"`. */
export function formatOptions(options: readonly unknown[]): string {
  const texts = options.map((option) => JSON.stringify(option));
  return texts.length <= 1 ? (texts[0] ?? 'nothing') : `${texts.slice(0, -1).join(', ')} or ${texts.at(-1) ?? ''}`;
}

function describeInner(schema: z.ZodTypeAny): string {
  const options = literalOptions(schema);
  if (options !== undefined) {
    return `one of ${formatOptions(options)}`;
  }
  const def = schema._def as { typeName?: string; type?: z.ZodTypeAny; options?: z.ZodTypeAny[] };
  switch (def.typeName) {
    case Kind.ZodString:
      return describeString(schema as z.ZodString);
    case Kind.ZodNumber:
      return describeNumber(schema as z.ZodNumber);
    case Kind.ZodArray:
      return def.type === undefined ? 'a list' : `a list of ${pluralize(describeExpected(def.type))}`;
    case Kind.ZodObject:
      return 'an object';
    case Kind.ZodRecord:
      return 'an object';
    case Kind.ZodUnion:
      return (def.options ?? []).map(describeExpected).join(' or ');
    default:
      return 'a valid value';
  }
}

function describeString(schema: z.ZodString): string {
  return schema.minLength !== null && schema.minLength > 0 ? 'a non-empty string' : 'a string';
}

function describeNumber(schema: z.ZodNumber): string {
  const noun = schema.isInt ? 'a whole number' : 'a number';
  const { minValue, maxValue } = schema;
  if (minValue !== null && maxValue !== null) {
    return `${noun} from ${minValue} to ${maxValue}`;
  }
  if (minValue !== null) {
    return `${noun} of at least ${minValue}`;
  }
  if (maxValue !== null) {
    return `${noun} of at most ${maxValue}`;
  }
  return noun;
}

/** Turns `a non-empty string` into `non-empty strings`, for `a list of non-empty strings`. */
function pluralize(description: string): string {
  return description.replace(/^an? /, '').replace(/\b(string|number|object|list|value)\b/, '$1s');
}
