import { describe, expect, it } from 'vitest';

import { CLIENT_MESSAGE_KEYS, formatMessage, readClientMessages, resultCountMessage } from './format';
import { clientMessages } from './messages';

describe('formatMessage', () => {
  it('fills placeholders', () => {
    expect(formatMessage('{label} ({count})', { label: 'api', count: 3 })).toBe('api (3)');
  });

  it('throws on a missing value', () => {
    expect(() => formatMessage('{count} records')).toThrow(/needs a value for \{count\}/);
  });
});

describe('client messages', () => {
  it('round-trip through the data attribute in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const messages = readClientMessages(JSON.stringify(clientMessages(lang)));
      expect(Object.keys(messages).sort()).toEqual([...CLIENT_MESSAGE_KEYS].sort());
    }
  });

  it('reject a payload with a missing key', () => {
    expect(() => readClientMessages('{}')).toThrow(/missing: search\.box\.allResults/);
  });

  it('pick the count message', () => {
    const messages = clientMessages('en');
    expect(resultCountMessage(messages, 0)).toBe(messages['search.status.none']);
    expect(resultCountMessage(messages, 1)).toBe('1 record found');
    expect(resultCountMessage(messages, 12)).toBe('12 records found');
    expect(resultCountMessage(clientMessages('zh'), 12)).toBe('找到 12 条记录');
  });
});
