import { unsafeEntryName } from './entry-name.js';
import type { PullReader } from './pull-reader.js';
import { Refusal, reasonOf, type ArtifactSession } from './session.js';

const BLOCK = 512;
const MAX_HEADER_EXTENSION = 1024 * 1024;

export type InspectEntry = (label: string, name: string, chunks: AsyncIterable<Uint8Array>, depth: number, size: number) => Promise<void>;

/**
 * Reads a tar stream (ustar, GNU long names, pax paths) header by header and hands each regular file's bytes to
 * `inspect`, streamed: no entry is held in memory or written anywhere.
 */
export async function scanTar(s: ArtifactSession, label: string, reader: PullReader, depth: number, inspect: InspectEntry): Promise<void> {
  let longName: string | undefined;
  let entries = 0;
  for (;;) {
    const headerAt = reader.position;
    const header = await reader.read(BLOCK);
    if (header.length === 0) return;
    if (header.length < BLOCK) return s.skip(label, `truncated tar header at byte ${headerAt}: the rest was not inspected`);
    if (header.every((b) => b === 0)) return;
    if (!checksumOk(header)) return s.skip(label, `malformed tar header at byte ${headerAt}: the rest was not inspected`);
    const size = entrySize(header);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const type = header[156] === 0 ? '0' : String.fromCharCode(header[156]);

    if (type === 'L' || type === 'x') {
      if (size > MAX_HEADER_EXTENSION) return s.skip(label, `tar header extension of ${size} bytes at byte ${headerAt}: the rest was not inspected`);
      const body = (await reader.read(padded)).subarray(0, size);
      longName = type === 'L' ? cString(body, 0, body.length) : (paxPath(body) ?? longName);
      continue;
    }
    const name = longName ?? ustarName(header);
    longName = undefined;
    if (type !== '0' && type !== '7') {
      await reader.skip(padded);
      continue;
    }
    if (++entries > s.limits.maxEntries) return s.skip(label, `more than ${s.limits.maxEntries} entries (limit): the rest was not inspected`);
    const entryLabel = `${label}!/${name}`;
    const start = reader.position;
    const unsafe = unsafeEntryName(name);
    if (unsafe) s.skip(entryLabel, `refused: ${unsafe}; nothing was extracted or read`);
    else {
      try {
        await inspect(entryLabel, name, reader.take(size), depth + 1, size);
      } catch (err) {
        if (err instanceof Refusal && err.fatal) throw err;
        s.skip(entryLabel, reasonOf(err));
      }
    }
    await reader.skip(start + padded - reader.position);
  }
}

function entrySize(header: Buffer): number {
  if (header[124] & 0x80) {
    // GNU base-256: big-endian, the first byte's top bit is the marker.
    let n = header[124] & 0x7f;
    for (let i = 125; i < 136; i++) n = n * 256 + header[i];
    return n;
  }
  const text = cString(header, 124, 136).trim();
  return text === '' ? 0 : parseInt(text, 8) || 0;
}

function ustarName(header: Buffer): string {
  const name = cString(header, 0, 100);
  const magic = header.toString('latin1', 257, 262);
  const prefix = magic === 'ustar' ? cString(header, 345, 500) : '';
  return prefix ? `${prefix}/${name}` : name;
}

function paxPath(body: Buffer): string | undefined {
  let at = 0;
  let path: string | undefined;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    if (space < 0) break;
    const length = parseInt(body.toString('latin1', at, space), 10);
    if (!(length > 0)) break;
    const record = body.toString('utf8', space + 1, at + length - 1);
    if (record.startsWith('path=')) path = record.slice(5);
    at += length;
  }
  return path;
}

function checksumOk(header: Buffer): boolean {
  const stored = parseInt(cString(header, 148, 156).trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  return stored === sum;
}

function cString(buf: Buffer, from: number, to: number): string {
  const end = buf.indexOf(0, from);
  return buf.toString('utf8', from, end >= 0 && end < to ? end : to);
}
