import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { gunzipped } from './gzip.js';
import { formatBytes } from './limits.js';
import { PullReader } from './pull-reader.js';
import { scanRaw } from './raw.js';
import { Refusal, messageOf, type ArtifactSession } from './session.js';
import { SNIFF_BYTES, sniffFormat, type Format } from './sniff.js';
import { scanTar } from './tar.js';
import { openZipBuffer, openZipFile, scanZip } from './zip.js';

/** Scans one artifact on disk: a zip by random access, anything else as a stream of chunks. */
export async function inspectFile(s: ArtifactSession, label: string, abs: string): Promise<void> {
  const format = sniffFormat(await head(abs), label);
  if (format.kind === 'zip') {
    const zip = await openZipFile(abs).catch((err: unknown) => {
      s.skip(label, `could not be read as a zip (${messageOf(err)}): scanned as raw bytes only`);
      return undefined;
    });
    if (zip) return scanZip(s, label, zip, 0, entryInspector(s));
  }
  if (format.kind === 'raw' && (await zipDirectoryAtEnd(abs))) {
    s.skip(label, 'a zip archive behind a prepended stub (a self-extracting or padded file): its compressed entries were not inspected, its raw bytes were');
  }
  const stream = createReadStream(abs, { highWaterMark: s.limits.chunkBytes });
  await inspectStream(s, label, label, stream, 0, undefined, format.kind === 'zip' ? { kind: 'raw', what: 'broken zip' } : format);
}

// A zip ends with its central directory's end record (PK 5 6) within the last 22 + 65,535 bytes (the comment).
const EOCD_WINDOW = 22 + 0xffff;

async function zipDirectoryAtEnd(abs: string): Promise<boolean> {
  const handle = await open(abs, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, EOCD_WINDOW);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    return tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) !== -1;
  } finally {
    await handle.close();
  }
}

/**
 * Scans a stream whose format is sniffed from its first bytes: a zip is read from memory (up to the nested
 * cap), gzip is inflated and sniffed again (a tarball is read entry by entry), a format that cannot be opened is
 * listed as not inspected, and everything else is scanned as raw bytes.
 */
export async function inspectStream(
  s: ArtifactSession,
  label: string,
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  depth: number,
  declaredSize?: number,
  known?: Format,
): Promise<void> {
  const reader = new PullReader(chunks);
  try {
    const format = known ?? sniffFormat(await reader.peek(SNIFF_BYTES), name);
    switch (format.kind) {
      case 'unsupported':
        return s.skip(label, `not inspected: ${format.reason}`);
      case 'media':
        s.media++;
        return;
      case 'raw':
        return await scanRaw(s, label, reader.take(Infinity));
      case 'tar':
        return await scanTar(s, label, reader, depth, entryInspector(s));
      case 'gzip': {
        if (depth >= s.limits.maxDepth) return s.skip(label, `compressed layers nested deeper than ${s.limits.maxDepth} levels (limit): not inspected`);
        const inner = name.replace(/\.t?gz$/i, (ext) => (ext.toLowerCase() === '.tgz' ? '.tar' : ''));
        return await inspectStream(s, label, inner, gunzipped(s, reader), depth + 1);
      }
      case 'zip':
        return await inspectNestedZip(s, label, reader, depth, declaredSize);
    }
  } finally {
    await reader.close();
  }
}

async function inspectNestedZip(s: ArtifactSession, label: string, reader: PullReader, depth: number, declaredSize?: number): Promise<void> {
  const { maxDepth, maxNestedBytes } = s.limits;
  const tooDeep = depth >= maxDepth;
  if (tooDeep || (declaredSize ?? 0) > maxNestedBytes) {
    s.skip(
      label,
      tooDeep
        ? `nested archive deeper than ${maxDepth} levels (limit): its compressed entries were not inspected, its raw bytes were`
        : `nested archive of ${formatBytes(declaredSize ?? 0)}, above the ${formatBytes(maxNestedBytes)} held in memory (limit): its compressed entries were not inspected, its raw bytes were`,
    );
    return scanRaw(s, label, reader.take(Infinity));
  }
  // One allocation of the declared size when it is known, so the archive is never held twice.
  let bytes = Buffer.allocUnsafe(declaredSize ?? s.limits.chunkBytes);
  let held = 0;
  for await (const piece of reader.take(Infinity)) {
    if (held + piece.length > maxNestedBytes) throw new Refusal(`refused: nested archive grows past ${formatBytes(maxNestedBytes)} (limit) while read`);
    if (held + piece.length > bytes.length) bytes = Buffer.concat([bytes.subarray(0, held)], Math.min(maxNestedBytes, 2 * (held + piece.length)));
    bytes.set(piece, held);
    held += piece.length;
  }
  s.spend(held);
  await scanZip(s, label, await openZipBuffer(bytes.subarray(0, held)), depth, entryInspector(s));
}

function entryInspector(s: ArtifactSession) {
  return (label: string, name: string, chunks: AsyncIterable<Uint8Array>, depth: number, size: number) => inspectStream(s, label, name, chunks, depth, size);
}

async function head(abs: string): Promise<Buffer> {
  const handle = await open(abs, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
