import { PNG } from 'pngjs';
import { checkDimensions, IconDecodeError, type RgbaImage } from './image.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && Buffer.from(bytes.buffer, bytes.byteOffset, 8).equals(SIGNATURE);
}

/** Width and height from the IHDR chunk, which must come first. */
export function pngSize(bytes: Uint8Array, what: string): { width: number; height: number } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < 24 || view.toString('latin1', 12, 16) !== 'IHDR') throw new IconDecodeError(`${what} has no IHDR header`);
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

/**
 * Decodes a PNG to 8-bit RGBA. The dimensions are checked before decoding, and pngjs inflates no more than those
 * dimensions need, so a decompression bomb stops at the size its header declares.
 */
export function decodePng(bytes: Uint8Array, what = 'PNG'): RgbaImage {
  const { width, height } = pngSize(bytes, what);
  checkDimensions(width, height, what);
  try {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: png.width, height: png.height, data: png.data };
  } catch (err) {
    throw new IconDecodeError(`${what} could not be decoded: ${err instanceof Error ? err.message : String(err)}`);
  }
}
