import { describe, expect, it } from 'vitest';

import { adjacentTermPairs, queryWords, splitQueryTerms } from './query-terms';
import { textSignals, type PageText } from './rank';
import { chinesePairWeights, createResultFilter, latinFeatures, type PositionedHit } from './relevance';

/** Pages and their indexed words. A term hits every page with a word that starts with it, as in Pagefind. */
type Corpus = Record<string, string>;

function searchCorpus(corpus: Corpus, term: string): PositionedHit[] {
  return Object.entries(corpus).flatMap(([id, text]) => {
    const words = text.toLowerCase().split(' ');
    const positions = words.flatMap((word, position) => (word.startsWith(term.toLowerCase()) ? [position] : []));
    return positions.length === 0 ? [] : [{ id, score: positions.length, words: positions }];
  });
}

/** Builds the filter for a query over a corpus, with the same steps as rankRecords. */
function filterFor(corpus: Corpus, query: string, lang: 'en' | 'zh' = 'en', hits?: PositionedHit[][]) {
  const terms = splitQueryTerms(query, lang);
  const termHits = hits ?? terms.map((term) => searchCorpus(corpus, term));
  const pairs = adjacentTermPairs(queryWords(query, lang), terms);
  return { terms, filter: createResultFilter(query, terms, pairs, termHits, Object.keys(corpus).length) };
}

/** Runs select with every page of the corpus read, in corpus order. */
function selectAllRead(corpus: Corpus, query: string, lang: 'en' | 'zh' = 'en', hits?: PositionedHit[][]): string[] {
  const { terms, filter } = filterFor(corpus, query, lang, hits);
  const read = Object.entries(corpus).map(([id, content]) => {
    const text: PageText = { titles: [], content };
    return { item: { id }, signals: textSignals(query, terms, text) };
  });
  return filter.select(read, []).map(({ id }) => id);
}

const ENGLISH: Corpus = {
  phrase: 'fatal sorry too many clients already',
  apart: 'too slow when many requests hit the clients',
  tool: 'the tool restarts',
  other: 'disk is full',
  filler1: 'too many open files',
  filler2: 'too many requests',
};

describe('latinFeatures', () => {
  it('weighs pairs beyond their rarer word', () => {
    const corpus: Corpus = { a: 'too many clients', b: 'too many requests', c: 'too many files', d: 'clients many' };
    const terms = ['too', 'many', 'clients'];
    const termHits = terms.map((term) => searchCorpus(corpus, term));
    const features = latinFeatures(terms, [[0, 1], [1, 2]], termHits, 4);

    // Three words, plus `many clients`, which only a has, while a and d have `clients`.
    // `too many` is on a, b and c, as `too` is, so it adds nothing.
    expect(features).toHaveLength(4);
    const pair = features[3];
    expect([...(pair?.pages.keys() ?? [])]).toEqual(['a']);
    expect(pair?.weight).toBeCloseTo(Math.log(1 + 4 / 1) - Math.log(1 + 4 / 2));
  });

  it('leaves out words without hits and Chinese terms', () => {
    const terms = ['listen', '8080', '端口'];
    const termHits: PositionedHit[][] = [[{ id: 'a', score: 1, words: [1] }], [], [{ id: 'a', score: 1, words: [2] }]];
    expect(latinFeatures(terms, [[0, 1], [1, 2]], termHits, 10)).toHaveLength(1);
  });
});

