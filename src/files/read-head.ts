import { closeSync, openSync, readSync } from 'node:fs';
import type { DiskPath } from './types.js';

/** The first `bytes` bytes of a file as UTF-8 text; undefined for an unreadable file, or a binary one when asked. */
export function readHead(abs: DiskPath, bytes: number, options: { textOnly?: boolean } = {}): string | undefined {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch {
    return undefined;
  }
  try {
    const buffer = Buffer.allocUnsafe(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    const head = buffer.subarray(0, n);
    if (options.textOnly && head.includes(0)) return undefined;
    return head.toString('utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
