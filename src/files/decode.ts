export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Sniffed = { binary: true } | { binary: false; encoding: Encoding; bomLength: number };

const SNIFF_BYTES = 8192;

/** What a reader takes a file for when it is told not to sniff: UTF-8 bytes from the first byte on. */
export const AS_BYTES: Sniffed = { binary: false, encoding: 'utf-8', bomLength: 0 };

/**
 * Decides from a file's first bytes whether it is text, and how it is encoded: a BOM wins; UTF-16 without a BOM
 * is recognised by its NUL bytes all falling on one parity; any other NUL byte means binary.
 */
export function sniff(head: Uint8Array): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { binary: false, encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { binary: false, encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { binary: false, encoding: 'utf-16be', bomLength: 2 };
  const n = Math.min(head.length, SNIFF_BYTES);
  // Most files hold no NUL byte at all: a native search says so many times faster than a loop over every byte.
  const firstNul = Buffer.from(head.buffer, head.byteOffset, n).indexOf(0);
  if (firstNul === -1) return { binary: false, encoding: 'utf-8', bomLength: 0 };
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = firstNul; i < n; i++) {
    if (head[i] === 0) {
      if (i & 1) nulOdd++;
      else nulEven++;
    }
  }
  const pairs = n >> 1;
  if (nulOdd > pairs * 0.3 && nulEven === 0) return { binary: false, encoding: 'utf-16le', bomLength: 0 };
  if (nulEven > pairs * 0.3 && nulOdd === 0) return { binary: false, encoding: 'utf-16be', bomLength: 0 };
  return { binary: true };
}
