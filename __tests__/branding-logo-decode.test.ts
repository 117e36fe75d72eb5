import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { decodeIcon } from '../src/checks/branding/icons/decode.js';
import { IconDecodeError, type RgbaImage } from '../src/checks/branding/icons/image.js';
import { draw, planeIcon } from './helpers/icon-drawing.js';
import { encodePng, icnsOf, icoOf } from './helpers/icon-files.js';
import { encodeWebpLossless, vp8xPayload, webpOf } from './helpers/webp-files.js';

const plane = draw(64, planeIcon());

function expectSame(a: RgbaImage, b: RgbaImage): void {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
}

test('a PNG decodes to the pixels it was made of', async () => {
  expectSame(await decodeIcon(encodePng(plane)), plane);
});

test('an ICO decodes its largest frame, PNG or 32-bit BMP', async () => {
  const small = draw(16, planeIcon());
  expectSame(await decodeIcon(icoOf([{ image: small, as: 'bmp32' }, { image: plane, as: 'png' }])), plane);
  expectSame(await decodeIcon(icoOf([{ image: plane, as: 'bmp32' }, { image: small, as: 'png' }])), plane);
});

test('a 24-bit BMP frame takes its transparency from the AND mask', async () => {
  const decoded = await decodeIcon(icoOf([{ image: plane, as: 'bmp24' }]));
  for (let i = 0; i < plane.width * plane.height; i++) {
    const opaque = plane.data[i * 4 + 3] >= 128;
    expect(decoded.data[i * 4 + 3]).toBe(opaque ? 255 : 0);
    if (opaque) expect(decoded.data.subarray(i * 4, i * 4 + 3)).toEqual(plane.data.subarray(i * 4, i * 4 + 3));
  }
});

test('an ICNS decodes its largest PNG image', async () => {
  expectSame(await decodeIcon(icnsOf([encodePng(draw(32, planeIcon())), encodePng(plane)])), plane);
});

/** Why decodeIcon refuses the bytes; fails the test when they decode or it throws anything but IconDecodeError. */
async function reason(bytes: Uint8Array): Promise<string> {
  try {
    await decodeIcon(bytes);
  } catch (err) {
    if (err instanceof IconDecodeError) return err.message;
    throw err;
  }
  throw new Error('decoded');
}

