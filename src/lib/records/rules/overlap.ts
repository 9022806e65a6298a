/**
 * Overlap rule: a record's regex that also matches another record's signature
 * makes the matcher offer two results, which is a warning unless either record
 * lists the other in transition_graph.frequently_confused_with.
 */

import { extractLiterals, foldForPrefilter } from '../../regex/literals';
import type { Problem } from '../problem';
import type { CompiledRecord } from './regex';
import { problemAt } from './problem-at';

/** Length of the substrings indexed to find candidate signatures. */
const GRAM_LENGTH = 3;

/**
 * Index from three-character substrings to the signatures that contain them, so
 * that a regex runs only on signatures that contain its required literals (as the
 * matcher's prefilter extracts them). This keeps the check far below n² regex runs
 * on realistic corpora. A regex without usable literals still runs on every signature.
 */
class SignatureIndex {
  private readonly grams = new Map<string, number[]>();
  private readonly all: readonly number[];
  readonly normalized: string[];

  constructor(signatures: readonly string[]) {
    this.normalized = signatures.map(foldForPrefilter);
    this.all = [...this.normalized.keys()];
    this.normalized.forEach((text, index) => {
      const seen = new Set<string>();
      for (let start = 0; start + GRAM_LENGTH <= text.length; start++) {
        const gram = text.slice(start, start + GRAM_LENGTH);
        if (!seen.has(gram)) {
          seen.add(gram);
          let list = this.grams.get(gram);
          if (list === undefined) {
            list = [];
            this.grams.set(gram, list);
          }
          list.push(index);
        }
      }
    });
  }

  /** Returns the indexes of signatures that contain every literal of `group`, a prefilter group. */
  containingAll(group: readonly string[]): number[] {
    let rarest: readonly number[] = this.all;
    for (const literal of group) {
      const candidates = this.candidatesFor(literal);
      if (candidates.length < rarest.length) {
        rarest = candidates;
      }
    }
    return rarest.filter((index) => group.every((literal) => this.normalized[index]?.includes(literal) === true));
  }

  /** Returns signatures that may contain `literal`: those with its rarest indexed substring, or all. */
  private candidatesFor(literal: string): readonly number[] {
    if (literal.length < GRAM_LENGTH) {
      return this.all;
    }
    let rarest: number[] | undefined;
    for (let start = 0; start + GRAM_LENGTH <= literal.length; start++) {
      const list = this.grams.get(literal.slice(start, start + GRAM_LENGTH)) ?? [];
      if (rarest === undefined || list.length < rarest.length) {
        rarest = list;
      }
    }
    return rarest ?? [];
  }
}

/** Returns one warning per (regex, other record's signature) pair that matches. */
export function checkOverlap(items: readonly CompiledRecord[]): Problem[] {
  const index = new SignatureIndex(items.map((item) => item.record.signature));
  const problems: Problem[] = [];

  items.forEach((item, itemIndex) => {
    // A match needs every literal of at least one group, and no group means any signature may match.
    const { anyOf } = extractLiterals(item);
    const candidates = anyOf.length === 0 ? [...index.normalized.keys()] : [...new Set(anyOf.flatMap((group) => index.containingAll(group)))];
    candidates.sort((a, b) => a - b);

    for (const candidateIndex of candidates) {
      const other = items[candidateIndex];
      if (other === undefined || candidateIndex === itemIndex || other.record.id === item.record.id) {
        continue;
      }
      if (listsAsConfused(item, other) || !item.regex.test(other.record.signature)) {
        continue;
      }
      problems.push(
        problemAt(
          item.file,
          ['regex'],
          'warning',
          'overlap',
          `regex of ${item.record.id} also matches the signature of ${other.record.id} ` +
            `(${JSON.stringify(other.record.signature)}); make the regex more specific, ` +
            'or list each other in transition_graph.frequently_confused_with if the messages are really alike',
        ),
      );
    }
  });
  return problems;
}

function listsAsConfused(a: CompiledRecord, b: CompiledRecord): boolean {
  return (
    a.record.transition_graph.frequently_confused_with.includes(b.record.id) ||
    b.record.transition_graph.frequently_confused_with.includes(a.record.id)
  );
}
