import { closeSync, openSync, readSync } from 'node:fs';
import { sniff } from './decode.js';
import type { DiskPath } from './types.js';

/**
 * A piece of a UTF-8 file held as bytes in a caller's buffer, at [start, end). Like TextChunk: it starts at line
 * `line`, repeats the end of the previous chunk, and leaves matches that end after `start + limit` to the next one.
 */
export interface ByteChunk {
  start: number;
  end: number;
  line: number;
  /** Bytes of the chunk's first line before `start` (a line longer than a chunk goes on counting). */
  column: number;
  limit: number;
}

export interface ByteReadOptions {
  chunkBytes: number;
  /** Bytes carried from one chunk into the next, so that no match is cut at a chunk edge. */
  overlapBytes: number;
}

export type OpenedBytes = { kind: 'binary' } | { kind: 'utf-8'; chunks: Generator<ByteChunk> } | { kind: 'utf-16' };

/**
 * Opens a file and, when it is UTF-8 text, reads it in chunks into `buffer` from offset `at`, which must have room
 * for `overlapBytes + chunkBytes`. Nothing is decoded: the caller looks at the bytes and decodes only what it needs.
 * Binary files are told after their first bytes; UTF-16 files are told too, for a decoding reader (openTextSync).
 */
export function openBytesSync(
  abs: DiskPath,
  buffer: Buffer,
  at: number,
  options: ByteReadOptions,
  newlines: (start: number, end: number) => number,
): OpenedBytes {
  const fd = openSync(abs, 'r');
  let handedOver = false;
  try {
    const bytesRead = readSync(fd, buffer, at, options.chunkBytes, 0);
    const sniffed = sniff(buffer.subarray(at, at + Math.min(bytesRead, 8192)));
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
    for (;;) {
      const length = end - start;
      const keep = Math.min(options.overlapBytes, length);
      yield { start, end, line, column, limit: atEnd ? length : length - keep };
      if (atEnd) return;
      const next = end - keep;
      line += newlines(start, next);
      const lastNewline = next > start ? buffer.lastIndexOf(10, next - 1) : -1;
      column = lastNewline < start ? column + (next - start) : next - lastNewline - 1;
      buffer.copyWithin(at, next, end);
      const n = readSync(fd, buffer, at + keep, options.chunkBytes, position);
      position += n;
      atEnd = n < options.chunkBytes;
      start = at;
      end = at + keep + n;
    }
  } finally {
    closeSync(fd);
  }
}
