import { describe, expect, it } from 'vitest';

import { errorRecord } from '../../schema';
import { buildIndex, publishRecord, toJsonText } from './published';
import { makeRecord } from './test-records';

const root = { site: new URL('https://errdex.example/'), base: '/' };
const subpath = { site: new URL('https://example.github.io'), base: '/errdex/' };

describe('publishRecord', () => {
  it('keeps every record field and validates against errorRecord', () => {
    const record = makeRecord();
    const published = JSON.parse(toJsonText(publishRecord(record, root)));

    expect(errorRecord.parse(published.record)).toEqual(record);
  });

  it('drops $schema', () => {
    const record = makeRecord({ $schema: '../../schema/record.schema.json' });
    const published = publishRecord(record, root);

    expect(published.record).not.toHaveProperty('$schema');
    expect(errorRecord.safeParse(published.record).success).toBe(true);
  });

  it('adds absolute page and JSON URLs', () => {
    const published = publishRecord(makeRecord({ id: 'api/slow-backend', domain: 'api' }), root);

    expect(published.urls).toEqual({
      en: 'https://errdex.example/errors/api/slow-backend/',
      zh: 'https://errdex.example/zh/errors/api/slow-backend/',
      json: 'https://errdex.example/errors/api/slow-backend.json',
    });
  });

  it('puts URLs under the base path', () => {
    const published = publishRecord(makeRecord({ id: 'api/slow-backend', domain: 'api' }), subpath);

    expect(published.urls).toEqual({
      en: 'https://example.github.io/errdex/errors/api/slow-backend/',
      zh: 'https://example.github.io/errdex/zh/errors/api/slow-backend/',
      json: 'https://example.github.io/errdex/errors/api/slow-backend.json',
    });
  });

  it('ends the JSON text with a newline', () => {
    expect(toJsonText(publishRecord(makeRecord(), root)).endsWith('}\n')).toBe(true);
  });
});

describe('buildIndex', () => {
  const records = [
    makeRecord({ id: 'python/module-not-found', domain: 'python', category: 'import_error', signature_zh: null }),
    makeRecord({ id: 'api/slow-backend', domain: 'api', last_updated: '2025-01-02' }),
    makeRecord({ id: 'docker/port-in-use', domain: 'docker' }),
  ];

  it('lists exactly the given records, sorted by id', () => {
    const index = buildIndex(records, root);

    expect(index.count).toBe(3);
    expect(index.records.map((entry) => entry.id)).toEqual([
      'api/slow-backend',
      'docker/port-in-use',
      'python/module-not-found',
    ]);
  });

  it('lists the summary fields of each record', () => {
    const entry = buildIndex(records, root).records[0];

    expect(entry).toEqual({
      id: 'api/slow-backend',
      domain: 'api',
      category: 'resource_error',
      signature: records[1]?.signature,
      signature_zh: records[1]?.signature_zh,
      last_updated: '2025-01-02',
      urls: {
        en: 'https://errdex.example/errors/api/slow-backend/',
        zh: 'https://errdex.example/zh/errors/api/slow-backend/',
        json: 'https://errdex.example/errors/api/slow-backend.json',
      },
    });
  });

  it('writes a missing Chinese signature as null', () => {
    const withoutChinese = makeRecord({ id: 'api/plain', domain: 'api' });
    delete withoutChinese.signature_zh;

    const entries = buildIndex([withoutChinese, records[0]!], root).records;

    expect(entries.map((entry) => entry.signature_zh)).toEqual([null, null]);
    expect(JSON.parse(toJsonText(buildIndex([withoutChinese], root))).records[0]).toHaveProperty('signature_zh', null);
  });

  it('returns an empty index for no records', () => {
    expect(buildIndex([], root)).toEqual({ count: 0, records: [] });
  });
});
