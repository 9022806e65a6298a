/** Starts the matcher worker as a Node worker thread, for the supervisor. */

import { Worker } from 'node:worker_threads';

import type { WorkerResponse } from './protocol';
import type { SpawnWorker } from './supervisor';

const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './node-worker.ts' : './node-worker.js', import.meta.url);

/**
 * Under `tsx` a worker thread does not inherit the TypeScript loader (tsx
 * 4.23 on Node 20: the entry fails with ERR_UNKNOWN_FILE_EXTENSION), so the
 * worker first registers it through tsx's public `tsx/esm/api`, then imports
 * the entry. Compiled JavaScript needs none of this.
 */
const TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then(({ register }) => {
  register();
  return import(workerData.entry);
});
`;

/** Spawns `node-worker.ts` in a worker thread and wraps it as a `WorkerHandle`. */
export const spawnNodeWorker: SpawnWorker = (onMessage, onError) => {
  const worker = ENTRY.pathname.endsWith('.ts')
    ? new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { entry: ENTRY.href, tsxApi: import.meta.resolve('tsx/esm/api') } })
    : new Worker(ENTRY);

  let stopped = false;
  worker.on('message', (response: WorkerResponse) => onMessage(response));
  worker.on('error', (error) => onError(error.message));
  worker.on('exit', (code) => {
    if (!stopped && code !== 0) {
      onError(`worker exited with code ${code}`);
    }
  });
  return {
    post: (request) => worker.postMessage(request),
    terminate: () => {
      stopped = true;
      void worker.terminate();
    },
  };
};
