/** Building the tester data file from records, at build time and in the CLI. */

import type { ErrorRecord } from '../../schema/record';
import { convertPattern } from '../regex/convert';
import { extractLiterals } from '../regex/literals';
import { compareRecords } from './ranking';
import type { TesterData, TesterRecord } from './types';

/** The record fields the tester uses. */
export type TesterSourceRecord = Pick<ErrorRecord, 'id' | 'domain' | 'signature' | 'signature_zh' | 'confidence' | 'regex'>;

/** A record whose regex cannot be converted; the validator reports the details. */
export class TesterDataError extends Error {
  constructor(
    readonly id: string,
    reason: string,
  ) {
    super(`Record ${id}: regex cannot be converted to JavaScript (${reason}); run npm run validate for details`);
    this.name = 'TesterDataError';
  }
}

/** Converts one record. Throws {@link TesterDataError} when its regex does not convert. */
export function toTesterRecord(record: TesterSourceRecord): TesterRecord {
  const converted = convertPattern(record.regex);
  if (!converted.ok) {
    throw new TesterDataError(record.id, converted.problems.map((problem) => problem.message).join('; '));
  }
  const { anyOf, literalChars } = extractLiterals(converted);
  return {
    id: record.id,
    domain: record.domain,
    signature: record.signature,
    signature_zh: record.signature_zh ?? null,
    confidence: record.confidence,
    source: converted.source,
    flags: converted.flags,
    literals: anyOf,
    literalChars,
  };
}

/**
 * Builds the tester data from valid records, in ranking order so that the
 * file is stable between builds. Throws on the first record whose regex does
 * not convert: a record the tester cannot run must fail the build, not vanish.
 */
export function buildTesterData(records: readonly TesterSourceRecord[]): TesterData {
  const converted = records.map(toTesterRecord);
  converted.sort(compareRecords);
  return { version: 1, records: converted };
}
