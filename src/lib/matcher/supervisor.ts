/**
 * Runs matches in a worker under a time budget, for the tester page (Web
 * Worker) and the CLI (worker_threads).
 *
 * Patterns may be polynomial (`503.*connection pool exhausted`), so one regex
 * can run for a long time on a huge line, and a running regex cannot be
 * interrupted. The worker therefore posts a message before each regex. When
 * no message arrives within the budget, the supervisor terminates the worker,
 * reports that record as timed out (never as "no match"), starts a new worker
 * and continues with the candidates not yet run.
 */

import type { Excerpt } from './excerpt';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { MatchSpan, RecordMatches, TesterData } from './types';

/** A started worker, as the supervisor drives it. */
export interface WorkerHandle {
  post(request: WorkerRequest): void;
  terminate(): void;
}

/** Starts a worker whose responses go to `onMessage` and whose crashes go to `onError`. */
export type SpawnWorker = (onMessage: (response: WorkerResponse) => void, onError: (message: string) => void) => WorkerHandle;

/** Callbacks of one run. None fires after `onDone` or `onError`. */
export interface RunCallbacks {
  /** Once per run: which records are candidates, and how many lines the text has. */
  onPrefiltered(candidates: readonly number[], lineCount: number): void;
  /** Once per candidate that finished; `spans` is empty when it did not match. */
  onResult(index: number, spans: MatchSpan[], excerpts: Excerpt[]): void;
  /** Once per candidate whose regex exceeded the budget. */
  onTimeout(index: number): void;
  onDone(): void;
  onError(message: string): void;
}

export interface SupervisorOptions {
  /** Maximum time one regex may run without the worker posting, in milliseconds. */
  regexBudgetMs: number;
  /** Maximum time to start a worker, normalise the text and run the prefilter, in milliseconds. */
  prefilterBudgetMs: number;
  /** Excerpts the worker cuts per record; the rest are counted only. */
  excerptLimit: number;
}

/** Default budget per regex: long enough for a fast regex on a 5 MB log, short enough to wait for. */
export const DEFAULT_REGEX_BUDGET_MS = 1500;

/** Default budget for worker start and prefilter; both are linear in the text and the corpus. */
export const DEFAULT_PREFILTER_BUDGET_MS = 15_000;

interface ActiveRun {
  runId: number;
  text: string;
  callbacks: RunCallbacks;
  prefiltered: boolean;
  /** Candidates that finished or timed out; a restarted worker skips them. */
  settled: Set<number>;
  /** Candidate whose regex is running, if any. */
  current: number | undefined;
}

export class MatchSupervisor {
  private worker: WorkerHandle | undefined;
  private generation = 0;
  private nextRunId = 1;
  private run: ActiveRun | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly options: SupervisorOptions;

  constructor(
    private readonly spawn: SpawnWorker,
    private readonly data: TesterData,
    options: Partial<SupervisorOptions> = {},
  ) {
    this.options = {
      regexBudgetMs: options.regexBudgetMs ?? DEFAULT_REGEX_BUDGET_MS,
      prefilterBudgetMs: options.prefilterBudgetMs ?? DEFAULT_PREFILTER_BUDGET_MS,
      excerptLimit: options.excerptLimit ?? 0,
    };
  }

  /** Starts matching `text`. A run still in progress is cancelled and reports nothing more. */
  start(text: string, callbacks: RunCallbacks): void {
    this.cancel();
    this.run = { runId: this.nextRunId++, text, callbacks, prefiltered: false, settled: new Set(), current: undefined };
    this.postRun(this.run);
  }

  /**
   * Cancels the run in progress. Its worker may be stuck in a regex, so it is
   * terminated; the next run starts a new one.
   */
  cancel(): void {
    this.clearTimer();
    if (this.run !== undefined) {
      this.run = undefined;
      this.stopWorker();
    }
  }

  /** Cancels any run and stops the worker. */
  dispose(): void {
    this.cancel();
    this.stopWorker();
  }

  private postRun(run: ActiveRun): void {
    const worker = this.ensureWorker();
    worker.post({ type: 'run', runId: run.runId, text: run.text, skip: [...run.settled], excerptLimit: this.options.excerptLimit });
    this.arm(this.options.prefilterBudgetMs);
  }

  private ensureWorker(): WorkerHandle {
    if (this.worker === undefined) {
      const generation = ++this.generation;
      this.worker = this.spawn(
        (response) => {
          if (generation === this.generation) {
            this.receive(response);
          }
        },
        (message) => {
          if (generation === this.generation) {
            this.fail(`Matcher worker failed: ${message}`);
          }
        },
      );
      this.worker.post({ type: 'init', data: this.data });
    }
    return this.worker;
  }

  private stopWorker(): void {
    if (this.worker !== undefined) {
      this.generation++;
      this.worker.terminate();
      this.worker = undefined;
    }
  }

  private receive(response: WorkerResponse): void {
    const run = this.run;
    if (run === undefined || response.runId !== run.runId) {
      return;
    }
    switch (response.type) {
      case 'prefiltered':
        // A restarted worker filters again; the caller hears it once.
        if (!run.prefiltered) {
          run.prefiltered = true;
          run.callbacks.onPrefiltered(response.candidates, response.lineCount);
        }
        this.arm(this.options.regexBudgetMs);
        break;
      case 'start':
        run.current = response.index;
        this.arm(this.options.regexBudgetMs);
        break;
      case 'result':
        run.current = undefined;
        run.settled.add(response.index);
        this.arm(this.options.regexBudgetMs);
        run.callbacks.onResult(response.index, response.spans, response.excerpts);
        break;
      case 'done':
        this.clearTimer();
        this.run = undefined;
        run.callbacks.onDone();
        break;
      case 'error':
        this.fail(response.message);
        break;
    }
  }

  /** No message within the budget: the running regex timed out, or the worker is stuck before any regex. */
  private onBudgetExceeded(): void {
    const run = this.run;
    if (run === undefined) {
      return;
    }
    this.stopWorker();
    const index = run.current;
    if (index === undefined) {
      this.fail(`Matcher worker did not respond within ${this.options.prefilterBudgetMs} ms`);
      return;
    }
    run.current = undefined;
    run.settled.add(index);
    run.callbacks.onTimeout(index);
    if (this.run === run) {
      this.postRun(run);
    }
  }

  private fail(message: string): void {
    const run = this.run;
    this.clearTimer();
    this.run = undefined;
    this.stopWorker();
    run?.callbacks.onError(message);
  }

  private arm(milliseconds: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => this.onBudgetExceeded(), milliseconds);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }
}

/** Everything one supervised run found. */
export interface SupervisedResult {
  matches: RecordMatches[];
  /** Record indexes whose regex exceeded the budget: their result is unknown. */
  timedOut: number[];
  lineCount: number;
}

/** Runs `text` to the end and collects the results; rejects when the worker fails. */
export function collectMatches(supervisor: MatchSupervisor, text: string): Promise<SupervisedResult> {
  return new Promise((resolve, reject) => {
    const result: SupervisedResult = { matches: [], timedOut: [], lineCount: 0 };
    supervisor.start(text, {
      onPrefiltered: (_candidates, lineCount) => {
        result.lineCount = lineCount;
      },
      onResult: (index, spans) => {
        if (spans.length > 0) {
          result.matches.push({ index, spans });
        }
      },
      onTimeout: (index) => result.timedOut.push(index),
      onDone: () => resolve(result),
      onError: (message) => reject(new Error(message)),
    });
  });
}
