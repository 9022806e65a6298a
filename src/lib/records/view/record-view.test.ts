import { describe, expect, it } from 'vitest';

import { buildRecordView, resolvability } from './record-view';
import { buildRecordIndex } from './related';
import { makeRecord, seedRecord } from './test-records';

const index = buildRecordIndex([seedRecord]);

describe('buildRecordView on the seed', () => {
  const english = buildRecordView(seedRecord, 'en', index);
  const chinese = buildRecordView(seedRecord, 'zh', index);

  it('uses the English root cause on English pages', () => {
    expect(english.rootCause).toEqual({ text: seedRecord.root_cause, lang: 'en', untranslated: false });
  });

  it('uses root_cause_zh on Chinese pages', () => {
    expect(chinese.rootCause.lang).toBe('zh');
    expect(chinese.rootCause.text).toBe(seedRecord.root_cause_zh);
  });

  it('describes the page with the localized root cause', () => {
    expect(chinese.description).toBe(seedRecord.root_cause_zh);
    expect(Array.from(english.description).length).toBeLessThanOrEqual(160);
  });

  it('keeps the English signature on both pages', () => {
    expect(english.signature).toBe(seedRecord.signature);
    expect(chinese.signature).toBe(seedRecord.signature);
    expect(chinese.signatureZh).toBe(seedRecord.signature_zh);
  });

  it('marks the copied English workarounds_zh', () => {
    expect(chinese.workarounds.every((view) => view.text.untranslated)).toBe(true);
    expect(english.workarounds.some((view) => view.text.untranslated)).toBe(false);
  });

  it('flags the AI-written record', () => {
    expect(english.unverified).toBe(true);
    expect(english.provenance.tier).toBe('ai_generated');
  });

  it('reads the string "true" as resolvable', () => {
    expect(english.provenance.resolvable).toBe('yes');
  });
});

describe('buildRecordView', () => {
  it('falls back to English root cause when root_cause_zh is missing', () => {
    const view = buildRecordView(makeRecord({ root_cause_zh: null }), 'zh', index);
    expect(view.rootCause).toEqual({ text: seedRecord.root_cause, lang: 'en', untranslated: true });
  });

  it('lists OS notes with their usual names', () => {
    const view = buildRecordView(makeRecord({ os_specific: { macos: 'Raise ulimit -n.', plan9: 'Untested.' } }), 'en', index);
    expect(view.osNotes.map((note) => note.name)).toEqual(['macOS', 'plan9']);
  });

  it('hides a blank behaviour change', () => {
    const version = { version: 'X 1.0', introduced: '1.0', deprecated: null, removed: null, behavior_change: ' ', status: 'active' as const };
    const view = buildRecordView(makeRecord({ versions: [version] }), 'en', index);
    expect(view.versions[0]?.behaviorChange).toBeNull();
    expect(view.versions[0]?.introduced).toBe('1.0');
  });

  it('does not flag reviewed records', () => {
    const view = buildRecordView(makeRecord({ verification_tier: 'human_reviewed' }), 'en', index);
    expect(view.unverified).toBe(false);
  });
});

describe('resolvability', () => {
  it.each([
    [true, 'yes'],
    ['true', 'yes'],
    [false, 'no'],
    ['false', 'no'],
    ['partial', 'partial'],
  ] as const)('reads %j as %s', (value, expected) => {
    expect(resolvability(value)).toBe(expected);
  });
});
