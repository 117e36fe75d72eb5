import { expect, test } from '@jest/globals';
import { deflateSync } from 'node:zlib';
import { decodeIcon } from '../src/checks/branding/icons/decode.js';
import { IconDecodeError, type RgbaImage } from '../src/checks/branding/icons/image.js';
import { draw, planeIcon } from './helpers/icon-drawing.js';
import { encodePng, icnsOf, icoOf } from './helpers/icon-files.js';

const plane = draw(64, planeIcon());

function expectSame(a: RgbaImage, b: RgbaImage): void {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
}

test('a PNG decodes to the pixels it was made of', () => {
  expectSame(decodeIcon(encodePng(plane)), plane);
});

test('an ICO decodes its largest frame, PNG or 32-bit BMP', () => {
  const small = draw(16, planeIcon());
  expectSame(decodeIcon(icoOf([{ image: small, as: 'bmp32' }, { image: plane, as: 'png' }])), plane);
  expectSame(decodeIcon(icoOf([{ image: plane, as: 'bmp32' }, { image: small, as: 'png' }])), plane);
});

test('a 24-bit BMP frame takes its transparency from the AND mask', () => {
  const decoded = decodeIcon(icoOf([{ image: plane, as: 'bmp24' }]));
  for (let i = 0; i < plane.width * plane.height; i++) {
    const opaque = plane.data[i * 4 + 3] >= 128;
    expect(decoded.data[i * 4 + 3]).toBe(opaque ? 255 : 0);
    if (opaque) expect(decoded.data.subarray(i * 4, i * 4 + 3)).toEqual(plane.data.subarray(i * 4, i * 4 + 3));
  }
});

test('an ICNS decodes its largest PNG image', () => {
  expectSame(decodeIcon(icnsOf([encodePng(draw(32, planeIcon())), encodePng(plane)])), plane);
});

test('hostile and unsupported files are refused with a reason, never decoded at any cost', () => {
  const reason = (bytes: Uint8Array) => {
    try {
      decodeIcon(bytes);
    } catch (err) {
      if (err instanceof IconDecodeError) return err.message;
      throw err;
    }
    throw new Error('decoded');
  };
  // A PNG header that asks for 100000 x 100000 pixels (40 GB): refused before anything is inflated.
  const huge = Buffer.from(encodePng(plane));
  huge.writeUInt32BE(100000, 16);
  huge.writeUInt32BE(100000, 20);
  expect(reason(huge)).toMatch(/declares 100000x100000 pixels, over the 4096 px/);
  // A decompression bomb: 16 MB of zeros in 16 kB of IDAT behind a 64 x 64 header inflates no further than 64 x 64.
  expect(reason(bombPng())).toMatch(/could not be decoded/);
  expect(reason(encodePng(plane).subarray(0, 60))).toMatch(/could not be decoded/);
  expect(reason(icoOf([{ image: plane, as: 'png' }]).subarray(0, 30))).toMatch(/ICO has no frame inside the file/);
  const badBmp = icoOf([{ image: plane, as: 'bmp32' }]);
  badBmp.writeUInt16LE(8, 22 + 14);
  expect(reason(badBmp)).toMatch(/8 bits per pixel is not decoded/);
  expect(reason(Buffer.from('icns\0\0\0\x10ic08\0\0\0\x08', 'latin1'))).toMatch(/ICNS holds no PNG image/);
  expect(reason(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toMatch(/WebP image/);
  expect(reason(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatch(/SVG \(vector\)/);
  expect(reason(Buffer.from('<vector xmlns:android="http://schemas.android.com/apk/res/android"/>'))).toMatch(/XML \(vector\) drawable/);
  expect(reason(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toMatch(/JPEG/);
  expect(reason(Buffer.from('GIF89a'))).toMatch(/not a PNG, ICO or ICNS/);
});

/** A valid 64 x 64 PNG header followed by an IDAT that inflates to 16 MB. */
function bombPng(): Buffer {
  const head = Buffer.from(encodePng(plane));
  const ihdrEnd = 8 + 8 + 13 + 4;
  const idat = deflateSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
  return Buffer.concat([head.subarray(0, ihdrEnd), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
