import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtraCredential } from '../../config/schema.js';
import type { FileToScan, ScanResult } from './scan-files.js';

export const WORKER_KIND = 'telegram-compliance/credentials-scan';

export interface WorkerRequest {
  kind: typeof WORKER_KIND;
  files: FileToScan[];
  extra: ExtraCredential[];
}

// A small heap makes a thread collect its garbage (decoded chunks) early: peak memory stays flat as trees grow.
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

/** Below this much work, starting threads costs more than it saves. */
const MIN_BYTES = 32 * 1024 * 1024;
const MIN_FILES = 4000;

/**
 * How many threads to scan with: every core for a large tree, none (the calling thread) for a small one.
 * `TG_COMPLIANCE_THREADS` overrides it (1 = no worker threads).
 */
export function threadCount(files: readonly FileToScan[]): number {
  const forced = Number(process.env.TG_COMPLIANCE_THREADS);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, 16);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  if (bytes < MIN_BYTES && files.length < MIN_FILES) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** Deals files to `n` groups of about equal bytes, largest first, each group in path order. */
export function deal(files: readonly FileToScan[], n: number): FileToScan[][] {
  const groups = Array.from({ length: n }, () => ({ bytes: 0, files: [] as FileToScan[] }));
  for (const f of [...files].sort((a, b) => b.size - a.size)) {
    const lightest = groups.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.files.push(f);
    lightest.bytes += f.size + 4096;
  }
  return groups.map((g) => g.files.sort((a, b) => (a.path < b.path ? -1 : 1))).filter((g) => g.length > 0);
}

/**
 * Runs `scanFiles` on each group in a worker thread started from `script`: the bundle itself, which turns into a
 * worker when it sees a WorkerRequest (see src/worker.ts). A bundled file needs no separate worker file.
 */
export function scanInWorkers(script: string, groups: FileToScan[][], extra: ExtraCredential[]): Promise<ScanResult[]> {
  return Promise.all(
    groups.map(
      (files) =>
        new Promise<ScanResult>((resolve, reject) => {
          const request: WorkerRequest = { kind: WORKER_KIND, files, extra };
          const worker = new Worker(script, { workerData: request, stdout: false, stderr: false, resourceLimits: WORKER_HEAP });
          let settled = false;
          worker.once('message', (result: ScanResult) => {
            settled = true;
            resolve(result);
          });
          worker.once('error', (err) => {
            settled = true;
            reject(err);
          });
          worker.once('exit', (code) => {
            if (!settled) reject(new Error(`a scanning thread stopped with exit code ${code}`));
          });
        }),
    ),
  );
}
