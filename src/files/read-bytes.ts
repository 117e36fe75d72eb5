import { closeSync, openSync, readSync } from 'node:fs';
import { AS_BYTES, sniff } from './decode.js';
import { carryStart, ownedRange, type ChunkWindow } from './chunk-window.js';
import type { DiskPath } from './types.js';

/**
 * A piece of a UTF-8 file held as bytes in a caller's buffer, at [start, end). Like TextChunk: it starts at line
 * `line` and owns the matches that start in [start + from, start + limit) (ChunkWindow, relative to `start`).
 */
export interface ByteChunk extends ChunkWindow {
  start: number;
  end: number;
  line: number;
  /** Bytes of the chunk's first line before `start` (a line longer than a chunk goes on counting). */
  column: number;
}

export interface ByteReadOptions {
  chunkBytes: number;
  /** Bytes of context on each side of a chunk's owned range (ChunkWindow). */
  overlapBytes: number;
}

/** The room a reader's buffer needs from its offset: a chunk plus the context carried from the previous one. */
export function byteChunkCapacity(options: ByteReadOptions): number {
  return 2 * options.overlapBytes + options.chunkBytes;
}

export type OpenedBytes = { kind: 'binary' } | { kind: 'utf-8'; chunks: Generator<ByteChunk> } | { kind: 'utf-16' };

/**
 * Opens a file and, when it is UTF-8 text, reads it in chunks into `buffer` from offset `at`, which must have room
 * for `byteChunkCapacity(options)`. Nothing is decoded: the caller looks at the bytes and decodes only what it needs.
 * Binary files are told after their first bytes; UTF-16 files are told too, for a decoding reader (openTextSync).
 * `sniffing: false` takes the file as UTF-8 bytes whatever its first bytes say.
 */
export function openBytesSync(
  abs: DiskPath,
  buffer: Buffer,
  at: number,
  options: ByteReadOptions,
  newlines: (start: number, end: number) => number,
  sniffing = true,
): OpenedBytes {
  const fd = openSync(abs, 'r');
  let handedOver = false;
  try {
    const bytesRead = readSync(fd, buffer, at, options.chunkBytes, 0);
    const sniffed = sniffing ? sniff(buffer.subarray(at, at + Math.min(bytesRead, 8192))) : AS_BYTES;
    if (sniffed.binary) return { kind: 'binary' };
    if (sniffed.encoding !== 'utf-8') return { kind: 'utf-16' };
    handedOver = true;
    return { kind: 'utf-8', chunks: chunksOf(fd, buffer, at, bytesRead, sniffed.bomLength, options, newlines) };
  } finally {
    if (!handedOver) closeSync(fd);
  }
}

function* chunksOf(
  fd: number,
  buffer: Buffer,
  at: number,
  firstRead: number,
  bomLength: number,
  options: ByteReadOptions,
  newlines: (start: number, end: number) => number,
): Generator<ByteChunk> {
  try {
    let start = at + bomLength;
    let end = at + firstRead;
    let position = firstRead;
    let atEnd = firstRead < options.chunkBytes;
    let line = 1;
    let column = 0;
    let from = 0;
    for (;;) {
      const window = ownedRange(end - start, from, atEnd, options.overlapBytes);
      yield { start, end, line, column, ...window };
      if (atEnd) return;
      const next = start + carryStart(window, options.overlapBytes);
      line += newlines(start, next);
      const lastNewline = next > start ? buffer.lastIndexOf(10, next - 1) : -1;
      column = lastNewline < start ? column + (next - start) : next - lastNewline - 1;
      const kept = end - next;
      from = start + window.limit - next;
      buffer.copyWithin(at, next, end);
      const n = readSync(fd, buffer, at + kept, options.chunkBytes, position);
      position += n;
      atEnd = n < options.chunkBytes;
      start = at;
      end = at + kept + n;
    }
  } finally {
    closeSync(fd);
  }
}
