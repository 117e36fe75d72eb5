export interface FileEntry {
  /** Workspace-relative, `/`-separated. */
  path: string;
  /** Absolute path on disk. */
  abs: string;
  size: number;
}

export interface Skipped {
  path: string;
  reason: string;
}
