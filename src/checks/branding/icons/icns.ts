import { IconDecodeError, type RgbaImage } from './image.js';
import { decodePng, isPng, pngSize } from './png.js';

export function isIcns(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && Buffer.from(bytes.buffer, bytes.byteOffset, 4).toString('latin1') === 'icns';
}

/**
 * Decodes the largest PNG image of an Apple .icns (ic07 to ic14 and the like hold PNG since macOS 10.7); the older
 * RLE bitmaps and JPEG 2000 images are not decoded.
 */
export function decodeIcns(bytes: Uint8Array): RgbaImage {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = Math.min(view.length, view.readUInt32BE(4));
  const pngs: { side: number; data: Uint8Array }[] = [];
  for (let at = 8; at + 8 <= end; ) {
    const length = view.readUInt32BE(at + 4);
    if (length < 8 || at + length > end) break;
    const data = bytes.subarray(at + 8, at + length);
    if (isPng(data)) {
      try {
        const { width, height } = pngSize(data, 'ICNS PNG image');
        pngs.push({ side: Math.max(width, height), data });
      } catch (err) {
        if (!(err instanceof IconDecodeError)) throw err;
      }
    }
    at += length;
  }
  pngs.sort((a, b) => b.side - a.side);
  if (pngs.length === 0) throw new IconDecodeError('ICNS holds no PNG image (its RLE and JPEG 2000 images are not decoded)');
  return decodePng(pngs[0].data, 'ICNS PNG image');
}