describe('createResultFilter', () => {
  it('drops pages sharing common words', () => {
    const listed = selectAllRead(ENGLISH, 'too many clients');
    expect(listed).toContain('phrase');
    expect(listed).not.toContain('tool');
    expect(listed).not.toContain('other');
    expect(listed).not.toContain('filler2');
  });

  it('ignores pasted words without hits', () => {
    expect(selectAllRead(ENGLISH, 'FATAL: sorry, too many clients already (host 10.0.0.9)')[0]).toBe('phrase');
  });

  it('keeps a whole-query text match', () => {
    const corpus: Corpus = { rich: 'too many clients', exact: 'x' };
    const hits = ['too', 'many'].map((term) => searchCorpus(corpus, term));
    const { terms, filter } = filterFor(corpus, 'too many', 'en', hits);
    const signals = textSignals('too many', terms, { titles: [], content: 'far too many' });
    expect(signals.textMatch).toBe(true);
    expect(filter.select([{ item: { id: 'exact' }, signals }], []).map(({ id }) => id)).toEqual(['exact']);
  });

  it('keeps an error code match', () => {
    const { terms, filter } = filterFor({ a: 'see 40001', b: 'b' }, '40001');
    const signals = textSignals('40001', terms, { titles: [], content: '', code: '40001' });
    expect(signals.codeMatch).toBe(true);
    expect(filter.select([{ item: { id: 'b' }, signals }], []).map(({ id }) => id)).toEqual(['b']);
  });

  it('judges unread pages from their term hits', () => {
    const { filter } = filterFor(ENGLISH, 'too many clients');
    expect(filter.select([], [{ id: 'phrase' }, { id: 'tool' }]).map(({ id }) => id)).toEqual(['phrase']);
  });

  it('rejects hopeless candidates', () => {
    const { filter } = filterFor(ENGLISH, 'too many clients');
    expect(filter.isCandidate('phrase')).toBe(true);
    expect(filter.isCandidate('tool')).toBe(false);
  });

  it('requires the Chinese character pairs', () => {
    // Chromium splits 端口被占用 into 端, 口, 被 and 占用, and Pagefind matches each on many pages.
    const corpus: Corpus = {
      port: '端口 已 被 占用',
      terminal: '终端 连接 被 关闭',
      far: '端口 配置 与 内存 占用',
      other: '口令 被 拒绝',
    };
    const terms = ['端', '口', '被', '占用'];
    const hits: PositionedHit[][] = [
      [{ id: 'port', score: 1, words: [0] }, { id: 'far', score: 1, words: [0] }],
      [{ id: 'other', score: 1, words: [0] }],
      [
        { id: 'port', score: 1, words: [2] },
        { id: 'terminal', score: 1, words: [2] },
        { id: 'other', score: 1, words: [1] },
      ],
      [{ id: 'port', score: 1, words: [3] }, { id: 'far', score: 1, words: [4] }],
    ];
    expect(splitQueryTerms('端口被占用', 'zh').join('')).toBe('端口被占用');

    const filter = createResultFilter('端口被占用', terms, [], hits, 4);
    const read = Object.entries(corpus).map(([id, content]) => ({
      item: { id },
      signals: textSignals('端口被占用', terms, { titles: [], content: content.replaceAll(' ', '') }),
    }));
    expect(filter.select(read, []).map(({ id }) => id)).toEqual(['port', 'far']);
  });

  it('credits unread pages with term pairs', () => {
    const terms = ['端口', '占用'];
    const hits: PositionedHit[][] = [
      ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, score: 1, words: [0] })),
      [{ id: 'a', score: 1, words: [1] }],
    ];
    const filter = createResultFilter('端口占用', terms, [], hits, 10);
    // Page a surely contains 端口 and 占用, but b only the common 端口.
    expect(filter.select([], [{ id: 'a' }, { id: 'b' }]).map(({ id }) => id)).toEqual(['a']);
  });
});

describe('chinesePairWeights', () => {
  it('weighs each pair by its rarest overlapping term', () => {
    const hits: PositionedHit[][] = [
      Array.from({ length: 8 }, (_, index) => ({ id: `p${index}`, score: 1, words: [0] })),
      [{ id: 'p0', score: 1, words: [1] }],
    ];
    const weights = chinesePairWeights('连接池', ['连接', '池'], hits, 10);
    expect(weights.get('连接')).toBeCloseTo(Math.log(1 + 10 / 8));
    expect(weights.get('接池')).toBeCloseTo(Math.log(1 + 10 / 1));
  });

  it('skips pairs without matched characters', () => {
    expect(chinesePairWeights('端口', ['端口'], [[]], 10).size).toBe(0);
  });
});
