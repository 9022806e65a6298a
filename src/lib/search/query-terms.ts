import { INCLUDE_CHARACTERS } from './index-config';

/**
 * Splitting a query into the terms that are searched one by one. Pagefind
 * 1.6 requires every term of a query to match, so one wrong detail in a
 * pasted message (another port, user or host) returns nothing. The site
 * therefore searches each term on its own and ranks pages by the terms they
 * match (rank.ts).
 */

/** Most terms searched per query; a pasted message's first words identify it. */
export const MAX_TERMS = 12;

const HAN = /\p{Script=Han}/u;
const KEPT_PUNCTUATION = INCLUDE_CHARACTERS.replace(/[\\\]^-]/g, '\\$&');
/** Characters that end a term: anything but letters, digits, marks and the characters Pagefind keeps in words. */
const TERM_SEPARATOR = new RegExp(`[^\\p{L}\\p{N}\\p{M}${KEPT_PUNCTUATION}]+`, 'u');
/** Kept characters at the edge of a term are sentence punctuation (`exhausted.`, `ERROR:`), not part of a word. */
const EDGE_PUNCTUATION = new RegExp(`^[${KEPT_PUNCTUATION}]+|[${KEPT_PUNCTUATION}]+$`, 'gu');

/**
 * Splits Chinese text into words with the browser's ICU word segmenter, the
 * same segmenter Pagefind applies to queries on Chinese pages. Without
 * Intl.Segmenter the text stays one term.
 */
function segmentChinese(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [text];

  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return Array.from(segmenter.segment(text))
    .filter((segment) => segment.isWordLike === true)
    .map((segment) => segment.segment);
}

/**
 * Returns the words of a query in query order, repeats included. Punctuation
 * that Pagefind drops splits words (`'web'@'172.18.0.5'` gives `web`, `172`
 * and `18`), and single Latin letters and digits are left out. On Chinese
 * pages Chinese text is split into words.
 */
export function queryWords(query: string, lang: 'en' | 'zh'): string[] {
  const words: string[] = [];

  for (const piece of query.split(TERM_SEPARATOR)) {
    const token = piece.replace(EDGE_PUNCTUATION, '');
    // A lone letter or digit is a prefix of nearly every word, but a lone Chinese character is a word.
    if (token === '' || (token.length === 1 && !HAN.test(token))) continue;

    words.push(...(lang === 'zh' && HAN.test(token) ? segmentChinese(token) : [token]));
  }

  return words;
}

/** Returns the distinct words of a query (queryWords), ignoring case, in query order, at most MAX_TERMS. */
export function splitQueryTerms(query: string, lang: 'en' | 'zh'): string[] {
  const terms: string[] = [];
  const seen = new Set<string>();

  for (const word of queryWords(query, lang)) {
    const key = word.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(word);
    if (terms.length === MAX_TERMS) break;
  }

  return terms;
}

/**
 * Returns the pairs of terms that follow each other in the query, as indexes
 * into `terms`, each pair once, in query order. `words` is the query's
 * queryWords and `terms` its splitQueryTerms. A word beyond MAX_TERMS breaks
 * the chain, because it is not searched.
 */
export function adjacentTermPairs(words: readonly string[], terms: readonly string[]): [number, number][] {
  const indexOf = new Map(terms.map((term, index) => [term.toLocaleLowerCase(), index]));
  const pairs: [number, number][] = [];
  const seen = new Set<string>();

  for (let position = 0; position + 1 < words.length; position += 1) {
    const first = indexOf.get(words[position]?.toLocaleLowerCase() ?? '');
    const second = indexOf.get(words[position + 1]?.toLocaleLowerCase() ?? '');
    if (first === undefined || second === undefined || first === second) continue;

    const key = `${first} ${second}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push([first, second]);
  }

  return pairs;
}

/**
 * Returns the distinct character bigrams of the query's Chinese runs, and a
 * lone Chinese character as itself. Bigrams match Chinese text however it is
 * segmented into words, which is why the verbatim checks use them.
 */
export function chineseBigrams(query: string): string[] {
  const grams = new Set<string>();
  for (const run of query.match(/\p{Script=Han}+/gu) ?? []) {
    const characters = Array.from(run);
    if (characters.length === 1) grams.add(run);
    for (let index = 0; index + 1 < characters.length; index += 1) {
      grams.add(`${characters[index] ?? ''}${characters[index + 1] ?? ''}`);
    }
  }
  return [...grams];
}

/** Lower-cases and collapses whitespace, for verbatim comparisons of a query with page text. */
export function foldForMatch(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/**
 * Tells whether a query that found nothing may find something in the other
 * language's index. Chinese text is only in the Chinese index. English prose
 * is only in the English one, because the Chinese index keeps English
 * messages, codes and tags but not English descriptions.
 */
export function suggestsOtherLanguage(query: string, lang: 'en' | 'zh'): boolean {
  const hasChinese = HAN.test(query);
  return lang === 'en' ? hasChinese : !hasChinese && /\p{L}/u.test(query);
}
