import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtraCredential } from '../../config/schema.js';
import type { FileToScan, ScanResult } from './scan-files.js';

export const WORKER_KIND = 'telegram-compliance/credentials-scan';

/** What a scanning thread is started with. Then it takes WorkerBatch messages and answers each batch with a ScanResult. */
export interface WorkerRequest {
  kind: typeof WORKER_KIND;
  extra: ExtraCredential[];
}

export interface WorkerBatch {
  files: FileToScan[];
}

// A small heap makes a thread collect its garbage (batches, decoded chunks) early: peak memory stays flat as trees
// grow. The prefilter leaves little to decode; one batch's findings are the most a thread keeps.
const WORKER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 };

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
function costOf(file: FileToScan): number {
  return file.size + 4096;
}

/**
 * Scanning threads started from `script`: the bundle itself, which turns into a worker when it sees a WorkerRequest
 * (see src/worker.ts), so that a bundled file needs no separate worker file. Batches go to the thread with the
 * least work so far; each batch's ScanResult comes back as soon as it is done, so that a thread keeps no findings.
 */
export class WorkerPool {
  private readonly threads: { worker: Worker; load: number; pending: number; drained: Promise<void>; check: () => void }[];
  private readonly results: ScanResult[] = [];
  private finishing = false;

  constructor(script: string, count: number, extra: ExtraCredential[]) {
    const request: WorkerRequest = { kind: WORKER_KIND, extra };
    this.threads = Array.from({ length: count }, () => {
      const worker = new Worker(script, { workerData: request, stdout: false, stderr: false, resourceLimits: WORKER_HEAP });
      const thread = { worker, load: 0, pending: 0, drained: Promise.resolve(), check: () => {} };
      thread.drained = new Promise<void>((resolve, reject) => {
        thread.check = () => {
          if (this.finishing && thread.pending === 0) resolve();
        };
        worker.on('message', (result: ScanResult) => {
          this.results.push(result);
          thread.pending--;
          thread.check();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a scanning thread stopped with exit code ${code}`)));
      });
      thread.drained.catch(() => undefined); // a thread that fails early is reported by finish(), not as an unhandled rejection
      return thread;
    });
  }

  send(files: FileToScan[]): void {
    const thread = this.threads.reduce((a, b) => (b.load < a.load ? b : a));
    thread.load += files.reduce((n, f) => n + costOf(f), 0);
    thread.pending++;
    thread.worker.postMessage({ files } satisfies WorkerBatch);
  }

  /** The results of every batch sent, once all have come back; then the threads are stopped. */
  async finish(): Promise<ScanResult[]> {
    this.finishing = true;
    for (const thread of this.threads) thread.check();
    try {
      await Promise.all(this.threads.map((t) => t.drained));
    } finally {
      await Promise.all(this.threads.map((t) => t.worker.terminate()));
    }
    return this.results;
  }
}
