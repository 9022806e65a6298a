import { describe, expect, it } from 'vitest';

import { testerStrings } from '../../lib/i18n/en/tester';
import { TesterMessages } from './messages';

describe('TesterMessages.size', () => {
  const messages = new TesterMessages(testerStrings, 'en');

  it.each([
    [512, '0.5 KB'],
    [8 * 1024, '8 KB'],
    [9000, '8.8 KB'],
    [1024 * 1024 - 1, '1,024 KB'],
    [1024 * 1024, '1 MB'],
    [6.5 * 1024 * 1024, '6.5 MB'],
  ])('formats %i bytes as %s', (bytes, expected) => {
    expect(messages.size(bytes)).toBe(expected);
  });

  it('uses the page locale for the number', () => {
    expect(new TesterMessages(testerStrings, 'de').size(6.5 * 1024 * 1024)).toBe('6,5 MB');
  });
});
