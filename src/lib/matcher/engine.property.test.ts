/**
 * Equivalence property: the engine (prefilter, then the candidates' regexes)
 * finds exactly the matches that running every regex over the whole text
 * finds. Checked on the real corpus with logs built from its signatures,
 * examples and noise, and on random patterns with text sampled from them.
 * The generator is seeded, so a failure names a seed that reproduces it.
 */

import { describe, expect, it } from 'vitest';

import { loadRecordFiles } from '../records/load-records';
import { contentDir } from '../records/content-dir';
import type { ErrorRecord } from '../../schema/record';
import { MatchEngine, matchNaive, matchText } from './engine';
import { buildTesterData } from './tester-data';
import type { TesterData } from './types';

/** Runs per property; each builds a fresh log. */
const RUNS = 150;

/** Mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  integer(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.integer(items.length)];
    if (item === undefined) {
      throw new Error('pick() needs a non-empty list');
    }
    return item;
  }
}

const NOISE_WORDS = [
  'INFO', 'WARN', 'ERROR', 'DEBUG', 'request', 'handled', 'in', '23ms', 'user=42', 'GET', '/api/v1/items',
  'connection', 'pool', 'timeout', 'retrying', 'failed', 'ok', 'at', 'java.lang.Thread.run(Thread.java:829)',
  '{"level":"info"}', '2024-06-01T12:00:00Z', 'Traceback', 'File', 'line', 'KeyError:', '503', '500', 'exhausted',
  '连接', '超时', 'é', 'e\u0301', '\u{1F600}', 'ſ', '\u212A', 'İ', 'ß', '\t', '  ',
];

const SEPARATORS = ['\n', '\n', '\n', '\r\n', '\r', ' ', '', '\n\n'];

/** Changes the case and spelling of `text` in ways the `iu` flags still match, or breaks it a little. */
function mutate(text: string, random: Random): string {
  let result = '';
  for (const character of text) {
    const roll = random.integer(100);
    if (roll < 10) {
      result += character.toUpperCase();
    } else if (roll < 12 && character.toLowerCase() === 's') {
      result += 'ſ';
    } else if (roll < 14 && character.toLowerCase() === 'k') {
      result += '\u212A';
    } else if (roll < 15) {
      result += `${character}\u0301`;
    } else if (roll === 15) {
      result += '';
    } else {
      result += character;
    }
  }
  return result;
}

function noiseLine(random: Random): string {
  const words = Array.from({ length: 1 + random.integer(12) }, () => random.pick(NOISE_WORDS));
  return words.join(random.pick([' ', ' ', '', '\t']));
}

/** Expects the engine and the naive loop to agree on `text`, naming the seed on failure. */
function expectEquivalent(engine: MatchEngine, data: TesterData, text: string, seed: number): number {
  const expected = matchNaive(data.records, text).matches;
  const actual = matchText(engine, text).matches;
  expect(actual, `seed ${seed}, text ${JSON.stringify(text.slice(0, 300))}`).toEqual(expected);
  return expected.length;
}

async function loadCorpus(): Promise<ErrorRecord[]> {
  const { files } = await loadRecordFiles(contentDir());
  return files.flatMap((file) => (file.record === undefined ? [] : [file.record]));
}

describe('engine equivalence on the corpus', () => {
  it('matches like running every regex, on corpus logs', async () => {
    const records = await loadCorpus();
    expect(records.length).toBeGreaterThan(0);
    const data = buildTesterData(records);
    const engine = new MatchEngine(data);
    const pieces = records.flatMap((record) => [record.signature, ...(record.examples ?? [])]);

    let matchedRecords = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const random = new Random(seed);
      const parts: string[] = [];
      const count = 1 + random.integer(20);
      for (let part = 0; part < count; part++) {
        if (random.chance(0.5)) {
          let piece = random.pick(pieces);
          if (random.chance(0.5)) {
            piece = mutate(piece, random);
          }
          if (random.chance(0.2)) {
            // Cut the piece short, which often removes a required literal.
            piece = piece.slice(0, random.integer(piece.length + 1));
          }
          parts.push(piece);
        } else {
          parts.push(noiseLine(random));
        }
        parts.push(random.pick(SEPARATORS));
      }
      matchedRecords += expectEquivalent(engine, data, parts.join(''), seed);
    }
    // A generator that never produces a match would make the property vacuous.
    expect(matchedRecords).toBeGreaterThan(RUNS);
  });

  it('matches like running every regex, on each signature and example', async () => {
    const records = await loadCorpus();
    const data = buildTesterData(records);
    const engine = new MatchEngine(data);
    for (const record of records) {
      for (const text of [record.signature, ...(record.examples ?? [])]) {
        expectEquivalent(engine, data, text, 0);
        expectEquivalent(engine, data, text.toUpperCase(), 0);
      }
    }
  });
});

