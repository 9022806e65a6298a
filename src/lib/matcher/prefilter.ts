/**
 * The literal prefilter: one Aho–Corasick pass over the folded text finds
 * which records can match at all, so only their regexes run.
 */

import AhoCorasick from 'modern-ahocorasick';

import { foldForPrefilter } from '../regex/literals';
import type { TesterRecord } from './types';

/** A record's prefilter group, as indexes into the automaton's literal list. */
type LiteralGroup = readonly number[];

export class Prefilter {
  private readonly automaton: AhoCorasick;
  /** Per record, its groups; an empty list means the record always runs. */
  private readonly groups: LiteralGroup[][];

  constructor(records: readonly TesterRecord[]) {
    const literalIndex = new Map<string, number>();
    this.groups = records.map((record) =>
      record.literals.map((group) =>
        group.map((literal) => {
          let index = literalIndex.get(literal);
          if (index === undefined) {
            index = literalIndex.size;
            literalIndex.set(literal, index);
          }
          return index;
        }),
      ),
    );
    this.automaton = new AhoCorasick([...literalIndex.keys()]);
  }

  /**
   * Returns the indexes, in ascending order, of the records whose regex can
   * match `normalizedText`: those without literals, and those with a group
   * whose literals all occur.
   */
  candidates(normalizedText: string): number[] {
    const counts = this.automaton.countByPattern(foldForPrefilter(normalizedText));
    const found = (literal: number): boolean => (counts[literal] ?? 0) > 0;

    const result: number[] = [];
    this.groups.forEach((groups, index) => {
      if (groups.length === 0 || groups.some((group) => group.every(found))) {
        result.push(index);
      }
    });
    return result;
  }
}
