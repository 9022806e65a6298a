import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { debounce, LatestRequest } from './latest';

describe('LatestRequest', () => {
  it('marks earlier requests stale', () => {
    const latest = new LatestRequest();
    const first = latest.begin();
    const second = latest.begin();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('marks every request stale on cancel', () => {
    const latest = new LatestRequest();
    const only = latest.begin();
    latest.cancel();
    expect(only()).toBe(false);
  });
});

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once with the last arguments after a pause', () => {
    const run = vi.fn();
    const debounced = debounce(run, 200);
    debounced('c');
    debounced('co');
    vi.advanceTimersByTime(199);
    debounced('con');
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith('con');
  });

  it('runs nothing after cancel', () => {
    const run = vi.fn();
    const debounced = debounce(run, 200);
    debounced('x');
    debounced.cancel();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
  });
});
