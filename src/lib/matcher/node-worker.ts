/** Worker thread entry for the `match` CLI: the match protocol over worker_threads. */

import { parentPort } from 'node:worker_threads';

import type { WorkerRequest } from './protocol';
import { createWorkerHandler } from './worker-runtime';

const port = parentPort;
if (port === null) {
  throw new Error('node-worker.ts must run as a worker thread');
}
const handle = createWorkerHandler((response) => port.postMessage(response));
port.on('message', (request: WorkerRequest) => handle(request));