test('hostile and unsupported files are refused with a reason, never decoded at any cost', async () => {
  // A PNG header that asks for 100000 x 100000 pixels (40 GB): refused before anything is inflated.
  const huge = Buffer.from(encodePng(plane));
  huge.writeUInt32BE(100000, 16);
  huge.writeUInt32BE(100000, 20);
  expect(await reason(huge)).toMatch(/declares 100000x100000 pixels, over the 4096 px/);
  // A decompression bomb: 16 MB of zeros in 16 kB of IDAT behind a 64 x 64 header inflates no further than 64 x 64.
  expect(await reason(bombPng())).toMatch(/could not be decoded/);
  expect(await reason(encodePng(plane).subarray(0, 60))).toMatch(/could not be decoded/);
  expect(await reason(icoOf([{ image: plane, as: 'png' }]).subarray(0, 30))).toMatch(/ICO has no frame inside the file/);
  const badBmp = icoOf([{ image: plane, as: 'bmp32' }]);
  badBmp.writeUInt16LE(8, 22 + 14);
  expect(await reason(badBmp)).toMatch(/8 bits per pixel is not decoded/);
  expect(await reason(Buffer.from('icns\0\0\0\x10ic08\0\0\0\x08', 'latin1'))).toMatch(/ICNS holds no PNG image/);
  expect(await reason(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatch(/SVG \(vector\)/);
  expect(await reason(Buffer.from('<vector xmlns:android="http://schemas.android.com/apk/res/android"/>'))).toMatch(/XML \(vector\) drawable/);
  expect(await reason(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toMatch(/JPEG/);
  expect(await reason(Buffer.from('GIF89a'))).toMatch(/not a PNG, WebP, ICO or ICNS/);
});

const WEBP_FIXTURES = join(import.meta.dirname, 'fixtures/branding/webp');
const webpFixture = (name: string) => readFileSync(join(WEBP_FIXTURES, name));

test('a lossless WebP made at test time decodes to the pixels it was made of, alpha included', async () => {
  expectSame(await decodeIcon(encodeWebpLossless(plane)), plane);
  const rounded = draw(48, planeIcon(), { mask: 'rounded', padding: 0.04 });
  expectSame(await decodeIcon(encodeWebpLossless(rounded)), rounded);
});

// The fixtures (fixtures/branding/webp/README.md): 64 x 48, the left half red, the right half blue, the bottom half
// alpha 128 where the file has alpha. Lossy coding moves colours a little; alpha is stored losslessly.
test.each([
  ['lossy.webp', 255],
  ['lossy-alpha.webp', 128],
  ['lossless-alpha.webp', 128],
])('%s (libwebp) decodes to its size, colours and alpha', async (name, bottomAlpha) => {
  const image = await decodeIcon(webpFixture(name));
  expect([image.width, image.height]).toEqual([64, 48]);
  const pixel = (x: number, y: number) => [...image.data.subarray((y * 64 + x) * 4, (y * 64 + x) * 4 + 4)];
  const near = (got: number[], want: number[]) => got.every((v, i) => Math.abs(v - want[i]) <= 12);
  for (const [x, y, want] of [
    [8, 8, [255, 0, 0, 255]],
    [56, 8, [0, 0, 255, 255]],
    [8, 40, [255, 0, 0, bottomAlpha]],
    [56, 40, [0, 0, 255, bottomAlpha]],
  ] as const) {
    expect({ x, y, near: near(pixel(x, y), [...want]) }).toEqual({ x, y, near: true });
    expect(pixel(x, y)[3]).toBe(want[3]);
  }
});

test('hostile, animated, truncated and garbage WebP files are refused with a reason, and the decoder goes on', async () => {
  const lossless = encodeWebpLossless(draw(16, planeIcon()));
  // A VP8X canvas of 100000 x 100000 (40 GB of RGBA) in front of a valid 16 x 16 image: refused before decoding.
  expect(await reason(webpOf([['VP8X', vp8xPayload(100000, 100000)], ['VP8L', lossless.subarray(20)]]))).toMatch(
    /WebP canvas declares 100000x100000 pixels, over the 4096 px/,
  );
  // The largest VP8L header (16384 x 16384) and VP8 header (16383 x 16383).
  const bigVp8l = Buffer.from(lossless);
  bigVp8l.writeUInt32LE(0x3fff | (0x3fff << 14), 21);
  expect(await reason(bigVp8l)).toMatch(/WebP VP8L \(lossless\) image declares 16384x16384 pixels/);
  const bigVp8 = Buffer.from(webpFixture('lossy.webp'));
  bigVp8.writeUInt16LE(0x3fff, 20 + 6);
  bigVp8.writeUInt16LE(0x3fff, 20 + 8);
  expect(await reason(bigVp8)).toMatch(/WebP VP8 \(lossy\) image declares 16383x16383 pixels/);
  expect(await reason(webpOf([['VP8X', vp8xPayload(16, 16, 0x02)], ['ANIM', Buffer.alloc(6)]]))).toBe('animated WebP image: not inspected');
  // Cut short: inside the bitstream, inside the header, before any image.
  expect(await reason(webpFixture('lossy-alpha.webp').subarray(0, 90))).toMatch(/^WebP image could not be decoded/);
  expect(await reason(lossless.subarray(0, lossless.length / 2))).toMatch(/^WebP image could not be decoded/);
  expect(await reason(webpFixture('lossy.webp').subarray(0, 26))).toMatch(/WebP VP8 \(lossy\) header is missing or cut short/);
  expect(await reason(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toBe('WebP file holds no VP8 or VP8L image');
  // Garbage behind valid headers.
  const garbage = Buffer.from(webpFixture('lossy.webp'));
  for (let i = 30; i < garbage.length; i++) garbage[i] = (i * 151) & 0xff;
  expect(await reason(garbage)).toMatch(/^WebP image could not be decoded/);
  const garbageVp8l = Buffer.from(lossless);
  garbageVp8l.fill(0xff, 25);
  expect(await reason(garbageVp8l)).toMatch(/^WebP image could not be decoded/);
  // The decoder still decodes after every refusal.
  expectSame(await decodeIcon(lossless), draw(16, planeIcon()));
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
