import type { FileKind } from './file-kind.js';

/** A file's place on disk: its bytes when its name is not valid UTF-8. */
export type DiskPath = string | Buffer;

export interface FileEntry {
  /** Workspace-relative, `/`-separated. */
  path: string;
  /** Absolute path on disk: its bytes when the name is not valid UTF-8 (then `path` shows them as \xNN). */
  abs: DiskPath;
  size: number;
  /** What the file is, from its path relative to the scanned folder (decided once, in the walk). */
  kind: FileKind;
}

export interface Skipped {
  path: string;
  reason: string;
}
