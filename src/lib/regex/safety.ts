/**
 * ReDoS check of converted patterns. Exponential backtracking is an error, because
 * one crafted message could freeze the tester. Polynomial backtracking is accepted,
 * because the tester runs each regex in a worker under a time budget
 * (src/lib/matcher/supervisor.ts). A checker that cannot decide reports `unknown`,
 * which callers must not treat as safe.
 */

import { createRequire } from 'node:module';

import { type AST, RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Diagnostics } from 'recheck';

import { DEFAULT_REDOS_CACHE_FILE, RedosCache, redosCacheKey } from './redos-cache';

/** Outcome of the ReDoS check for one pattern. */
export type RedosVerdict =
  /** No exponential backtracking. `complexity` is recheck's summary or the structural reason. */
  | { status: 'accepted'; complexity: string; method: 'structure' | 'recheck' }
  /** Exponential backtracking in `part` (a repetition, or the whole pattern), with an input that triggers it. */
  | { status: 'exponential'; attack: string; part: string }
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
  /** Number of recheck runs in flight at once. Default: 2. */
  concurrency?: number;
}

/** Counters of the last `checkAll` call: patterns settled by structure, and recheck verdicts from cache or from a run. */
export interface RedosCheckStats {
  /** Patterns accepted by the structural test alone. */
  structure: number;
  /** recheck verdicts taken from the cache. */
  cache: number;
  /** recheck runs. */
  recheck: number;
}

/** Parts of one pattern that recheck must check. */
type SafetyPlan =
  /** Nothing: the structure rules out exponential backtracking. */
  | { kind: 'structure' }
  /** Each listed repetition on its own, see {@link planSafetyCheck}. */
  | { kind: 'parts'; parts: string[] };

const RECHECK_VERSION: string = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

/** Maximum length of an attack string quoted in a verdict. Longer ones are cut and marked. */
const MAX_ATTACK_LENGTH = 80;

/** A class that matches nothing. Appended to a repetition, it makes every match attempt fail. */
const ALWAYS_FAIL = '[^\\s\\S]';

/**
 * Decides what recheck must look at.
 *
 * Exponential backtracking needs a state of the backtracking automaton from which
 * two different paths read the same string and return to it (an "EDA" in the ReDoS
 * literature), so two cycles through one state. Cycles come only from quantifiers
 * that can repeat (maximum of 2 or more), and every cycle lies inside the
 * outermost such quantifier around it. Hence:
 *
 * - When every repeating quantifier repeats a single character, a class, `.` or a
 *   class escape, each cycle is a self-loop on one state and no state has two
 *   cycles. No recheck run is needed. Polynomial backtracking (`.*a.*b`) is still
 *   possible and is accepted anyway.
 * - Otherwise each outermost repetition of a group is checked on its own, followed
 *   by a class that never matches. The forced failure makes the backtracking
 *   matcher try every way of matching the repetition, so the part is at least as
 *   bad as it can be inside the whole pattern. Small parts also keep recheck fast:
 *   on whole patterns with long literals and `iu` classes it often times out.
 * - A pattern with a back-reference is checked whole, because a part cut out of it
 *   could refer to a group outside the part.
 */
export function planSafetyCheck(pattern: PatternToCheck): SafetyPlan {
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.flags.includes('u'),
  });
  let hasBackreference = false;
  visitRegExpAST(ast, {
    onBackreferenceEnter() {
      hasBackreference = true;
    },
  });
  if (hasBackreference) {
    return { kind: 'parts', parts: [pattern.source] };
  }
  const loops = outermostGroupRepetitions(ast.alternatives);
  if (loops.length === 0) {
    return { kind: 'structure' };
  }
  return { kind: 'parts', parts: [...new Set(loops.map((loop) => `(?:${loop.raw})${ALWAYS_FAIL}`))] };
}

/** Collects quantifiers that can repeat something longer than one character, without descending into them. */
function outermostGroupRepetitions(alternatives: readonly AST.Alternative[]): AST.Quantifier[] {
  const found: AST.Quantifier[] = [];
  const visitElement = (element: AST.Element): void => {
    switch (element.type) {
      case 'Quantifier':
        if (element.max >= 2 && !isSingleCharacter(element.element)) {
          found.push(element);
        } else {
          visitElement(element.element);
        }
        return;
      case 'Group':
      case 'CapturingGroup':
        element.alternatives.forEach((alternative) => alternative.elements.forEach(visitElement));
        return;
      case 'Assertion':
        if (element.kind === 'lookahead' || element.kind === 'lookbehind') {
          element.alternatives.forEach((alternative) => alternative.elements.forEach(visitElement));
        }
        return;
      default:
        return;
    }
  };
  alternatives.forEach((alternative) => alternative.elements.forEach(visitElement));
  return found;
}

