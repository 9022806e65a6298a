/** JSON Schema of a record file, generated from the zod schema, for editors and external tools. */

import { zodToJsonSchema } from 'zod-to-json-schema';

import { errorRecord } from '../../schema/record';

/** Site path at which the JSON Schema is served. A record's `$schema` may point here. */
export const ERROR_RECORD_SCHEMA_PATH = '/schema/error-record.json';

/**
 * Builds the JSON Schema (draft-07) of one record file. It covers each field's
 * type, range and format. Rules across fields and files (dates in order, id equal
 * to the file path, regex checks) exist only in `npm run validate`.
 */
export function buildErrorRecordJsonSchema(): Record<string, unknown> {
  // zod-to-json-schema reads zod 3 schemas through its `zod/v3` types, which are
  // declared by another copy of zod than the one astro/zod ships, hence the cast.
  const generated = zodToJsonSchema(errorRecord as unknown as Parameters<typeof zodToJsonSchema>[0], {
    $refStrategy: 'none',
    target: 'jsonSchema7',
  });
  return {
    ...generated,
    title: 'Errdex error record',
    description:
      'One file under content/errors/<domain>/<slug>.json. Rules that compare fields or files are checked by npm run validate, not by this schema.',
  };
}
