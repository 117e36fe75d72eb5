import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtraCredential } from '../../config/schema.js';
import type { FileToScan, ScanResult } from './scan-files.js';

export const WORKER_KIND = 'telegram-compliance/credentials-scan';

/** What a scanning thread is started with; then it receives WorkerBatch messages and answers the last with a ScanResult. */
export interface WorkerRequest {
  kind: typeof WORKER_KIND;
  extra: ExtraCredential[];
}

export type WorkerBatch = { files: FileToScan[] } | { done: true };

// A small heap makes a thread collect its garbage (decoded chunks) early: peak memory stays flat as trees grow.
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

/** Below this much work, starting threads costs more than it saves. */
export const MIN_BYTES = 32 * 1024 * 1024;
export const MIN_FILES = 4000;

/** Threads for a large tree: every core, at most 8. `TG_COMPLIANCE_THREADS` overrides it (1 = none). */
export function threadCount(): { threads: number; forced: boolean } {
  const forced = Number(process.env.TG_COMPLIANCE_THREADS);
  if (Number.isInteger(forced) && forced >= 1) return { threads: Math.min(forced, 16), forced: true };
  return { threads: Math.max(1, Math.min(availableParallelism(), 8)), forced: false };
}

/** What a file costs to scan, in bytes: opening it costs about as much as reading 4 KiB. */
export function costOf(file: FileToScan): number {
  return file.size + 4096;
}

/**
 * Scanning threads started from `script`: the bundle itself, which turns into a worker when it sees a WorkerRequest
 * (see src/worker.ts), so that a bundled file needs no separate worker file. Batches go to the thread with the
 * least work so far; each thread answers with its ScanResult once told that no more will come.
 */
export class WorkerPool {
  private readonly threads: { worker: Worker; load: number; result: Promise<ScanResult> }[];

  constructor(script: string, count: number, extra: ExtraCredential[]) {
    const request: WorkerRequest = { kind: WORKER_KIND, extra };
    this.threads = Array.from({ length: count }, () => {
      const worker = new Worker(script, { workerData: request, stdout: false, stderr: false, resourceLimits: WORKER_HEAP });
      const result = new Promise<ScanResult>((resolve, reject) => {
        let settled = false;
        worker.once('message', (r: ScanResult) => {
          settled = true;
          resolve(r);
        });
        worker.once('error', (err) => {
          settled = true;
          reject(err);
        });
        worker.once('exit', (code) => {
          if (!settled) reject(new Error(`a scanning thread stopped with exit code ${code}`));
        });
      });
      result.catch(() => undefined); // a thread that fails early is reported by finish(), not as an unhandled rejection
      return { worker, load: 0, result };
    });
  }

  send(files: FileToScan[]): void {
    const thread = this.threads.reduce((a, b) => (b.load < a.load ? b : a));
    thread.load += files.reduce((n, f) => n + costOf(f), 0);
    thread.worker.postMessage({ files } satisfies WorkerBatch);
  }

  async finish(): Promise<ScanResult[]> {
    for (const { worker } of this.threads) worker.postMessage({ done: true } satisfies WorkerBatch);
    try {
      return await Promise.all(this.threads.map((t) => t.result));
    } catch (err) {
      await Promise.all(this.threads.map((t) => t.worker.terminate()));
      throw err;
    }
  }
}
