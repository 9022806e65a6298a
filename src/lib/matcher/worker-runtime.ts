/**
 * The worker side of the match protocol, independent of the worker API: the
 * browser's Web Worker and Node's worker_threads both wrap it.
 */

import { MatchEngine } from './engine';
import { excerpt } from './excerpt';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { LineIndex, normalizeLineEndings } from './text';

/** Returns the handler for requests; it calls `post` for each response, synchronously. */
export function createWorkerHandler(post: (response: WorkerResponse) => void): (request: WorkerRequest) => void {
  let engine: MatchEngine | undefined;

  return (request) => {
    if (request.type === 'init') {
      engine = new MatchEngine(request.data);
      return;
    }

    const { runId } = request;
    if (engine === undefined) {
      post({ type: 'error', runId, message: 'Worker received a run before its init message' });
      return;
    }
    try {
      const lines = new LineIndex(normalizeLineEndings(request.text));
      const candidates = engine.candidates(lines.text);
      post({ type: 'prefiltered', runId, candidates, lineCount: lines.lineCount });

      const skip = new Set(request.skip);
      for (const index of candidates) {
        if (skip.has(index)) {
          continue;
        }
        post({ type: 'start', runId, index });
        const spans = engine.runRecord(index, lines);
        const excerpts = spans.slice(0, request.excerptLimit).map((span) => excerpt(lines, span));
        post({ type: 'result', runId, index, spans, excerpts });
      }
      post({ type: 'done', runId });
    } catch (error) {
      post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
