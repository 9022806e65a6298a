import { describe, expect, it } from 'vitest';

import { filterOptions } from './filters';
import { TIER_ORDER } from './index-fields';
import { VERIFICATION_TIERS } from '../../schema/record';

describe('filterOptions', () => {
  const index = { domain: { redis: 5, api: 8 }, tier: { reproduced: 1, ai_generated: 80 } };

  it('sorts values by name with current counts', () => {
    const options = filterOptions('domain', index, { domain: { api: 2, redis: 1 } }, ['api']);
    expect(options).toEqual([
      { value: 'api', count: 2, checked: true },
      { value: 'redis', count: 1, checked: false },
    ]);
  });

  it('hides values without results unless ticked', () => {
    const options = filterOptions('domain', index, { domain: { api: 0, redis: 0 } }, ['api']);
    expect(options).toEqual([{ value: 'api', count: 0, checked: true }]);
  });

  it('orders tiers from least to most trustworthy', () => {
    expect(filterOptions('tier', index, index, []).map((option) => option.value)).toEqual(['ai_generated', 'reproduced']);
  });

  it('keeps a selected value the index lacks', () => {
    const options = filterOptions('domain', index, index, ['gone']);
    expect(options.find((option) => option.value === 'gone')).toEqual({ value: 'gone', count: 0, checked: true });
  });
});

describe('TIER_ORDER', () => {
  it('matches the schema tiers', () => {
    expect([...TIER_ORDER]).toEqual([...VERIFICATION_TIERS]);
  });
});
