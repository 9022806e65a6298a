import { describe, expect, it } from 'vitest';

import { splitAround, translate } from './index';

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'record.references.section', { section: 'Timeouts' })).toBe('(section: Timeouts)');
  });

  it('throws for a missing value', () => {
    expect(() => translate('en', 'record.references.section')).toThrow('needs a value for {section}');
  });
});

describe('splitAround', () => {
  it('returns the text around a placeholder in each language', () => {
    expect(splitAround('en', 'record.references.section', 'section')).toEqual(['(section: ', ')']);
    expect(splitAround('zh', 'record.references.section', 'section')).toEqual(['（章节：', '）']);
  });

  it('throws for a missing placeholder', () => {
    expect(() => splitAround('en', 'record.references.section', 'chapter')).toThrow('has no {chapter}');
  });
});
