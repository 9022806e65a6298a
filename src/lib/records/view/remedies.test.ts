import { describe, expect, it } from 'vitest';

import type { DeadEnd, Workaround } from '../../../schema';
import { deadEndViews, workaroundViews } from './remedies';
import { seedRecord } from './test-records';

function workaround(action: string, successRate: number, how = action): Workaround {
  return { action, success_rate: successRate, how, condition: '', sources: [] };
}

function deadEnd(action: string, whyFails: string): DeadEnd {
  return { action, why_fails: whyFails, fail_rate: 0.5, condition: '', sources: [] };
}

describe('workaroundViews', () => {
  it('sorts by success rate, highest first', () => {
    const views = workaroundViews('en', [workaround('low', 0.2), workaround('high', 0.9), workaround('mid', 0.5)], null);
    expect(views.map((view) => view.text.detail)).toEqual(['high', 'mid', 'low']);
  });

  it('keeps record order between equal rates', () => {
    const views = workaroundViews('en', [workaround('a', 0.5), workaround('b', 0.7), workaround('c', 0.5)], null);
    expect(views.map((view) => view.text.detail)).toEqual(['b', 'a', 'c']);
  });

  it('numbers anchors in displayed order', () => {
    const views = workaroundViews('en', [workaround('low', 0.2), workaround('high', 0.9)], null);
    expect(views.map((view) => view.anchor)).toEqual(['workaround-1', 'workaround-2']);
    expect(views.map((view) => view.number)).toEqual([1, 2]);
  });

  it('pairs translations before sorting', () => {
    const views = workaroundViews('zh', [workaround('low', 0.2), workaround('high', 0.9)], ['低', '高']);
    expect(views.map((view) => view.text.detail)).toEqual(['高', '低']);
  });

  it('shows action only where it differs from how', () => {
    const [same, different] = workaroundViews(
      'en',
      [workaround('Retry', 0.9), workaround('Retry the request', 0.8, 'Wrap the call in a retry loop.')],
      null,
    );
    expect(same?.text.summary).toBeNull();
    expect(different?.text.summary).toBe('Retry the request');
    expect(different?.text.detail).toBe('Wrap the call in a retry loop.');
  });

  it('uses action as detail when how is empty', () => {
    const [view] = workaroundViews('en', [workaround('Retry', 0.9, '')], null);
    expect(view?.text).toEqual({ lang: 'en', untranslated: false, summary: null, detail: 'Retry' });
  });

  it('marks the seed English workarounds_zh as untranslated', () => {
    const views = workaroundViews('zh', seedRecord.workarounds, seedRecord.workarounds_zh);
    expect(views).toHaveLength(3);
    for (const view of views) {
      expect(view.text.untranslated).toBe(true);
      expect(view.text.lang).toBe('en');
    }
  });

  it('marks missing translations as untranslated', () => {
    const [view] = workaroundViews('zh', [workaround('Retry', 0.9)], []);
    expect(view?.text.untranslated).toBe(true);
  });

  it('drops the summary of a translated entry', () => {
    const [view] = workaroundViews('zh', [workaround('Retry', 0.9, 'Wrap the call in a retry loop.')], ['重试：用重试循环包住调用。']);
    expect(view?.text).toEqual({ lang: 'zh', untranslated: false, summary: null, detail: '重试：用重试循环包住调用。' });
  });

  it('shows the condition on English pages', () => {
    const [view] = workaroundViews('en', [{ ...workaround('Retry', 0.9), condition: 'Python 3.12 only' }], ['重试']);
    expect(view?.condition).toEqual({ text: 'Python 3.12 only', lang: 'en', untranslated: false });
  });

  it('drops the condition of a translated entry', () => {
    const [view] = workaroundViews(
      'zh',
      [{ ...workaround('Retry', 0.9), condition: 'Python 3.12 only' }],
      ['重试。仅适用于 Python 3.12。'],
    );
    expect(view?.text.lang).toBe('zh');
    expect(view?.condition).toBeNull();
  });

  it('marks an untranslated entry once, not its condition', () => {
    const [view] = workaroundViews('zh', [{ ...workaround('Retry', 0.9), condition: 'Python 3.12 only' }], ['Retry']);
    expect(view?.text.untranslated).toBe(true);
    expect(view?.condition).toEqual({ text: 'Python 3.12 only', lang: 'en', untranslated: false });
  });

  it('drops conditions only of the translated entries', () => {
    const views = workaroundViews(
      'zh',
      [
        { ...workaround('Retry', 0.9), condition: 'On Linux' },
        { ...workaround('Restart', 0.5), condition: 'On Windows' },
      ],
      ['重试。适用于 Linux。', ''],
    );
    expect(views.map((view) => view.condition?.text ?? null)).toEqual([null, 'On Windows']);
  });

  it('has no condition when it is blank', () => {
    const [view] = workaroundViews('en', [{ ...workaround('Retry', 0.9), condition: '  ' }], null);
    expect(view?.condition).toBeNull();
  });
});

describe('deadEndViews', () => {
  it('keeps record order and numbers anchors', () => {
    const views = deadEndViews('en', [deadEnd('first', 'why 1'), deadEnd('second', 'why 2')], null);
    expect(views.map((view) => view.anchor)).toEqual(['dead-end-1', 'dead-end-2']);
    expect(views.map((view) => view.text.summary)).toEqual(['first', 'second']);
  });

  it('shows only why_fails when action is empty', () => {
    const [view] = deadEndViews('en', [deadEnd('', 'Restarting does not release leaked connections.')], null);
    expect(view?.text.summary).toBeNull();
    expect(view?.text.detail).toBe('Restarting does not release leaked connections.');
  });

  it('uses dead_ends_zh in record order', () => {
    const views = deadEndViews('zh', [deadEnd('a', 'why a'), deadEnd('b', 'why b')], ['甲', '乙']);
    expect(views.map((view) => view.text.detail)).toEqual(['甲', '乙']);
  });

  it('drops the condition of a translated dead end', () => {
    const [translated, untranslated] = deadEndViews(
      'zh',
      [
        { ...deadEnd('Restart', 'Leaks come back.'), condition: 'When the pool leaks' },
        { ...deadEnd('Raise the limit', 'Only delays it.'), condition: 'When the pool leaks' },
      ],
      ['重启：泄漏会再次出现。适用于连接池泄漏的情况。'],
    );
    expect(translated?.condition).toBeNull();
    expect(untranslated?.text.untranslated).toBe(true);
    expect(untranslated?.condition).toEqual({ text: 'When the pool leaks', lang: 'en', untranslated: false });
  });

  it('carries the fail rate', () => {
    const views = deadEndViews('en', seedRecord.dead_ends, null);
    expect(views.map((view) => view.rate)).toEqual([0.6, 0.7]);
  });
});
