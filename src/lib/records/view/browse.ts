import type { ErrorRecord } from '../../../schema';
import { recordLabel, type RecordLabel } from './related';

/** The fields of one record that a browse list shows. */
export interface RecordSummary extends RecordLabel {
  domain: string;
  category: string;
  lastUpdated: string;
}

export interface DomainSummary {
  domain: string;
  count: number;
}

export interface CategoryGroup {
  category: string;
  records: RecordSummary[];
}

export function recordSummary(record: ErrorRecord): RecordSummary {
  return {
    ...recordLabel(record),
    domain: record.domain,
    category: record.category,
    lastUpdated: record.last_updated,
  };
}

/** Compares strings by code unit, so the order does not depend on the build machine's locale. */
function compareStrings(left: string, right: string): number {
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

/** Counts records per domain, sorted by domain name. */
export function summarizeDomains(records: readonly ErrorRecord[]): DomainSummary[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    counts.set(record.domain, (counts.get(record.domain) ?? 0) + 1);
  }

  return [...counts]
    .map(([domain, count]) => ({ domain, count }))
    .sort((left, right) => compareStrings(left.domain, right.domain));
}

/**
 * Groups one domain's records by category. Categories are sorted by their raw
 * name and records by signature, then id, so every build lists them the same way.
 */
export function groupByCategory(records: readonly ErrorRecord[]): CategoryGroup[] {
  const groups = new Map<string, RecordSummary[]>();
  for (const record of records) {
    const group = groups.get(record.category) ?? [];
    group.push(recordSummary(record));
    groups.set(record.category, group);
  }

  return [...groups]
    .sort(([left], [right]) => compareStrings(left, right))
    .map(([category, summaries]) => ({
      category,
      records: summaries.sort(
        (left, right) => compareStrings(left.title, right.title) || compareStrings(left.id, right.id),
      ),
    }));
}

/**
 * Returns the `limit` most recently updated records, newest first. Records
 * updated on the same day are sorted by id.
 */
export function recentlyUpdated(records: readonly ErrorRecord[], limit: number): RecordSummary[] {
  return records
    .map(recordSummary)
    .sort((left, right) => compareStrings(right.lastUpdated, left.lastUpdated) || compareStrings(left.id, right.id))
    .slice(0, limit);
}
