/**
 * Seeded randomness for the synthetic corpus, so that one seed always yields the
 * same files.
 */

/** A pseudo-random number generator returning floats in [0, 1). */
export type Random = () => number;

/** Creates a mulberry32 generator: small, fast and good enough for test data (not for cryptography). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns an integer in [0, limit). */
export function randomInt(random: Random, limit: number): number {
  return Math.floor(random() * limit);
}

/** Returns a shuffled copy of `items` (Fisher-Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = randomInt(random, index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** Number of distinct tokens {@link createTokenSource} can produce. */
export const TOKEN_SPACE = (CONSONANTS.length * VOWELS.length) ** 2 * 100;

/**
 * Creates a source of distinct record tokens such as `kavo41`: two
 * consonant-vowel syllables, then two digits. All tokens have the same length
 * and keep letters and digits in the same places, so one token can never occur
 * inside the text formed by another token and its neighbours. The overlap-free
 * corpus relies on that.
 */
export function createTokenSource(random: Random): () => string {
  const used = new Set<string>();
  const syllable = (): string =>
    `${CONSONANTS[randomInt(random, CONSONANTS.length)]}${VOWELS[randomInt(random, VOWELS.length)]}`;

  return () => {
    if (used.size >= TOKEN_SPACE) {
      throw new Error(`All ${TOKEN_SPACE} record tokens are used; generate fewer records`);
    }
    for (;;) {
      const token = `${syllable()}${syllable()}${String(randomInt(random, 100)).padStart(2, '0')}`;
      if (!used.has(token)) {
        used.add(token);
        return token;
      }
    }
  };
}