function isSingleCharacter(element: AST.QuantifiableElement): boolean {
  return (
    element.type === 'Character' ||
    element.type === 'CharacterSet' ||
    (element.type === 'CharacterClass' && !element.unicodeSets)
  );
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
    this.concurrency = options.concurrency ?? 2;
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

    const plans = patterns.map((pattern) => planSafetyCheck(pattern));
    const partVerdicts = new Map<string, RedosVerdict>();
    const pending: PatternToCheck[] = [];
    plans.forEach((plan, index) => {
      if (plan.kind === 'structure') {
        this.stats.structure += 1;
        return;
      }
      const flags = patterns[index]?.flags ?? '';
      for (const part of plan.parts) {
        const key = partKey(part, flags);
        if (partVerdicts.has(key)) {
          continue;
        }
        const cached = this.cache?.get(redosCacheKey(part, flags, RECHECK_VERSION));
        if (cached === undefined) {
          partVerdicts.set(key, { status: 'unknown', reason: 'not checked' });
          pending.push({ source: part, flags });
        } else {
          this.stats.cache += 1;
          partVerdicts.set(key, cached);
        }
      }
    });

    await this.runPending(pending, partVerdicts);
    await this.cache?.save();
    return plans.map((plan, index) => combineVerdicts(plan, patterns[index]?.flags ?? '', partVerdicts));
  }

  /** Runs recheck on every pending part and stores the verdicts. */
  private async runPending(pending: readonly PatternToCheck[], verdicts: Map<string, RedosVerdict>): Promise<void> {
    const [first, ...rest] = pending;
    if (first === undefined) {
      return;
    }
    // The first run starts recheck's agent process; concurrent first runs would each start one.
    verdicts.set(partKey(first.source, first.flags), await this.runRecheck(first));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < rest.length) {
        const part = rest[next];
        next += 1;
        if (part !== undefined) {
          verdicts.set(partKey(part.source, part.flags), await this.runRecheck(part));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, rest.length) }, worker));
  }

  private async runRecheck(part: PatternToCheck): Promise<RedosVerdict> {
    this.stats.recheck += 1;
    let diagnostics: Diagnostics;
    try {
      // Loaded on first use: importing recheck took 0.4 s on a 2-core machine, and a warm cache never needs it.
      const { check } = await import('recheck');
      diagnostics = await check(part.source, part.flags, { timeout: this.timeoutMs });
    } catch (error) {
      return { status: 'unknown', reason: `recheck failed: ${(error as Error).message}` };
    }
    const verdict = verdictFromDiagnostics(diagnostics, displayPart(part.source));
    // A timeout depends on machine load, so it is tried again on the next run instead of cached.
    const timedOut = diagnostics.status === 'unknown' && diagnostics.error.kind === 'timeout';
    if (!timedOut) {
      this.cache?.set(redosCacheKey(part.source, part.flags, RECHECK_VERSION), verdict);
    }
    return verdict;
  }
}

function partKey(part: string, flags: string): string {
  return `${flags}/${part}`;
}

/** Shows a checked part as the author wrote it, without the wrapper added by {@link planSafetyCheck}. */
function displayPart(part: string): string {
  return part.startsWith('(?:') && part.endsWith(`)${ALWAYS_FAIL}`) ? part.slice(3, -1 - ALWAYS_FAIL.length) : part;
}

/** Combines the verdicts of a pattern's parts: any exponential part wins, then any unknown part. */
function combineVerdicts(plan: SafetyPlan, flags: string, partVerdicts: ReadonlyMap<string, RedosVerdict>): RedosVerdict {
  if (plan.kind === 'structure') {
    return { status: 'accepted', complexity: 'only single characters repeat', method: 'structure' };
  }
  const verdicts = plan.parts.map(
    (part): RedosVerdict => partVerdicts.get(partKey(part, flags)) ?? { status: 'unknown', reason: 'not checked' },
  );
  const exponential = verdicts.find((verdict) => verdict.status === 'exponential');
  const unknown = verdicts.find((verdict) => verdict.status === 'unknown');
  if (exponential !== undefined || unknown !== undefined) {
    return exponential ?? unknown ?? { status: 'unknown', reason: 'not checked' };
  }
  const complexities = verdicts.map((verdict) => (verdict.status === 'accepted' ? verdict.complexity : ''));
  return { status: 'accepted', complexity: [...new Set(complexities)].join('; '), method: 'recheck' };
}

function verdictFromDiagnostics(diagnostics: Diagnostics, part: string): RedosVerdict {
  switch (diagnostics.status) {
    case 'safe':
      return { status: 'accepted', complexity: diagnostics.complexity.summary, method: 'recheck' };
    case 'vulnerable':
      if (diagnostics.complexity.type === 'polynomial') {
        return { status: 'accepted', complexity: diagnostics.complexity.summary, method: 'recheck' };
      }
      return { status: 'exponential', attack: shortenAttack(diagnostics.attack.pattern), part };
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
