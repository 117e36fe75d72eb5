import { TextDecoder } from 'node:util';
import { open, type FileHandle } from 'node:fs/promises';
import { decoderFor, sniff } from './decode.js';

/**
 * A piece of a text file: `text` starts at line `line` (1-based). Its start repeats the end of the previous chunk,
 * so a match is reported by the chunk where it ends at or before `limit`: the last chunk takes everything, the
 * others leave their last `overlapChars` characters (where a match could be cut) to the next chunk.
 */
export interface TextChunk {
  text: string;
  line: number;
  /** Characters of text[0]'s line before text[0]: a line longer than a chunk goes on counting columns. */
  column: number;
  limit: number;
}

export interface ReadOptions {
  /** Bytes read at a time; files up to this size are one chunk. */
  chunkBytes: number;
  /** Characters carried from one chunk into the next, so that no match is cut at a chunk edge. */
  overlapChars: number;
}

export const DEFAULT_READ: ReadOptions = { chunkBytes: 4 * 1024 * 1024, overlapChars: 4096 };

export type OpenedText = { binary: true } | { binary: false; chunks: AsyncGenerator<TextChunk> };

/**
 * Opens a file as text: a binary file is reported as such after its first bytes; text is decoded (UTF-8, or
 * UTF-16 with or without a BOM) and yielded in bounded chunks with overlap, so memory does not grow with file size.
 */
export async function openText(abs: string, size: number, options: ReadOptions = DEFAULT_READ): Promise<OpenedText> {
  const handle = await open(abs, 'r');
  let handedOver = false;
  try {
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(size + 1, options.chunkBytes)));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const sniffed = sniff(buffer.subarray(0, Math.min(bytesRead, 8192)));
    if (sniffed.binary) return { binary: true };
    handedOver = true;
    const first = buffer.subarray(sniffed.bomLength, bytesRead);
    return { binary: false, chunks: chunksOf(handle, buffer, first, bytesRead, bytesRead < buffer.length, decoderFor(sniffed.encoding), options) };
  } finally {
    if (!handedOver) await handle.close();
  }
}

async function* chunksOf(
  handle: FileHandle,
  buffer: Buffer,
  first: Uint8Array,
  position: number,
  atEnd: boolean,
  decoder: TextDecoder,
  options: ReadOptions,
): AsyncGenerator<TextChunk> {
  try {
    let bytes = first;
    let carry = '';
    let line = 1;
    let column = 0;
    let readBuffer = buffer;
    for (;;) {
      const text = carry + decoder.decode(bytes, { stream: !atEnd });
      const keep = Math.min(options.overlapChars, text.length);
      yield { text, line, column, limit: atEnd ? text.length : text.length - keep };
      if (atEnd) return;
      if (readBuffer.length < options.chunkBytes) readBuffer = Buffer.allocUnsafe(options.chunkBytes);
      const { bytesRead } = await handle.read(readBuffer, 0, readBuffer.length, position);
      position += bytesRead;
      atEnd = bytesRead < readBuffer.length;
      const next = text.length - keep;
      line += countNewlines(text, 0, next);
      const lastNewline = text.lastIndexOf('\n', next - 1);
      column = lastNewline === -1 ? column + next : next - lastNewline - 1;
      carry = text.slice(next);
      bytes = readBuffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

export function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
