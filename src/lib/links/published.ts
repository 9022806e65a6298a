import type { ErrorRecord } from '../../schema';
import { compareByCodeUnit } from './redirects';
import { recordUrls, type RecordUrls, type SiteLocation } from './urls';

/**
 * Shapes of the JSON files published for machines. The record fields stay
 * under their own key because `errorRecord` is strict: a consumer can pass
 * `published.record` to the schema unchanged.
 */

/** The record fields as published: everything but `$schema`, which only points editors at the schema file. */
export type PublishedFields = Omit<ErrorRecord, '$schema'>;

/** Contents of `errors/<id>.json`. */
export interface PublishedRecord {
  record: PublishedFields;
  urls: RecordUrls;
}

/** One record in `api/errors.json`. */
export interface IndexEntry {
  id: string;
  domain: string;
  category: string;
  signature: string;
  /** The Chinese message, or null when the record has none. */
  signature_zh: string | null;
  last_updated: string;
  urls: RecordUrls;
}

/** Contents of `api/errors.json`. */
export interface RecordIndex {
  count: number;
  /** Every published record, sorted by id. */
  records: IndexEntry[];
}

export function publishRecord(record: ErrorRecord, location: SiteLocation): PublishedRecord {
  // `$schema` is a path relative to the source file, so it would be a broken reference here.
  const { $schema: _editorSchema, ...fields } = record;
  return { record: fields, urls: recordUrls(record.id, location) };
}

export function buildIndex(records: readonly ErrorRecord[], location: SiteLocation): RecordIndex {
  const entries = records
    .map((record) => ({
      id: record.id,
      domain: record.domain,
      category: record.category,
      signature: record.signature,
      signature_zh: record.signature_zh ?? null,
      last_updated: record.last_updated,
      urls: recordUrls(record.id, location),
    }))
    .sort((left, right) => compareByCodeUnit(left.id, right.id));

  return { count: entries.length, records: entries };
}

/** Serialises a published value the way the site writes it: indented, with a final newline. */
export function toJsonText(value: PublishedRecord | RecordIndex): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Builds the response of a JSON endpoint. */
export function jsonResponse(value: PublishedRecord | RecordIndex): Response {
  return new Response(toJsonText(value), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
