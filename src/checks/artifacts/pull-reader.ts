/**
 * Reads an async stream of byte chunks on demand: a peek at the first bytes, exact reads (tar headers) and
 * bounded runs of chunks (entry data), without ever holding more than one chunk and the bytes asked for.
 */
export class PullReader {
  private readonly source: AsyncIterator<Uint8Array>;
  private pending: Buffer = Buffer.alloc(0);
  private done = false;
  /** Bytes handed out so far. */
  position = 0;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.source = chunks[Symbol.asyncIterator]();
  }

  /** Up to `n` bytes from the current position, without consuming them (fewer only at the end of the stream). */
  async peek(n: number): Promise<Buffer> {
    while (this.pending.length < n && (await this.fill())) {
      /* keep filling */
    }
    return this.pending.subarray(0, Math.min(n, this.pending.length));
  }

  /** Exactly `n` bytes, or fewer at the end of the stream. */
  async read(n: number): Promise<Buffer> {
    const head = Buffer.from(await this.peek(n));
    this.pending = this.pending.subarray(head.length);
    this.position += head.length;
    return head;
  }

  /** The next `n` bytes (all that remain when `n` is Infinity), as the chunks arrive. */
  async *take(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.pending.length === 0 && !(await this.fill())) return;
      const piece = this.pending.subarray(0, Math.min(left, this.pending.length));
      this.pending = this.pending.subarray(piece.length);
      this.position += piece.length;
      left -= piece.length;
      yield piece;
    }
  }

  /** Consumes `n` bytes without looking at them; returns how many there were. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    for await (const piece of this.take(n)) skipped += piece.length;
    return skipped;
  }

  /** Stops the source early (closes its file or stream). */
  async close(): Promise<void> {
    this.done = true;
    this.pending = Buffer.alloc(0);
    await this.source.return?.();
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    return true;
  }
}
