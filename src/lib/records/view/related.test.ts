import { describe, expect, it } from 'vitest';

import { buildRecordIndex, recordLabel, relatedGroups } from './related';
import { makeRecord } from './test-records';

const deadlock = makeRecord({
  id: 'postgres/deadlock-detected',
  domain: 'postgres',
  signature: 'ERROR:  deadlock detected\nDETAIL:  Process 1 waits for ShareLock',
  signature_zh: '错误：检测到死锁',
});
const serialization = makeRecord({
  id: 'postgres/could-not-serialize-access',
  domain: 'postgres',
  signature: 'ERROR: could not serialize access due to concurrent update',
  signature_zh: null,
});
const index = buildRecordIndex([deadlock, serialization]);

describe('recordLabel', () => {
  it('puts the signature on one line', () => {
    expect(recordLabel(deadlock).title).toBe('ERROR: deadlock detected DETAIL: Process 1 waits for ShareLock');
  });

  it('keeps a usable Chinese signature', () => {
    expect(recordLabel(deadlock).titleZh).toBe('错误：检测到死锁');
  });

  it('drops an English copy as Chinese signature', () => {
    const record = makeRecord({ signature: 'Boom', signature_zh: 'Boom' });
    expect(recordLabel(record).titleZh).toBeNull();
  });
});

describe('relatedGroups', () => {
  it('resolves existing targets to their labels', () => {
    const groups = relatedGroups(
      { leads_to: ['postgres/deadlock-detected'], preceded_by: [], frequently_confused_with: [] },
      index,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.kind).toBe('leadsTo');
    expect(groups[0]?.items[0]?.target?.title).toContain('deadlock detected');
  });

  it('keeps missing targets as plain ids', () => {
    const groups = relatedGroups(
      { leads_to: [], preceded_by: ['postgres/not-written-yet'], frequently_confused_with: [] },
      index,
    );
    expect(groups).toEqual([{ kind: 'precededBy', items: [{ id: 'postgres/not-written-yet', target: null }] }]);
  });

  it('keeps group order and skips empty groups', () => {
    const groups = relatedGroups(
      {
        leads_to: ['postgres/could-not-serialize-access'],
        preceded_by: [],
        frequently_confused_with: ['postgres/deadlock-detected', 'postgres/missing'],
      },
      index,
    );
    expect(groups.map((group) => group.kind)).toEqual(['leadsTo', 'confusedWith']);
    expect(groups[1]?.items.map((item) => item.target !== null)).toEqual([true, false]);
  });

  it('returns no groups for an empty graph', () => {
    expect(relatedGroups({ leads_to: [], preceded_by: [], frequently_confused_with: [] }, index)).toEqual([]);
  });
});
