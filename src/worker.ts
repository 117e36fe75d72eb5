import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { WORKER_KIND, type WorkerRequest } from './checks/credentials/workers.js';

/**
 * When this bundle was started as a scanning thread, does that thread's work and returns true: each entry point
 * (the action, the CLI) calls this first, so that the bundle is its own worker script.
 */
export function runAsWorker(): boolean {
  if (isMainThread || (workerData as WorkerRequest | undefined)?.kind !== WORKER_KIND) return false;
  const request = workerData as WorkerRequest;
  void import('./checks/credentials/scan-files.js').then(({ scanFiles }) => parentPort!.postMessage(scanFiles(request.files, request.extra)));
  return true;
}
