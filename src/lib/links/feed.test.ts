import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';

import { FEED_SIZE, feedItem, feedOptions, selectFeedRecords } from './feed';
import { makeRecord } from './test-records';

const location = { site: new URL('https://errdex.example'), base: '/errdex/' };

describe('selectFeedRecords', () => {
  it('orders records newest first, then by id', () => {
    const records = [
      makeRecord({ id: 'api/old', last_updated: '2024-01-01' }),
      makeRecord({ id: 'api/b-new', last_updated: '2025-02-01' }),
      makeRecord({ id: 'api/a-new', last_updated: '2025-02-01' }),
      makeRecord({ id: 'api/middle', last_updated: '2024-07-15' }),
    ];

    expect(selectFeedRecords(records).map((record) => record.id)).toEqual([
      'api/a-new',
      'api/b-new',
      'api/middle',
      'api/old',
    ]);
  });

  it('keeps at most FEED_SIZE records', () => {
    const records = Array.from({ length: FEED_SIZE + 5 }, (_, index) =>
      makeRecord({ id: `api/r${index}`, last_updated: `2024-01-${String((index % 28) + 1).padStart(2, '0')}` }),
    );

    expect(selectFeedRecords(records)).toHaveLength(FEED_SIZE);
  });

  it('does not reorder its input', () => {
    const records = [makeRecord({ id: 'api/b', last_updated: '2024-01-01' }), makeRecord({ id: 'api/a', last_updated: '2025-01-01' })];
    selectFeedRecords(records);

    expect(records.map((record) => record.id)).toEqual(['api/b', 'api/a']);
  });
});

describe('feedItem', () => {
  const record = makeRecord({ id: 'api/slow-backend', last_updated: '2025-03-04' });

  it('links the English page with the English signature', () => {
    const item = feedItem(record, 'en', location);

    expect(item.title).toBe(record.signature);
    expect(item.link).toBe('https://errdex.example/errdex/errors/api/slow-backend/');
    expect(item.description).toBe(record.root_cause);
  });

  it('links the Chinese page with the Chinese signature', () => {
    const item = feedItem(record, 'zh', location);

    expect(item.title).toBe(record.signature_zh);
    expect(item.link).toBe('https://errdex.example/errdex/zh/errors/api/slow-backend/');
    expect(item.description).toBe(record.root_cause_zh);
  });

  it('falls back to English text without a translation', () => {
    const untranslated = makeRecord({ id: 'api/plain', signature_zh: null, root_cause_zh: null });
    const item = feedItem(untranslated, 'zh', location);

    expect(item.title).toBe(untranslated.signature);
    expect(item.description).toBe(untranslated.root_cause);
  });

  it('dates the item by last_updated', () => {
    expect(feedItem(record, 'en', location).pubDate).toEqual(new Date('2025-03-04T00:00:00Z'));
  });

  it('gives each update its own guid', () => {
    const updated = makeRecord({ id: 'api/slow-backend', last_updated: '2025-04-01' });

    expect(feedItem(record, 'en', location).customData).not.toBe(feedItem(updated, 'en', location).customData);
  });
});

describe('feedOptions', () => {
  const records = [
    makeRecord({ id: 'api/a', last_updated: '2024-05-06', signature: 'Error <5> & "quoted"' }),
    makeRecord({ id: 'api/b', last_updated: '2025-01-02' }),
  ];

  it('writes an RSS document in the feed language', async () => {
    const xml = await getRssString(feedOptions(records, 'zh', location));

    expect(xml).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('<language>zh-CN</language>');
    expect(xml).toContain('<link>https://errdex.example/errdex/zh/</link>');
    expect(xml).toContain(
      '<atom:link href="https://errdex.example/errdex/zh/feed.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(xml).toContain('<link>https://errdex.example/errdex/zh/errors/api/b/</link>');
  });

  it('lists the newest record first', async () => {
    const xml = await getRssString(feedOptions(records, 'en', location));

    expect(xml.indexOf('errors/api/b/')).toBeLessThan(xml.indexOf('errors/api/a/'));
    expect(xml).toContain('<lastBuildDate>Thu, 02 Jan 2025 00:00:00 GMT</lastBuildDate>');
  });

  it('escapes markup in titles', async () => {
    const xml = await getRssString(feedOptions(records, 'en', location));

    expect(xml).toContain('<title>Error &lt;5&gt; &amp; &quot;quoted&quot;</title>');
  });

  it('replaces the permalink guid with a per-update guid', async () => {
    const xml = await getRssString(feedOptions(records, 'en', location));

    expect(xml).toContain('<guid isPermaLink="false">https://errdex.example/errdex/errors/api/b/#2025-01-02</guid>');
    expect(xml).not.toContain('isPermaLink="true"');
  });

  it('writes an empty feed for no records', async () => {
    const xml = await getRssString(feedOptions([], 'en', location));

    expect(xml).toContain('<channel>');
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('lastBuildDate');
  });
});
