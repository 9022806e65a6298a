import seed from '../../../content/errors/api/rate-limit-connection-pool-exhausted.json';
import { errorRecord, type ErrorRecord } from '../../schema';

/**
 * Valid in-memory records for the links unit tests, derived from the seed
 * record so they follow the schema as it evolves.
 */
export function makeRecord(overrides: Partial<ErrorRecord> = {}): ErrorRecord {
  return errorRecord.parse({ ...seed, ...overrides });
}
