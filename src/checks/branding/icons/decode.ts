import { closeSync, openSync, readSync } from 'node:fs';
import type { FileEntry } from '../../../files/types.js';
import { errorCode } from '../../../files/walk.js';
import { decodeIcns, isIcns } from './icns.js';
import { decodeIco, isIco } from './ico.js';
import { IconDecodeError, type RgbaImage } from './image.js';
import { decodePng, isPng } from './png.js';
import { decodeWebp, isWebp } from './webp.js';

// An .icns with every size up to 1024 px is a few MiB; a bigger "icon" is not one, and is not read whole.
const MAX_ICON_FILE_BYTES = 16 * 1024 * 1024;

/** Reads and decodes an icon file of the tree; throws IconDecodeError with the reason. */
export async function decodeIconFile(file: FileEntry): Promise<RgbaImage> {
  return decodeIcon(readIconBytes(file));
}

function readIconBytes(file: FileEntry): Buffer {
  if (file.size > MAX_ICON_FILE_BYTES) throw new IconDecodeError(`larger than ${MAX_ICON_FILE_BYTES / 1024 / 1024} MiB: not read as an icon`);
  let fd: number | undefined;
  try {
    fd = openSync(file.abs, 'r');
    const buffer = Buffer.alloc(file.size);
    const read = readSync(fd, buffer, 0, file.size, 0);
    return buffer.subarray(0, read);
  } catch (err) {
    throw new IconDecodeError(`could not be read as an icon: ${errorCode(err)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Decodes an icon file by what its bytes are, whatever its name says; throws IconDecodeError with the reason. */
export async function decodeIcon(bytes: Uint8Array): Promise<RgbaImage> {
  if (isPng(bytes)) return decodePng(bytes);
  if (isWebp(bytes)) return decodeWebp(bytes);
  if (isIco(bytes)) return decodeIco(bytes);
  if (isIcns(bytes)) return decodeIcns(bytes);
  throw new IconDecodeError(notDecodedReason(bytes));
}

function notDecodedReason(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'JPEG image: not decoded (icons are PNG, WebP, ICO or ICNS)';
  if (/^\s*(?:\uFEFF)?</.test(head)) return /<svg\b/.test(head) ? 'SVG (vector) image: not rasterised, not inspected' : 'XML (vector) drawable: not rasterised, not inspected';
  return 'not a PNG, WebP, ICO or ICNS image: not inspected';
}
