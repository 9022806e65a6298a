/** Starts the tester's Web Worker for the supervisor. */

import type { WorkerResponse } from '../../lib/matcher/protocol';
import type { SpawnWorker } from '../../lib/matcher/supervisor';

/**
 * Spawns `worker.ts` as a module worker. Vite finds this exact
 * `new Worker(new URL(...), ...)` form at build time and emits the worker as
 * its own file under the base path.
 */
export const spawnBrowserWorker: SpawnWorker = (onMessage, onError) => {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => onMessage(event.data));
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onError(event.message || 'the worker script failed to load');
  });
  return {
    post: (request) => worker.postMessage(request),
    terminate: () => worker.terminate(),
  };
};
