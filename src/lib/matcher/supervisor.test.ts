import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { WorkerRequest, WorkerResponse } from './protocol';
import { MatchSupervisor, type RunCallbacks, type SpawnWorker } from './supervisor';
import type { TesterData } from './types';

const DATA: TesterData = { version: 1, records: [] };

/**
 * Creates a scripted worker with candidates 0, 1 and 2, in which record 1
 * matches once. A record in `hanging` starts and then never responds, like a
 * regex stuck in backtracking.
 */
function scriptedSpawn(hanging: Set<number>, log: string[]): SpawnWorker {
  let workers = 0;
  return (onMessage) => {
    const name = `worker${++workers}`;
    let terminated = false;
    const send = (response: WorkerResponse): void => {
      queueMicrotask(() => {
        if (!terminated) onMessage(response);
      });
    };
    return {
      post: (request: WorkerRequest) => {
        log.push(`${name} ${request.type}${request.type === 'run' ? ` skip=${request.skip.join(',')}` : ''}`);
        if (request.type !== 'run') return;
        const { runId } = request;
        send({ type: 'prefiltered', runId, candidates: [0, 1, 2], lineCount: 3 });
        for (const index of [0, 1, 2]) {
          if (request.skip.includes(index)) continue;
          send({ type: 'start', runId, index });
          if (hanging.has(index)) return;
          const spans = index === 1 ? [{ start: 0, end: 1, line: 1, endLine: 1 }] : [];
          send({ type: 'result', runId, index, spans, excerpts: [] });
        }
        send({ type: 'done', runId });
      },
      terminate: () => {
        terminated = true;
        log.push(`${name} terminated`);
      },
    };
  };
}

function recordingCallbacks(events: string[]): RunCallbacks {
  return {
    onPrefiltered: (candidates, lineCount) => events.push(`prefiltered ${candidates.join(',')} lines=${lineCount}`),
    onResult: (index, spans) => events.push(`result ${index} spans=${spans.length}`),
    onTimeout: (index) => events.push(`timeout ${index}`),
    onDone: () => events.push('done'),
    onError: (message) => events.push(`error ${message}`),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('MatchSupervisor', () => {
  it('reports every candidate and finishes', async () => {
    const log: string[] = [];
    const events: string[] = [];
    const supervisor = new MatchSupervisor(scriptedSpawn(new Set(), log), DATA);
    supervisor.start('text', recordingCallbacks(events));
    await vi.runAllTimersAsync();

    expect(events).toEqual(['prefiltered 0,1,2 lines=3', 'result 0 spans=0', 'result 1 spans=1', 'result 2 spans=0', 'done']);
    expect(log).toEqual(['worker1 init', 'worker1 run skip=']);
  });

  it('times out a hanging regex and continues in a new worker', async () => {
    const log: string[] = [];
    const events: string[] = [];
    const supervisor = new MatchSupervisor(scriptedSpawn(new Set([1]), log), DATA, { regexBudgetMs: 1500 });
    supervisor.start('text', recordingCallbacks(events));

    await vi.advanceTimersByTimeAsync(1499);
    expect(events).toEqual(['prefiltered 0,1,2 lines=3', 'result 0 spans=0']);

    await vi.advanceTimersByTimeAsync(1);
    await vi.runAllTimersAsync();
    expect(events).toEqual(['prefiltered 0,1,2 lines=3', 'result 0 spans=0', 'timeout 1', 'result 2 spans=0', 'done']);
    expect(log).toEqual(['worker1 init', 'worker1 run skip=', 'worker1 terminated', 'worker2 init', 'worker2 run skip=0,1']);
  });

  it('drops a cancelled run when a new one starts', async () => {
    const log: string[] = [];
    const first: string[] = [];
    const second: string[] = [];
    const supervisor = new MatchSupervisor(scriptedSpawn(new Set([1]), log), DATA);
    supervisor.start('old text', recordingCallbacks(first));
    await vi.advanceTimersByTimeAsync(10);
    supervisor.start('new text', recordingCallbacks(second));
    await vi.advanceTimersByTimeAsync(10);

    expect(first).toEqual(['prefiltered 0,1,2 lines=3', 'result 0 spans=0']);
    expect(second).toEqual(['prefiltered 0,1,2 lines=3', 'result 0 spans=0']);
    // The first worker was stuck in record 1, so it was stopped rather than reused.
    expect(log.slice(0, 4)).toEqual(['worker1 init', 'worker1 run skip=', 'worker1 terminated', 'worker2 init']);
    supervisor.dispose();
  });

  it('fails a run whose worker never answers', async () => {
    const events: string[] = [];
    const silent: SpawnWorker = () => ({ post: () => undefined, terminate: () => undefined });
    const supervisor = new MatchSupervisor(silent, DATA, { prefilterBudgetMs: 5000 });
    supervisor.start('text', recordingCallbacks(events));
    await vi.advanceTimersByTimeAsync(5000);

    expect(events).toEqual(['error Matcher worker did not respond within 5000 ms']);
  });
});
