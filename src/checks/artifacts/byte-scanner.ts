export type Encoding = 'ASCII' | 'UTF-16LE';

export interface ByteMatch {
  /** The catalogued value, lowercase. */
  hash: string;
  encoding: Encoding;
  /** Offset of the match's first byte in the scanned stream. */
  offset: number;
}

const HASH_CHARS = 32;
/** Up to this many values, each is searched for in a run; past it, every window of the run is looked up. */
const SEARCHED_HASHES = 64;
/** A UTF-16LE hash spans 64 bytes: keeping the last 63 of a chunk lets a match cut at a chunk edge be found whole. */
const OVERLAP = HASH_CHARS * 2 - 1;

// Runs of at least 32 hex digits, as single bytes or as UTF-16LE code units (digit, NUL) at either byte parity.
const ASCII_RUN = /[0-9a-fA-F]{32,}/g;
const UTF16_RUN = /(?:[0-9a-fA-F]\0){32,}/g;

/**
 * Finds 32-hex values from a set (e.g. catalogued api_hashes) in a byte stream fed chunk by chunk, written as
 * ASCII/UTF-8 or UTF-16LE, any letter case. Each chunk is read as Latin-1 text, so that the regular expression
 * engine finds the runs of hex digits in native code; only the 32-digit windows of a run are looked up, so the
 * cost does not grow with the number of values. Memory: one chunk, its Latin-1 copy, and 63 carried bytes.
 */
export class HashScanner {
  private tail: Buffer = Buffer.alloc(0);
  private consumed = 0;

  constructor(private readonly hashes: ReadonlySet<string>) {}

  /** Scans the next chunk; returns the matches that end in it. */
  push(chunk: Uint8Array): ByteMatch[] {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const work = this.tail.length === 0 ? bytes : Buffer.concat([this.tail, bytes]);
    const text = work.toString('latin1');
    const base = this.consumed - this.tail.length;
    const fresh = this.tail.length;
    const out: ByteMatch[] = [];
    for (const m of text.matchAll(ASCII_RUN)) {
      // A window ending before `fresh` was looked up with the previous chunk.
      const first = Math.max(0, fresh - HASH_CHARS + 1 - m.index);
      const run = m[0].toLowerCase();
      if (this.hashes.size <= SEARCHED_HASHES) {
        // Hex-heavy content is one long run: a native search per value beats a lookup per 32-digit window.
        for (const hash of this.hashes) {
          for (let i = run.indexOf(hash, first); i !== -1; i = run.indexOf(hash, i + 1)) out.push({ hash, encoding: 'ASCII', offset: base + m.index + i });
        }
        continue;
      }
      for (let w = first; w + HASH_CHARS <= run.length; w++) {
        const candidate = run.slice(w, w + HASH_CHARS);
        if (this.hashes.has(candidate)) out.push({ hash: candidate, encoding: 'ASCII', offset: base + m.index + w });
      }
    }
    for (const m of text.matchAll(UTF16_RUN)) {
      for (let w = m.index; w + 2 * HASH_CHARS <= m.index + m[0].length; w += 2) {
        if (w + 2 * HASH_CHARS <= fresh) continue;
        const candidate = text.slice(w, w + 2 * HASH_CHARS).replace(/\0/g, '').toLowerCase();
        if (this.hashes.has(candidate)) out.push({ hash: candidate, encoding: 'UTF-16LE', offset: base + w });
      }
    }
    out.sort((a, b) => a.offset - b.offset);
    this.consumed += bytes.length;
    this.tail = Buffer.from(work.subarray(Math.max(0, work.length - OVERLAP)));
    return out;
  }
}
