import type { ByteMatch, Encoding } from './byte-scanner.js';
import { formatBytes, type Limits } from './limits.js';

/** Why a part of an artifact was not read; `fatal` stops the whole artifact (its byte budget is spent). */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly fatal = false,
  ) {
    super(message);
  }
}

export interface Hit {
  /** Where inside the artifact: `app-release.apk!/classes3.dex`. */
  label: string;
  match: ByteMatch;
  /** How many times this value was found in this entry, and written how. */
  count: number;
  encodings: Set<Encoding>;
}

/** One artifact's scan: the values sought, its limits, the bytes spent so far, what was found and what was not read. */
export class ArtifactSession {
  private scanned = 0;
  /** Entries whose bytes are an image, audio or video: not scanned, counted for one line of the skipped list. */
  media = 0;
  private readonly started = performance.now();
  private readonly hitsByKey = new Map<string, Hit>();

  constructor(
    readonly hashes: ReadonlySet<string>,
    readonly limits: Limits,
    readonly skip: (label: string, reason: string) => void,
  ) {}

  get bytes(): number {
    return this.scanned;
  }

  /** Counts `n` scanned bytes, and the time so far, against the artifact's budget. */
  spend(n: number): void {
    this.scanned += n;
    if (this.scanned > this.limits.maxScannedBytes) {
      throw new Refusal(`scan stopped after ${formatBytes(this.limits.maxScannedBytes)} of content (limit): the rest of the artifact was not inspected`, true);
    }
    if (performance.now() - this.started > this.limits.maxMilliseconds) {
      throw new Refusal(`scan stopped after ${Math.round(this.limits.maxMilliseconds / 1000)} s (limit), at ${formatBytes(this.scanned)} of content: the rest of the artifact was not inspected`, true);
    }
  }

  found(label: string, match: ByteMatch): void {
    const key = `${label}\0${match.hash}`;
    const hit = this.hitsByKey.get(key);
    if (hit) {
      hit.count++;
      hit.encodings.add(match.encoding);
    } else this.hitsByKey.set(key, { label, match, count: 1, encodings: new Set([match.encoding]) });
  }

  get hits(): Hit[] {
    return [...this.hitsByKey.values()];
  }
}

export function reasonOf(err: unknown): string {
  if (err instanceof Refusal) return err.message;
  const message = messageOf(err);
  if (/too many bytes in the stream/.test(message)) {
    return `refused: the entry expands beyond the size its header declares (${message}): a zip bomb or a corrupt archive`;
  }
  if (/not enough bytes in the stream/.test(message)) return `corrupt entry: shorter than its header declares (${message})`;
  return `could not be read: ${message}`;
}

/** An error's message; errors from Node's own modules may come from another realm, where `instanceof Error` fails. */
export function messageOf(err: unknown): string {
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(err);
}
