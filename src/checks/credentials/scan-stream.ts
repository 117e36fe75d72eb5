import { resolve } from 'node:path';
import type { FileEntry } from '../../files/types.js';
import type { CheckOutcome, FileStream, StreamContext } from '../types.js';
import { FileScanner, type FileToScan, type ScanResult } from './scan-files.js';
import type { CredentialFinding } from './scan.js';
import { countSwitchedOnGuards } from './switched-guards.js';
import { overriddenInImplementation } from './implementation-overrides.js';
import { MIN_BYTES, MIN_FILES, threadCount, WorkerPool } from './workers.js';
import { append } from '../../append.js';

// Files go to the threads in batches, so that a message carries enough work to be worth sending.
const BATCH_FILES = 64;
const BATCH_BYTES = 4 * 1024 * 1024;
// Files this large wait for the end of the walk and then go, largest first, to the threads with the least work:
// dealt as they come, one arriving last could leave a thread working alone.
const LARGE_FILE = 8 * 1024 * 1024;

/**
 * The credentials scan of the files of a walk, as the walk finds them: in this thread for a small tree, on every
 * core as soon as the files seen make threads worth starting, so that scanning overlaps the rest of the walk. No
 * list of all the files is kept: memory does not grow with the tree.
 */
export class CredentialsScan implements FileStream {
  private readonly threads: number;
  /** Scans here: every file when there is one thread, else the files of a tree too small for threads. */
  private local?: FileScanner;
  private pool?: WorkerPool;
  /** Files waiting: until threads are known to pay (bounded by MIN_FILES and MIN_BYTES), then large files. */
  private held: FileToScan[] = [];
  private heldBytes = 0;
  private batch: FileToScan[] = [];
  private batchBytes = 0;

  constructor(private readonly ctx: StreamContext) {
    const { threads, forced } = threadCount();
    this.threads = ctx.settings.workerScript ? threads : 1;
    if (forced && this.threads > 1) this.startThreads();
  }

  add(file: FileEntry): void {
    if (this.pool) return this.queue(file);
    if (this.threads === 1) {
      this.scanHere([file]);
      return;
    }
    this.held.push(file);
    this.heldBytes += file.size;
    if (this.heldBytes >= MIN_BYTES || this.held.length >= MIN_FILES) {
      const held = this.held;
      this.held = [];
      this.heldBytes = 0;
      this.startThreads();
      for (const f of held) this.queue(f);
    }
  }

  async finish(): Promise<CheckOutcome> {
    const results: ScanResult[] = [];
    if (this.pool) append(results, await this.finishThreads(this.pool));
    else this.scanHere(this.held);
    if (this.local) results.push(this.local.result());
    const found: CredentialFinding[] = [];
    const outcome: CheckOutcome = { findings: [], files: 0, bytes: 0 };
    for (const r of results) {
      append(found, r.findings);
      outcome.files += r.files;
      outcome.bytes += r.bytes;
      for (const s of r.skipped) this.ctx.skip(s.path, s.reason);
    }
    // The config's own list of never-ship values is where they belong: not a finding.
    const ownList = this.ctx.config.file;
    const counted = countSwitchedOnGuards(ownList ? found.filter((f) => !(f.team && resolve(this.ctx.root, f.path) === ownList)) : found);
    outcome.findings = overriddenInImplementation(counted, this.ctx.root);
    return outcome;
  }

  private scanHere(files: readonly FileToScan[]): void {
    (this.local ??= new FileScanner(this.extra)).scan(files);
  }

  private get extra() {
    return this.ctx.config.credentials.extra;
  }

  private startThreads(): void {
    this.pool = new WorkerPool(this.ctx.settings.workerScript!, this.threads, this.extra);
  }

  private queue(file: FileToScan): void {
    if (file.size >= LARGE_FILE) {
      this.held.push(file);
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
    for (const file of this.held.sort((a, b) => b.size - a.size)) pool.send([file]);
    this.held = [];
    return pool.finish();
  }
}
