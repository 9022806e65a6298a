/**
 * Messages between a match supervisor (page or CLI main thread) and its
 * worker. The worker posts `start` before each regex, so the supervisor can
 * tell a slow regex from a slow machine and stop only the worker that hangs.
 */

import type { Excerpt } from './excerpt';
import type { MatchSpan, TesterData } from './types';

export type WorkerRequest =
  /** Builds the engine; sent once to every new worker, before any run. */
  | { type: 'init'; data: TesterData }
  /**
   * Matches `text` (raw, not yet normalised). Record indexes in `skip` are
   * not run again: they finished or timed out in an earlier worker.
   */
  | { type: 'run'; runId: number; text: string; skip: number[]; excerptLimit: number };

export type WorkerResponse =
  /** The prefilter's candidates, ascending, and the number of lines of the text. */
  | { type: 'prefiltered'; runId: number; candidates: number[]; lineCount: number }
  /** The regex of record `index` starts now. */
  | { type: 'start'; runId: number; index: number }
  /** Every match of record `index` (possibly none), with excerpts of the first `excerptLimit`. */
  | { type: 'result'; runId: number; index: number; spans: MatchSpan[]; excerpts: Excerpt[] }
  /** Every candidate has been run or skipped. */
  | { type: 'done'; runId: number }
  /** The run failed, for the reason in `message`. */
  | { type: 'error'; runId: number; message: string };
