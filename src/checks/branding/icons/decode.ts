import { decodeIcns, isIcns } from './icns.js';
import { decodeIco, isIco } from './ico.js';
import { IconDecodeError, type RgbaImage } from './image.js';
import { decodePng, isPng } from './png.js';
import { decodeWebp, isWebp } from './webp.js';

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
