import { checkDimensions, IconDecodeError, type RgbaImage } from './image.js';
import { decodePng, isPng } from './png.js';

export function isIco(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0;
}

interface Frame {
  width: number;
  data: Uint8Array;
}

/**
 * Decodes the largest frame of a Windows .ico that can be decoded: PNG frames, and BMP frames of 32 bits (with
 * alpha) or 24 bits (with the AND mask as transparency).
 */
export function decodeIco(bytes: Uint8Array): RgbaImage {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.readUInt16LE(4);
  if (count === 0 || 6 + count * 16 > view.length) throw new IconDecodeError(`ICO directory of ${count} entries does not fit in the file`);
  const frames: Frame[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 6 + i * 16;
    const size = view.readUInt32LE(entry + 8);
    const offset = view.readUInt32LE(entry + 12);
    if (offset + size > view.length || size === 0) continue;
    frames.push({ width: view[entry] || 256, data: bytes.subarray(offset, offset + size) });
  }
  frames.sort((a, b) => b.width - a.width);
  const reasons: string[] = [];
  for (const frame of frames) {
    try {
      return isPng(frame.data) ? decodePng(frame.data, 'ICO PNG frame') : decodeBmpFrame(frame.data);
    } catch (err) {
      if (!(err instanceof IconDecodeError)) throw err;
      reasons.push(err.message);
    }
  }
  throw new IconDecodeError(frames.length === 0 ? 'ICO has no frame inside the file' : `no ICO frame could be decoded (${[...new Set(reasons)].join('; ')})`);
}

/** A DIB as stored in an .ico: BITMAPINFOHEADER, pixels bottom-up, the height doubled for the AND mask after them. */
function decodeBmpFrame(data: Uint8Array): RgbaImage {
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (view.length < 40 || view.readUInt32LE(0) < 40) throw new IconDecodeError('ICO frame is neither PNG nor a BMP with a BITMAPINFOHEADER');
  const headerSize = view.readUInt32LE(0);
  const width = view.readInt32LE(4);
  const height = Math.abs(view.readInt32LE(8)) / 2;
  const bits = view.readUInt16LE(14);
  const compression = view.readUInt32LE(16);
  checkDimensions(width, height, 'ICO BMP frame');
  if (compression !== 0 || (bits !== 32 && bits !== 24)) {
    throw new IconDecodeError(`ICO BMP frame of ${bits} bits per pixel${compression ? ', compressed' : ''} is not decoded (only 24 and 32 bits)`);
  }
  const stride = Math.ceil((width * bits) / 32) * 4;
  const maskStride = Math.ceil(width / 32) * 4;
  const pixelsAt = headerSize;
  const maskAt = pixelsAt + stride * height;
  if (maskAt > view.length) throw new IconDecodeError('ICO BMP frame is cut short');
  const hasMask = bits === 24 && maskAt + maskStride * height <= view.length;
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = pixelsAt + (height - 1 - y) * stride;
    for (let x = 0; x < width; x++) {
      const p = row + (x * bits) / 8;
      const o = (y * width + x) * 4;
      out[o] = view[p + 2];
      out[o + 1] = view[p + 1];
      out[o + 2] = view[p];
      if (bits === 32) out[o + 3] = view[p + 3];
      else {
        const masked = hasMask && (view[maskAt + (height - 1 - y) * maskStride + (x >> 3)] >> (7 - (x & 7))) & 1;
        out[o + 3] = masked ? 0 : 255;
      }
    }
  }
  return { width, height, data: out };
}
