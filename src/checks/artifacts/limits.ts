const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Bounds on what one artifact may cost: past any of them, the part is listed as not inspected, never read further. */
export interface Limits {
  /** Size on disk of one artifact. */
  maxArtifactBytes: number;
  /** Bytes scanned for one artifact, counting what archives expand to. */
  maxScannedBytes: number;
  /** Entries in one archive. */
  maxEntries: number;
  /** Expanded size over compressed size of one entry or gzip stream (only checked past `ratioFloorBytes`). */
  maxRatio: number;
  ratioFloorBytes: number;
  /** A nested zip is read from memory: the most one may hold. */
  maxNestedBytes: number;
  /** Archives inside archives: how deep to descend. */
  maxDepth: number;
  /** Bytes read and scanned at a time. */
  chunkBytes: number;
  /** Time spent on one artifact: past it the rest is listed as not inspected, so a run always ends. */
  maxMilliseconds: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxArtifactBytes: 8 * GiB,
  maxScannedBytes: 16 * GiB,
  maxEntries: 200_000,
  maxRatio: 200,
  ratioFloorBytes: 1 * MiB,
  maxNestedBytes: 64 * MiB,
  maxDepth: 4,
  chunkBytes: 64 * 1024,
  maxMilliseconds: 15 * 60 * 1000,
};

export function formatBytes(n: number): string {
  if (n >= GiB) return `${(n / GiB).toFixed(1).replace(/\.0$/, '')} GiB`;
  if (n >= MiB) return `${(n / MiB).toFixed(1).replace(/\.0$/, '')} MiB`;
  return `${n} bytes`;
}
