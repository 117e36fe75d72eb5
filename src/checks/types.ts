import type { RawFinding } from '../findings.js';
import type { FileEntry } from '../files/types.js';
import type { Config } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { RunSettings } from '../settings.js';
import type { GplDuty } from '../upstream/detect.js';

export interface CheckContext {
  /** Workspace root (absolute). */
  root: string;
  /** The files in scope for per-file checks: the changed files, or the whole scanned tree. */
  files: readonly FileEntry[];
  /** Every file of the scanned tree, for repository-wide checks (license, publication) that always run whole. */
  tree: readonly FileEntry[];
  config: Config;
  /** Resolved options beyond the file list: GPL duty setting, mirror, repository, ref, token, artifacts. */
  settings: RunSettings;
  log: Logger;
  /** Lists a file the check could not read, with the reason. */
  skip(path: string, reason: string): void;
  /** The run's GPL duty, decided once for every check that needs it (upstream/duty.ts). */
  gplDuty(): Promise<GplDuty>;
}

export interface CheckOutcome {
  findings: RawFinding[];
  /** Files and bytes the check read. */
  files: number;
  bytes: number;
  /**
   * What the check was asked to look at and could not (an artifact glob that matched nothing): the check then counts
   * as failed, so the run is never a pass, and its findings are kept.
   */
  incomplete?: string[];
  /** What the check looked for and did not find at all ("no store listing in the repository"); shown, never a pass. */
  nothingFound?: string;
}

/** What a check that streams needs before any file is known. */
export type StreamContext = Omit<CheckContext, 'files' | 'tree' | 'gplDuty'>;

/** A check's work on files handed to it one at a time, as the walk finds them. */
export interface FileStream {
  add(file: FileEntry): void;
  finish(): Promise<CheckOutcome>;
}

/** A check's work; what it is (name, rules, scope, settings) is its declaration (declaration.ts). */
export interface Check {
  run(ctx: CheckContext): Promise<CheckOutcome>;
  /**
   * A per-file check that can start while the walk is still going: the engine hands it the files in scope in walk
   * order and calls `finish` instead of `run`.
   */
  stream?(ctx: StreamContext): FileStream;
}
