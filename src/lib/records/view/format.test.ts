import { describe, expect, it } from 'vitest';

import { formatDate, formatPercent, sourceLabel } from './format';

describe('formatPercent', () => {
  it('rounds to whole percent in both languages', () => {
    expect(formatPercent(0.8, 'en')).toBe('80%');
    expect(formatPercent(0.785, 'zh')).toBe('79%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(1, 'en')).toBe('100%');
  });
});

describe('formatDate', () => {
  it('formats the calendar day without shifting it', () => {
    expect(formatDate('2024-06-01', 'en')).toBe('Jun 1, 2024');
    expect(formatDate('2024-06-01', 'zh')).toBe('2024年6月1日');
  });
});

describe('sourceLabel', () => {
  it('returns the host without www', () => {
    expect(sourceLabel('https://www.postgresql.org/docs/current/')).toBe('postgresql.org');
    expect(sourceLabel('https://github.com/psf/requests/issues/1')).toBe('github.com');
  });
});
