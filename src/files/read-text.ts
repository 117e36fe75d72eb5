import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { TextDecoder } from 'node:util';
import { AS_BYTES, sniff, type Encoding } from './decode.js';
import { carryStart, ownedRange, type ChunkWindow } from './chunk-window.js';
import type { DiskPath } from './types.js';

/**
 * A piece of a text file: `text` starts at line `line` (1-based). It owns the matches that start in [from, limit)
 * and carries context on both sides of that range (see ChunkWindow, the one rule of every chunked reader).
 */
export interface TextChunk extends ChunkWindow {
  text: string;
  line: number;
  /** Characters of text[0]'s line before text[0]: a line longer than a chunk goes on counting columns. */
  column: number;
  /** `text` holds UTF-8 bytes one character each (ReadOptions.utf8AsBytes): decode a piece with `utf8Of`. */
  bytes?: boolean;
}

export interface ReadOptions {
  /** Bytes read at a time; files up to this size are one chunk. */
  chunkBytes: number;
  /** Characters carried from one chunk into the next, so that no match is cut at a chunk edge. */
  overlapChars: number;
  /**
   * Give UTF-8 text as its bytes, one character each, instead of decoding it: ten times cheaper, and V8 runs
   * regular expressions faster on such one-byte strings. For ASCII patterns only: lines stay true, but columns and
   * any non-ASCII text must go through `utf8Of`.
   */
  utf8AsBytes?: boolean;
}

export const DEFAULT_READ: ReadOptions = { chunkBytes: 4 * 1024 * 1024, overlapChars: 4096 };

export type OpenedText = { binary: true } | { binary: false; encoding: Encoding; chunks: Generator<TextChunk> };

/**
 * Opens a file as text, synchronously: many small synchronous reads cost far less than their promise-based
 * equivalents, and the scanning threads have nothing else to do meanwhile. A binary file is reported as such after
 * its first bytes; text is decoded (UTF-8, or UTF-16 with or without a BOM) and yielded in bounded chunks with
 * overlap, so memory does not grow with file size. `scratch` is a reusable read buffer of `chunkBytes`.
 * `sniff: false` takes the file as UTF-8 bytes whatever its first bytes say (a source file with a stray NUL byte).
 */
export function openTextSync(abs: DiskPath, size: number, options: ReadOptions = DEFAULT_READ, scratch?: Buffer, sniffing = true): OpenedText {
  const fd = openSync(abs, 'r');
  let handedOver = false;
  try {
    const buffer = scratch && scratch.length >= options.chunkBytes ? scratch : Buffer.allocUnsafe(Math.max(1, Math.min(size + 1, options.chunkBytes)));
    const length = Math.min(buffer.length, options.chunkBytes);
    const bytesRead = readSync(fd, buffer, 0, length, 0);
    const sniffed = sniffing ? sniff(buffer.subarray(0, Math.min(bytesRead, 8192))) : AS_BYTES;
    if (sniffed.binary) return { binary: true };
    handedOver = true;
    const asBytes = !sniffing || (options.utf8AsBytes === true && sniffed.encoding === 'utf-8');
    return { binary: false, encoding: sniffed.encoding, chunks: chunksOf(fd, buffer, length, sniffed.bomLength, bytesRead, makeDecoder(asBytes ? 'bytes' : sniffed.encoding), options, asBytes) };
  } finally {
    if (!handedOver) closeSync(fd);
  }
}

export type WholeText = { binary: true } | { binary: false; text: string };

/** A small file's whole text, decoded as `openTextSync` does; offsets match the file. */
export function readWholeText(abs: DiskPath, size: number, options: ReadOptions = DEFAULT_READ): WholeText {
  const opened = openTextSync(abs, size, options);
  if (opened.binary) return opened;
  let text = '';
  for (const chunk of opened.chunks) text += chunk.text.slice(chunk.from, chunk.limit);
  return { binary: false, text };
}

function* chunksOf(
  fd: number,
  buffer: Buffer,
  length: number,
  start: number,
  bytesRead: number,
  decoder: Decoder,
  options: ReadOptions,
  asBytes: boolean,
): Generator<TextChunk> {
  try {
    let position = bytesRead;
    let atEnd = bytesRead < length;
    let bytes = buffer.subarray(start, bytesRead);
    let carry = '';
    let from = 0;
    let line = 1;
    let column = 0;
    let readBuffer = buffer;
    for (;;) {
      const decoded = decoder.write(bytes);
      const text = carry + (atEnd ? decoded + decoder.end() : decoded);
      const window = ownedRange(text.length, from, atEnd, options.overlapChars);
      yield { text, line, column, ...window, ...(asBytes ? { bytes: true } : {}) };
      if (atEnd) return;
      if (readBuffer.length < options.chunkBytes) readBuffer = Buffer.allocUnsafe(options.chunkBytes);
      const n = readSync(fd, readBuffer, 0, options.chunkBytes, position);
      position += n;
      atEnd = n < options.chunkBytes;
      const next = carryStart(window, options.overlapChars);
      line += countNewlines(text, 0, next);
      const lastNewline = text.lastIndexOf('\n', next - 1);
      column = lastNewline === -1 ? column + next : next - lastNewline - 1;
      carry = text.slice(next);
      from = window.limit - next;
      bytes = readBuffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

interface Decoder {
  write(bytes: Buffer): string;
  end(): string;
}

/** A streaming decoder that keeps a character cut at a chunk edge for the next chunk. */
function makeDecoder(encoding: Encoding | 'bytes'): Decoder {
  if (encoding === 'bytes') return { write: (b) => b.toString('latin1'), end: () => '' };
  if (encoding === 'utf-16be') {
    const d = new TextDecoder('utf-16be', { ignoreBOM: true });
    return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
  }
  const d = new StringDecoder(encoding === 'utf-8' ? 'utf8' : 'utf16le');
  return { write: (b) => d.write(b), end: () => d.end() };
}

/** The real text of a piece of a chunk read with `utf8AsBytes`. */
export function utf8Of(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

export function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  // A short range is read character by character: indexOf would run on to the end of a long line each time.
  if (to - from < 256) {
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
    return n;
  }
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
