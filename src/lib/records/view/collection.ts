import { getCollection } from 'astro:content';

import type { ErrorRecord } from '../../../schema';
import { buildRecordIndex } from './related';

let cachedRecords: Promise<readonly ErrorRecord[]> | undefined;

/**
 * Loads every record of the `errors` collection, sorted by id. A production
 * build loads them once: `getCollection` deep-copies every entry on each call,
 * and a dozen routes ask for them. The dev server reloads on every call so
 * edited records show up.
 */
export function loadRecords(): Promise<readonly ErrorRecord[]> {
  if (import.meta.env.DEV || cachedRecords === undefined) {
    cachedRecords = getCollection('errors').then((entries) =>
      entries.map((entry) => entry.data).sort((left, right) => (left.id < right.id ? -1 : 1)),
    );
  }
  return cachedRecords;
}

/** `getStaticPaths` of the record routes: one page per record, with the index for related links. */
export async function recordStaticPaths() {
  const records = await loadRecords();
  const index = buildRecordIndex(records);

  return records.map((record) => ({ params: { id: record.id }, props: { record, index } }));
}

/** `getStaticPaths` of the domain routes: one page per domain, with that domain's records. */
export async function domainStaticPaths() {
  const records = await loadRecords();
  const domains = [...new Set(records.map((record) => record.domain))];

  return domains.map((domain) => ({
    params: { domain },
    props: { domain, records: records.filter((record) => record.domain === domain) },
  }));
}
