/**
 * Web Worker of the tester: runs the match engine off the main thread, so a
 * long regex never freezes the page and can be stopped with `terminate()`.
 */

import type { WorkerRequest, WorkerResponse } from '../../lib/matcher/protocol';
import { createWorkerHandler } from '../../lib/matcher/worker-runtime';

/** The part of DedicatedWorkerGlobalScope used here; the DOM typings do not describe workers. */
interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = createWorkerHandler((response) => scope.postMessage(response));
scope.addEventListener('message', (event) => handle(event.data));
