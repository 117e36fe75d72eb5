import type { RgbaImage } from '../../src/checks/branding/icons/image.js';

/** A RIFF WebP container holding the given chunks, each as [fourcc, payload]. */
export function webpOf(chunks: [string, Buffer][]): Buffer {
  const bodies = chunks.map(([fourcc, payload]) => {
    const head = Buffer.alloc(8);
    head.write(fourcc, 0, 'latin1');
    head.writeUInt32LE(payload.length, 4);
    return Buffer.concat([head, payload, Buffer.alloc(payload.length & 1)]);
  });
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + bodies.reduce((n, b) => n + b.length, 0), 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, ...bodies]);
}

/** A VP8X chunk's payload: the flags byte and the canvas size. */
export function vp8xPayload(width: number, height: number, flags = 0): Buffer {
  const payload = Buffer.alloc(10);
  payload[0] = flags;
  payload.writeUIntLE(width - 1, 4, 3);
  payload.writeUIntLE(height - 1, 7, 3);
  return payload;
}

/**
 * A lossless WebP (VP8L) of the image made at test time: no transform, no colour cache, and every channel written as
 * an 8-bit literal with a fixed prefix code (every byte value 8 bits long). Large, but a valid VP8L bitstream.
 */
export function encodeWebpLossless(image: RgbaImage): Buffer {
  const bits = new BitWriter();
  bits.write(0x2f, 8);
  bits.write(image.width - 1, 14);
  bits.write(image.height - 1, 14);
  bits.write(1, 1); // alpha is used
  bits.write(0, 3); // version
  bits.write(0, 1); // no transform
  bits.write(0, 1); // no colour cache
  bits.write(0, 1); // no meta prefix codes
  // Green (256 literals + 24 length prefixes), red, blue, alpha: the byte values 8 bits long, the rest unused.
  for (const alphabet of [280, 256, 256, 256]) writeEightBitLiteralCode(bits, alphabet);
  // Distance: a simple code of one symbol (never read, as no pixel is a back-reference).
  bits.write(1, 1);
  bits.write(0, 1);
  bits.write(0, 1);
  bits.write(0, 1);
  const { data } = image;
  for (let i = 0; i < image.width * image.height; i++) {
    for (const channel of [1, 0, 2, 3]) bits.writeCode(data[i * 4 + channel], 8);
  }
  return webpOf([['VP8L', bits.bytes()]]);
}

// The order in which the code length code's lengths are stored (VP8L specification, 3.7.2.1.2).
const CODE_LENGTH_ORDER = [17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8];

/** A normal prefix code: symbols 0-255 of length 8, the rest of the alphabet 0, through a code length code {0, 8}. */
function writeEightBitLiteralCode(bits: BitWriter, alphabet: number): void {
  bits.write(0, 1); // normal code
  bits.write(CODE_LENGTH_ORDER.length - 4, 4);
  for (const symbol of CODE_LENGTH_ORDER) bits.write(symbol === 0 || symbol === 8 ? 1 : 0, 3);
  bits.write(0, 1); // max_symbol is the alphabet size
  // The code length code has two 1-bit codes: length 0 is "0", length 8 is "1".
  for (let symbol = 0; symbol < alphabet; symbol++) bits.write(symbol < 256 ? 1 : 0, 1);
}

class BitWriter {
  private readonly out: number[] = [];
  private value = 0;
  private used = 0;

  /** Writes a number's low bits, least significant first (how VP8L stores header fields). */
  write(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >>> i) & 1);
  }

  /** Writes a prefix code, its most significant bit first (how VP8L stores codes). */
  writeCode(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((code >>> i) & 1);
  }

  bytes(): Buffer {
    return Buffer.from(this.used > 0 ? [...this.out, this.value] : this.out);
  }

  private bit(bit: number): void {
    this.value |= bit << this.used;
    if (++this.used === 8) {
      this.out.push(this.value);
      this.value = 0;
      this.used = 0;
    }
  }
}
