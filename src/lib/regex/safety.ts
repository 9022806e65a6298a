/**
 * ReDoS check of converted patterns. Exponential backtracking is an error, because
 * one crafted message could freeze the tester. Polynomial backtracking is accepted:
 * the tester matches line by line under a time budget, which bounds it. A checker
 * that cannot decide reports `unknown`, which callers must not treat as safe.
 */

import { createRequire } from 'node:module';

import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Diagnostics } from 'recheck';

import { DEFAULT_REDOS_CACHE_FILE, RedosCache, redosCacheKey } from './redos-cache';

/** Outcome of the ReDoS check for one pattern. */
export type RedosVerdict =
  /** No exponential backtracking. `complexity` is recheck's summary or the structural reason. */
  | { status: 'accepted'; complexity: string; method: 'structure' | 'recheck' }
  /** Exponential backtracking, with an input that triggers it. */
  | { status: 'exponential'; attack: string }
  /** The checker failed or timed out. */
  | { status: 'unknown'; reason: string };

/** A pattern as `convertPattern` returns it. */
export interface PatternToCheck {
  source: string;
  flags: string;
}

export interface RedosCheckerOptions {
  /** Cache file path, or null for no disk cache. Default: `node_modules/.cache/errdex/redos.json`. */
  cacheFile?: string | null;
  /** Time limit of one recheck run, in milliseconds. Default: 5000. */
  timeoutMs?: number;
  /** Number of recheck runs in flight at once. Default: 4. */
  concurrency?: number;
}

/** How each verdict of the last `checkAll` call was reached. */
export interface RedosCheckStats {
  structure: number;
  cache: number;
  recheck: number;
}

const RECHECK_VERSION: string = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

/** Longest attack string quoted in a verdict; longer ones are cut and marked. */
const MAX_ATTACK_LENGTH = 80;

/**
 * Returns true when every quantifier that can repeat its element more than once
 * (maximum of 2 or more, such as `*`, `+`, `{2,5}`) repeats a single character, a
 * character class, `.` or a class escape such as `\d`, and the pattern has no
 * back-reference. Optional parts (`?`, `{0,1}`) may contain anything.
 *
 * Such a pattern cannot backtrack exponentially. Exponential backtracking needs a
 * state of the backtracking automaton from which two different paths read the same
 * string and return to it (an "EDA" in the ReDoS literature), which needs two
 * cycles through one state. Cycles come only from repeating quantifiers. A
 * single-character repeat is a self-loop on one state, and with no repeated group
 * there is no other cycle, so no state has two. Polynomial backtracking
 * (`.*a.*b`) is still possible and is accepted anyway. Back-references are left to
 * recheck because they make the language non-regular.
 */
export function loopsOnlyOverSingleCharacters(pattern: PatternToCheck): boolean {
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.flags.includes('u'),
  });
  let result = true;
  visitRegExpAST(ast, {
    onBackreferenceEnter() {
      result = false;
    },
    onQuantifierEnter(node) {
      const element = node.element;
      const single =
        element.type === 'Character' ||
        element.type === 'CharacterSet' ||
        (element.type === 'CharacterClass' && !element.unicodeSets);
      if (node.max >= 2 && !single) {
        result = false;
      }
    },
  });
  return result;
}

/** Checks patterns for exponential backtracking, with a structural fast path and a disk cache. */
export class RedosChecker {
  readonly stats: RedosCheckStats = { structure: 0, cache: 0, recheck: 0 };
  private readonly cache: RedosCache | undefined;
  private readonly timeoutMs: number;
  private readonly concurrency: number;

  constructor(options: RedosCheckerOptions = {}) {
    const cacheFile = options.cacheFile === undefined ? DEFAULT_REDOS_CACHE_FILE : options.cacheFile;
    this.cache = cacheFile === null ? undefined : new RedosCache(cacheFile);
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.concurrency = options.concurrency ?? 4;
  }

  /**
   * Returns one verdict per pattern, in order. Loads the cache first and saves it
   * after. `onCacheProblem` receives the reason when an existing cache file was
   * ignored because it is unreadable.
   */
  async checkAll(patterns: readonly PatternToCheck[], onCacheProblem?: (reason: string) => void): Promise<RedosVerdict[]> {
    const cacheProblem = await this.cache?.load();
    if (cacheProblem !== undefined) {
      onCacheProblem?.(cacheProblem);
    }

    const verdicts: (RedosVerdict | undefined)[] = patterns.map((pattern) => this.quickVerdict(pattern));
    const pending = patterns.flatMap((pattern, index) => (verdicts[index] === undefined ? [{ pattern, index }] : []));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < pending.length) {
        const item = pending[next];
        next += 1;
        if (item !== undefined) {
          verdicts[item.index] = await this.runRecheck(item.pattern);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, pending.length) }, worker));

    await this.cache?.save();
    return verdicts.map((verdict) => verdict ?? { status: 'unknown', reason: 'not checked' });
  }

  /** Returns the verdict from the structural test or the cache, or undefined when recheck must run. */
  private quickVerdict(pattern: PatternToCheck): RedosVerdict | undefined {
    if (loopsOnlyOverSingleCharacters(pattern)) {
      this.stats.structure += 1;
      return { status: 'accepted', complexity: 'only single characters repeat', method: 'structure' };
    }
    const cached = this.cache?.get(redosCacheKey(pattern.source, pattern.flags, RECHECK_VERSION));
    if (cached !== undefined) {
      this.stats.cache += 1;
    }
    return cached;
  }

  private async runRecheck(pattern: PatternToCheck): Promise<RedosVerdict> {
    this.stats.recheck += 1;
    let diagnostics: Diagnostics;
    try {
      // Loaded on first use: importing recheck takes about 0.4 s, and a warm cache never needs it.
      const { check } = await import('recheck');
      diagnostics = await check(pattern.source, pattern.flags, { timeout: this.timeoutMs });
    } catch (error) {
      return { status: 'unknown', reason: `recheck failed: ${(error as Error).message}` };
    }
    const verdict = verdictFromDiagnostics(diagnostics);
    // A timeout depends on machine load, so it is tried again on the next run instead of cached.
    const timedOut = diagnostics.status === 'unknown' && diagnostics.error.kind === 'timeout';
    if (!timedOut) {
      this.cache?.set(redosCacheKey(pattern.source, pattern.flags, RECHECK_VERSION), verdict);
    }
    return verdict;
  }
}

function verdictFromDiagnostics(diagnostics: Diagnostics): RedosVerdict {
  switch (diagnostics.status) {
    case 'safe':
      return { status: 'accepted', complexity: diagnostics.complexity.summary, method: 'recheck' };
    case 'vulnerable':
      if (diagnostics.complexity.type === 'polynomial') {
        return { status: 'accepted', complexity: diagnostics.complexity.summary, method: 'recheck' };
      }
      return { status: 'exponential', attack: shortenAttack(diagnostics.attack.pattern) };
    case 'unknown': {
      const { error } = diagnostics;
      const reason = error.kind === 'timeout' || error.kind === 'cancel' ? error.kind : `${error.kind}: ${error.message}`;
      return { status: 'unknown', reason };
    }
  }
}

function shortenAttack(attack: string): string {
  return attack.length <= MAX_ATTACK_LENGTH ? attack : `${attack.slice(0, MAX_ATTACK_LENGTH)}…`;
}
