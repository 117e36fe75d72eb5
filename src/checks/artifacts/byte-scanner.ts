export type Encoding = 'ASCII' | 'UTF-16LE';

export interface ByteMatch {
  /** The catalogued value, lowercase. */
  hash: string;
  encoding: Encoding;
  /** Offset of the match's first byte in the scanned stream. */
  offset: number;
}

const HASH_CHARS = 32;
/** A UTF-16LE hash spans 64 bytes: keeping the last 63 of a chunk lets a match cut at a chunk edge be found whole. */
const OVERLAP = HASH_CHARS * 2 - 1;

const IS_HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') IS_HEX[c.charCodeAt(0)] = 1;

/**
 * Finds 32-hex values from a set (e.g. catalogued api_hashes) in a byte stream fed chunk by chunk, written as
 * ASCII/UTF-8 or UTF-16LE, any letter case. One pass counts runs of hex digits; only a run of 32 is looked up,
 * so the cost does not grow with the number of values. Memory: one chunk plus 63 bytes.
 */
export class HashScanner {
  private tail: Buffer = Buffer.alloc(0);
  private consumed = 0;

  constructor(private readonly hashes: ReadonlySet<string>) {}

  /** Scans the next chunk; returns the matches that end in it. */
  push(chunk: Uint8Array): ByteMatch[] {
    const work = this.tail.length === 0 ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.concat([this.tail, chunk]);
    const base = this.consumed - this.tail.length;
    const fresh = this.tail.length;
    const out: ByteMatch[] = [];
    let run = 0;
    let runEven = 0;
    let runOdd = 0;
    for (let i = 0; i < work.length; i++) {
      const b = work[i];
      if (IS_HEX[b] === 1) {
        if (++run >= HASH_CHARS && i >= fresh) this.lookAscii(work, i + 1 - HASH_CHARS, base, out);
      } else run = 0;
      if (i === 0) continue;
      // The code unit that ends at i started at i - 1: count it on the run of its parity.
      const unit = b === 0 && IS_HEX[work[i - 1]] === 1;
      if ((i - 1) & 1) {
        runOdd = unit ? runOdd + 1 : 0;
        if (runOdd >= HASH_CHARS && i >= fresh) this.lookUtf16(work, i + 1 - 2 * HASH_CHARS, base, out);
      } else {
        runEven = unit ? runEven + 1 : 0;
        if (runEven >= HASH_CHARS && i >= fresh) this.lookUtf16(work, i + 1 - 2 * HASH_CHARS, base, out);
      }
    }
    this.consumed += chunk.byteLength;
    this.tail = Buffer.from(work.subarray(Math.max(0, work.length - OVERLAP)));
    return out;
  }

  private lookAscii(work: Buffer, start: number, base: number, out: ByteMatch[]): void {
    const candidate = work.toString('latin1', start, start + HASH_CHARS).toLowerCase();
    if (this.hashes.has(candidate)) out.push({ hash: candidate, encoding: 'ASCII', offset: base + start });
  }

  private lookUtf16(work: Buffer, start: number, base: number, out: ByteMatch[]): void {
    const candidate = work.toString('utf16le', start, start + 2 * HASH_CHARS).toLowerCase();
    if (this.hashes.has(candidate)) out.push({ hash: candidate, encoding: 'UTF-16LE', offset: base + start });
  }
}
