import seed from '../../../../content/errors/api/rate-limit-connection-pool-exhausted.json';
import { errorRecord, type ErrorRecord } from '../../../schema';

/** The seed record, parsed by the schema as the build parses it. */
export const seedRecord: ErrorRecord = errorRecord.parse(seed);

/** Builds a record for the view tests from the seed with some fields replaced, and checks it with the schema. */
export function makeRecord(overrides: Partial<ErrorRecord> = {}): ErrorRecord {
  return errorRecord.parse({ ...seed, ...overrides });
}