/** A random pattern with a way to sample text it matches. */
interface PatternNode {
  source: string;
  sample(random: Random): string;
}

const ATOMS = ['error', 'timeout', 'conn', 'pool', 'fail', 'ed', 'x', 's', 'k', 'key', 'ask', ':', ' ', '-', '.'];

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Builds a random pattern of bounded depth from literals, classes, dots, groups, alternations and quantifiers. */
function randomPattern(random: Random, depth: number): PatternNode {
  const roll = random.integer(depth <= 0 ? 4 : 9);
  switch (roll) {
    case 0:
    case 1: {
      const text = random.pick(ATOMS);
      return { source: escapeLiteral(text), sample: () => text };
    }
    case 2: {
      return { source: '[a-c]', sample: (r) => r.pick(['a', 'b', 'c', 'A', 'B', 'C']) };
    }
    case 3: {
      return { source: random.pick(['.', '\\d', '\\s', '\\w']), sample: (r) => r.pick(['1', 'a', ' ', '7']) };
    }
    case 4:
    case 5: {
      const parts = Array.from({ length: 2 + random.integer(3) }, () => randomPattern(random, depth - 1));
      return { source: parts.map((part) => part.source).join(''), sample: (r) => parts.map((part) => part.sample(r)).join('') };
    }
    case 6: {
      const branches = Array.from({ length: 2 + random.integer(2) }, () => randomPattern(random, depth - 1));
      return {
        source: `(?:${branches.map((branch) => branch.source).join('|')})`,
        sample: (r) => r.pick(branches).sample(r),
      };
    }
    default: {
      const inner = randomPattern(random, depth - 1);
      const [quantifier, min, max] = random.pick([
        ['?', 0, 1],
        ['*', 0, 2],
        ['+', 1, 3],
        ['{2}', 2, 2],
        ['{1,3}', 1, 3],
        ['{2,}', 2, 4],
      ] as const);
      return {
        source: `(?:${inner.source})${quantifier}`,
        sample: (r) => Array.from({ length: min + r.integer(max - min + 1) }, () => inner.sample(r)).join(''),
      };
    }
  }
}

describe('engine equivalence on random patterns', () => {
  it('matches like running every regex, on sampled text', () => {
    let matchedRecords = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const random = new Random(seed * 7919);
      const nodes = Array.from({ length: 12 }, () => randomPattern(random, 3));
      const topLevel = random.chance(0.3) ? [{ source: `${nodes[0]?.source}|${nodes[1]?.source}`, sample: nodes[0]?.sample ?? (() => '') }] : [];
      const patterns = [...nodes, ...topLevel];
      const data = buildTesterData(
        patterns.map((node, index) => ({
          id: `random/p${index}`,
          domain: 'random',
          signature: node.source,
          signature_zh: null,
          confidence: 0.5,
          regex: node.source,
        })),
      );
      const engine = new MatchEngine(data);

      const parts: string[] = [];
      for (let part = 0; part < 8; part++) {
        parts.push(random.chance(0.6) ? mutate(random.pick(patterns).sample(random), random) : noiseLine(random));
        parts.push(random.pick(SEPARATORS));
      }
      matchedRecords += expectEquivalent(engine, data, parts.join(''), seed);
    }
    expect(matchedRecords).toBeGreaterThan(RUNS);
  });
});
