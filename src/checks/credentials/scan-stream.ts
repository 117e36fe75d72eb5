import type { FileEntry } from '../../files/types.js';
import type { CheckOutcome, FileStream, StreamContext } from '../types.js';
import { FileScanner, type FileToScan, type ScanResult } from './scan-files.js';
import type { CredentialFinding } from './scan.js';
import { countSwitchedOnGuards } from './switched-guards.js';
import { MIN_BYTES, MIN_FILES, threadCount, WorkerPool } from './workers.js';

// Files go to the threads in batches, so that a message carries enough work to be worth sending.
const BATCH_FILES = 64;
const BATCH_BYTES = 4 * 1024 * 1024;
// Files this large wait for the end of the walk and then go, largest first, to the threads with the least work:
// dealt as they come, one arriving last could leave a thread working alone.
const LARGE_FILE = 8 * 1024 * 1024;

/**
 * The credentials scan of the files of a walk, as the walk finds them: in this thread for a small tree, on every
 * core as soon as the files seen make threads worth starting, so that scanning overlaps the rest of the walk. No
 * file list is kept: memory does not grow with the tree.
 */
export class CredentialsScan implements FileStream {
  private readonly threads: number;
  /** Files seen before threads start are scanned here, as they come. */
  private local?: FileScanner;
  private pool?: WorkerPool;
  /** Large files, held for the end of the walk once threads run. */
  private large: FileToScan[] = [];
  private batch: FileToScan[] = [];
  private batchBytes = 0;
  private seenBytes = 0;
  private seenFiles = 0;

  constructor(private readonly ctx: StreamContext) {
    const { threads, forced } = threadCount();
    this.threads = ctx.settings.workerScript ? threads : 1;
    if (forced && this.threads > 1) this.startThreads();
  }

  add(file: FileEntry): void {
    if (this.pool) return this.queue(file);
    this.seenBytes += file.size;
    this.seenFiles++;
    if (this.threads > 1 && (this.seenBytes >= MIN_BYTES || this.seenFiles >= MIN_FILES)) {
      this.startThreads();
      return this.queue(file);
    }
    (this.local ??= new FileScanner(this.extra)).scan([file]);
  }

  async finish(): Promise<CheckOutcome> {
    const results = this.pool ? await this.finishThreads(this.pool) : [];
    if (this.local) results.push(this.local.result());
    const found: CredentialFinding[] = [];
    const outcome: CheckOutcome = { findings: [], files: 0, bytes: 0 };
    for (const r of results) {
      found.push(...r.findings);
      outcome.files += r.files;
      outcome.bytes += r.bytes;
      for (const s of r.skipped) this.ctx.skip(s.path, s.reason);
    }
    outcome.findings = countSwitchedOnGuards(found);
    return outcome;
  }

  private get extra() {
    return this.ctx.config.credentials.extra;
  }

  private startThreads(): void {
    this.pool = new WorkerPool(this.ctx.settings.workerScript!, this.threads, this.extra);
  }

  private queue(file: FileToScan): void {
    if (file.size >= LARGE_FILE) {
      this.large.push(file);
      return;
    }
    this.batch.push(file);
    this.batchBytes += file.size;
    if (this.batch.length >= BATCH_FILES || this.batchBytes >= BATCH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.pool!.send(this.batch);
    this.batch = [];
    this.batchBytes = 0;
  }

  private finishThreads(pool: WorkerPool): Promise<ScanResult[]> {
    this.flush();
    for (const file of this.large.sort((a, b) => b.size - a.size)) pool.send([file]);
    this.large = [];
    return pool.finish();
  }
}
