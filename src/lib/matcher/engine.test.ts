import { describe, expect, it } from 'vitest';

import { MatchEngine, matchNaive, matchText } from './engine';
import { excerpt } from './excerpt';
import { buildTesterData } from './tester-data';
import { LineIndex, normalizeLineEndings } from './text';
import type { TesterData } from './types';

function dataFor(...regexes: string[]): TesterData {
  return buildTesterData(
    regexes.map((regex, index) => ({
      id: `test/r${index}`,
      domain: 'test',
      signature: regex,
      signature_zh: null,
      confidence: 0.5,
      regex,
    })),
  );
}

/** Matches `text` against one pattern and returns `[start, end, line, endLine]` per match. */
function spansOf(regex: string, text: string): number[][] {
  const engine = new MatchEngine(dataFor(regex));
  const { matches } = matchText(engine, text);
  return (matches[0]?.spans ?? []).map((span) => [span.start, span.end, span.line, span.endLine]);
}

describe('normalizeLineEndings', () => {
  it('turns CR LF and lone CR into LF', () => {
    expect(normalizeLineEndings('a\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
  });
});

describe('LineIndex', () => {
  it('maps offsets to lines', () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    expect([0, 2, 3, 6, 7, 9].map((offset) => lines.lineAt(offset))).toEqual([1, 1, 2, 3, 4, 4]);
    expect(lines.lineCount).toBe(4);
    expect(lines.lineStart(2)).toBe(3);
    expect(lines.lineEnd(2)).toBe(5);
  });

  it('does not count a trailing newline as a line', () => {
    expect(new LineIndex('a\nb\n').lineCount).toBe(2);
    expect(new LineIndex('').lineCount).toBe(0);
  });
});

describe('matchText', () => {
  it('reports every match with its lines', () => {
    expect(spansOf('timeout', 'ok\nTIMEOUT here\nand timeout')).toEqual([
      [3, 10, 2, 2],
      [20, 27, 3, 3],
    ]);
  });

  it('counts offsets after line-ending normalisation', () => {
    expect(spansOf('timeout', 'ok\r\nTIMEOUT')).toEqual([[3, 10, 2, 2]]);
  });

  it('keeps a dot within one line', () => {
    expect(spansOf('error.*failed', 'error\nfailed')).toEqual([]);
  });

  it('lets \\s and negated classes span lines', () => {
    expect(spansOf('Traceback[^!]*KeyError', 'Traceback (most recent call last):\n  File "x"\nKeyError: 1')).toEqual([
      [0, 54, 1, 3],
    ]);
    expect(spansOf('failed\\s+retrying', 'failed\r\nretrying')).toEqual([[0, 15, 1, 2]]);
  });

  it('steps over empty matches', () => {
    expect(spansOf('x*', 'ab')).toEqual([
      [0, 0, 1, 1],
      [1, 1, 1, 1],
      [2, 2, 1, 1],
    ]);
  });

  it('steps over a whole surrogate pair after an empty match', () => {
    const text = '\u{1F600}a';
    expect(spansOf('(?:)', text).map(([start]) => start)).toEqual([0, 2, 3]);
  });

  it('matches case-insensitively, including the long s', () => {
    expect(spansOf('pool exhausted', 'POOL EXHAUſTED')).toEqual([[0, 14, 1, 1]]);
  });

  it('agrees with running every regex for a pattern without literals', () => {
    const data = dataFor('\\d{3} \\w+', 'connection (?:refused|reset)');
    const text = 'x 503 gateway\nconnection reset by peer';
    expect(matchText(new MatchEngine(data), text).matches).toEqual(matchNaive(data.records, text).matches);
  });
});

describe('MatchEngine.candidates', () => {
  it('skips records whose literals are absent', () => {
    const engine = new MatchEngine(dataFor('deadlock detected'));
    expect(engine.candidates('all good')).toEqual([]);
    expect(engine.candidates('deadlock detected')).toEqual([0]);
  });

  it('always includes records without literals', () => {
    const engine = new MatchEngine(dataFor('\\d+'));
    expect(engine.candidates('nothing')).toEqual([0]);
  });

  it('needs one complete group of an alternation', () => {
    const data = dataFor('too many clients|slots are reserved');
    const engine = new MatchEngine(data);
    expect(engine.candidates('slots are reserved')).toEqual([0]);
    expect(engine.candidates('too many slots')).toEqual([]);
  });

  it('finds a literal before a combining mark', () => {
    const engine = new MatchEngine(dataFor('cafe'));
    expect(engine.candidates('cafe\u0301 closed')).toEqual([0]);
  });
});

describe('excerpt', () => {
  it('keeps a short line whole', () => {
    const lines = new LineIndex('one\nthe pool is exhausted now\nthree');
    expect(excerpt(lines, { start: 13, end: 22, line: 2, endLine: 2 })).toEqual({
      line: 2,
      endLine: 2,
      before: 'the pool ',
      match: 'is exhaus',
      after: 'ted now',
    });
  });

  it('cuts a long line around the match', () => {
    const text = `${'a'.repeat(500)}MATCH${'b'.repeat(500)}`;
    const cut = excerpt(new LineIndex(text), { start: 500, end: 505, line: 1, endLine: 1 }, 45);
    expect(cut.before).toBe(`…${'a'.repeat(20)}`);
    expect(cut.match).toBe('MATCH');
    expect(cut.after).toBe(`${'b'.repeat(20)}…`);
  });

  it('gives unused context on one side to the other', () => {
    const text = `MATCH${'b'.repeat(500)}`;
    const cut = excerpt(new LineIndex(text), { start: 0, end: 5, line: 1, endLine: 1 }, 45);
    expect(cut.before).toBe('');
    expect(cut.after).toBe(`${'b'.repeat(40)}…`);
  });

  it('cuts a match longer than the excerpt', () => {
    const text = 'x'.repeat(1000);
    const cut = excerpt(new LineIndex(text), { start: 0, end: 1000, line: 1, endLine: 1 }, 200);
    expect(cut.match).toBe(`${'x'.repeat(200)}…`);
    expect(cut.before).toBe('');
    expect(cut.after).toBe('');
  });
});
