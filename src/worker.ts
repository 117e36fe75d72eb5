import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { WORKER_KIND, type WorkerBatch, type WorkerRequest } from './checks/credentials/workers.js';

/**
 * When this bundle was started as a scanning thread, does that thread's work and returns true: each entry point
 * (the action, the CLI) calls this first, so that the bundle is its own worker script.
 */
export function runAsWorker(): boolean {
  if (isMainThread || (workerData as WorkerRequest | undefined)?.kind !== WORKER_KIND) return false;
  const request = workerData as WorkerRequest;
  const port = parentPort!;
  // Batches that arrive before the scanner is loaded wait in the port's queue until the listener is attached.
  void import('./checks/credentials/scan-files.js').then(({ FileScanner }) => {
    const scanner = new FileScanner(request.extra);
    // A Buffer path (a name that is not UTF-8) arrives as a plain Uint8Array: fs wants a Buffer again.
    const onDisk = (abs: string | Uint8Array) => (typeof abs === 'string' ? abs : Buffer.from(abs.buffer, abs.byteOffset, abs.byteLength));
    port.on('message', (batch: WorkerBatch) => port.postMessage(scanner.scan(batch.files.map((f) => ({ ...f, abs: onDisk(f.abs) }))).take()));
  });
  return true;
}
