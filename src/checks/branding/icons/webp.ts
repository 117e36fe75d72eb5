import { checkDimensions, IconDecodeError, type RgbaImage } from './image.js';

export function isWebp(bytes: Uint8Array): boolean {
  if (bytes.length < 12) return false;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, 12).toString('latin1');
  return head.startsWith('RIFF') && head.endsWith('WEBP');
}

const ANIMATION_FLAG = 0x02;

/**
 * Reads every size the file declares (the VP8X canvas and the VP8/VP8L bitstream) and refuses the file before
 * decoding when one is not an icon's, or when it is animated. libwebp checks the sizes agree; this only bounds them.
 */
function checkWebpHeader(bytes: Uint8Array): void {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 12; at + 8 <= view.length; ) {
    const fourcc = view.toString('latin1', at, at + 4);
    const size = view.readUInt32LE(at + 4);
    const payload = view.subarray(at + 8, Math.min(view.length, at + 8 + size));
    if (fourcc === 'VP8X') {
      if (payload.length < 10) throw new IconDecodeError('WebP VP8X header is cut short');
      if (payload[0] & ANIMATION_FLAG) throw new IconDecodeError('animated WebP image: not inspected');
      checkDimensions(payload.readUIntLE(4, 3) + 1, payload.readUIntLE(7, 3) + 1, 'WebP canvas');
    } else if (fourcc === 'VP8 ') {
      if (payload.length < 10 || payload[3] !== 0x9d || payload[4] !== 0x01 || payload[5] !== 0x2a) throw new IconDecodeError('WebP VP8 (lossy) header is missing or cut short');
      checkDimensions(payload.readUInt16LE(6) & 0x3fff, payload.readUInt16LE(8) & 0x3fff, 'WebP VP8 (lossy) image');
      return;
    } else if (fourcc === 'VP8L') {
      if (payload.length < 5 || payload[0] !== 0x2f) throw new IconDecodeError('WebP VP8L (lossless) header is missing or cut short');
      const bits = payload.readUInt32LE(1);
      checkDimensions((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1, 'WebP VP8L (lossless) image');
      return;
    }
    at += 8 + size + (size & 1);
  }
  throw new IconDecodeError('WebP file holds no VP8 or VP8L image');
}

type WebpDecoder = typeof import('@cwasm/webp');
let decoder: Promise<WebpDecoder> | undefined;

/**
 * Decodes a still WebP (lossy or lossless, with or without alpha) to 8-bit RGBA with libwebp compiled to WebAssembly,
 * loaded on the first WebP icon only. The header is checked first, so libwebp never allocates for a hostile size.
 */
export async function decodeWebp(bytes: Uint8Array): Promise<RgbaImage> {
  checkWebpHeader(bytes);
  try {
    const { decode } = await (decoder ??= import('@cwasm/webp'));
    const image = decode(bytes);
    return { width: image.width, height: image.height, data: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
  } catch (err) {
    throw new IconDecodeError(`WebP image could not be decoded: ${err instanceof Error ? err.message : String(err)}`);
  }
}
