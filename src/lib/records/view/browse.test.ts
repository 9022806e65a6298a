import { describe, expect, it } from 'vitest';

import { groupByCategory, recentlyUpdated, summarizeDomains } from './browse';
import { makeRecord } from './test-records';

const records = [
  makeRecord({ id: 'redis/wrongtype', domain: 'redis', category: 'type_error', signature: 'WRONGTYPE Operation', last_updated: '2024-06-01' }),
  makeRecord({ id: 'api/b-timeout', domain: 'api', category: 'timeout_error', signature: 'B timeout', last_updated: '2024-07-01' }),
  makeRecord({ id: 'api/a-pool', domain: 'api', category: 'resource_error', signature: 'Z pool', last_updated: '2024-06-01' }),
  makeRecord({ id: 'api/c-limit', domain: 'api', category: 'resource_error', signature: 'A limit', last_updated: '2024-07-01' }),
];

describe('summarizeDomains', () => {
  it('counts records per domain, sorted by name', () => {
    expect(summarizeDomains(records)).toEqual([
      { domain: 'api', count: 3 },
      { domain: 'redis', count: 1 },
    ]);
  });

  it('returns nothing for no records', () => {
    expect(summarizeDomains([])).toEqual([]);
  });
});

describe('groupByCategory', () => {
  const apiRecords = records.filter((record) => record.domain === 'api');

  it('sorts categories by raw name', () => {
    expect(groupByCategory(apiRecords).map((group) => group.category)).toEqual(['resource_error', 'timeout_error']);
  });

  it('sorts records in a category by signature', () => {
    const [resources] = groupByCategory(apiRecords);
    expect(resources?.records.map((record) => record.id)).toEqual(['api/c-limit', 'api/a-pool']);
  });

  it('keeps every record', () => {
    const total = groupByCategory(apiRecords).reduce((sum, group) => sum + group.records.length, 0);
    expect(total).toBe(apiRecords.length);
  });
});

describe('recentlyUpdated', () => {
  it('lists newest first, then by id', () => {
    expect(recentlyUpdated(records, 10).map((record) => record.id)).toEqual([
      'api/b-timeout',
      'api/c-limit',
      'api/a-pool',
      'redis/wrongtype',
    ]);
  });

  it('stops at the limit', () => {
    expect(recentlyUpdated(records, 2)).toHaveLength(2);
  });
});
