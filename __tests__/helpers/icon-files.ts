import { PNG } from 'pngjs';
import type { RgbaImage } from '../../src/checks/branding/icons/image.js';

/** Icon files made at test time from drawn images. */
export function encodePng(image: RgbaImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  Buffer.from(image.data).copy(png.data);
  return PNG.sync.write(png);
}

/** A Windows .ico with the given frames: PNG, or BMP of 32 bits (alpha) or 24 bits (AND mask from alpha >= 128). */
export function icoOf(frames: { image: RgbaImage; as: 'png' | 'bmp32' | 'bmp24' }[]): Buffer {
  const bodies = frames.map(({ image, as }) => (as === 'png' ? encodePng(image) : bmpFrame(image, as === 'bmp32' ? 32 : 24)));
  const header = Buffer.alloc(6 + 16 * frames.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(frames.length, 4);
  let offset = header.length;
  frames.forEach(({ image }, i) => {
    const entry = 6 + i * 16;
    header[entry] = image.width >= 256 ? 0 : image.width;
    header[entry + 1] = image.height >= 256 ? 0 : image.height;
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(bodies[i].length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += bodies[i].length;
  });
  return Buffer.concat([header, ...bodies]);
}

function bmpFrame(image: RgbaImage, bits: 24 | 32): Buffer {
  const { width, height, data } = image;
  const stride = Math.ceil((width * bits) / 32) * 4;
  const maskStride = Math.ceil(width / 32) * 4;
  const out = Buffer.alloc(40 + stride * height + maskStride * height);
  out.writeUInt32LE(40, 0);
  out.writeInt32LE(width, 4);
  out.writeInt32LE(height * 2, 8);
  out.writeUInt16LE(1, 12);
  out.writeUInt16LE(bits, 14);
  for (let y = 0; y < height; y++) {
    const row = 40 + (height - 1 - y) * stride;
    const maskRow = 40 + stride * height + (height - 1 - y) * maskStride;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const p = row + (x * bits) / 8;
      out[p] = data[i + 2];
      out[p + 1] = data[i + 1];
      out[p + 2] = data[i];
      if (bits === 32) out[p + 3] = data[i + 3];
      else if (data[i + 3] < 128) out[maskRow + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return out;
}

/** An Apple .icns holding the given PNG images (as ic07, ic08, ...). */
export function icnsOf(pngs: Buffer[]): Buffer {
  const entries = pngs.map((png, i) => {
    const head = Buffer.alloc(8);
    head.write(`ic${String(7 + i).padStart(2, '0')}`, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([header, ...entries]);
}
