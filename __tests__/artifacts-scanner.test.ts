import { describe, expect, test } from '@jest/globals';
import { HashScanner, type ByteMatch } from '../src/checks/artifacts/byte-scanner.js';
import { PullReader } from '../src/checks/artifacts/pull-reader.js';
import { sniffFormat } from '../src/checks/artifacts/sniff.js';
import { unsafeEntryName } from '../src/checks/artifacts/entry-name.js';
import { linkShipped } from '../src/pipeline/link-shipped.js';
import type { RawFinding } from '../src/findings.js';

const HASH = '344583e45741c457fe1862106095a5eb';
const HASHES = new Set([HASH]);
const TDLIB_HASH = 'a3406de8d171bb422bb6ddf3bbd800e2';

function scanInChunks(bytes: Buffer, cuts: number[]): ByteMatch[] {
  const scanner = new HashScanner(HASHES);
  const out: ByteMatch[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(...scanner.push(bytes.subarray(from, cut)));
    from = cut;
  }
  return out;
}

describe('HashScanner', () => {
  const ascii = Buffer.concat([Buffer.from([0xff, 0x00, 0x13]), Buffer.from(HASH.toUpperCase()), Buffer.from([0x00, 0x99])]);
  const utf16 = Buffer.concat([Buffer.from([0x41, 0x00, 0x7f]), Buffer.from(HASH, 'utf16le'), Buffer.from([0x00, 0x00])]);

  test('finds the value as ASCII (any case) and as UTF-16LE at an odd offset, with its offset', () => {
    expect(scanInChunks(ascii, [])).toEqual([{ hash: HASH, encoding: 'ASCII', offset: 3 }]);
    expect(scanInChunks(utf16, [])).toEqual([{ hash: HASH, encoding: 'UTF-16LE', offset: 3 }]);
  });

  test('a value cut at any chunk edge is found once, at the same offset', () => {
    for (const bytes of [ascii, utf16]) {
      const whole = scanInChunks(bytes, []);
      for (let cut = 1; cut < bytes.length; cut++) expect(scanInChunks(bytes, [cut])).toEqual(whole);
      expect(scanInChunks(bytes, Array.from({ length: bytes.length - 1 }, (_, i) => i + 1))).toEqual(whole);
    }
  });

  test('other hex, a value one digit short, or broken by a byte, is not a match', () => {
    const near = Buffer.from(`${HASH.slice(0, 31)} ${HASH.slice(1)} ${HASH.slice(0, 16)}\0${HASH.slice(16)} 0123456789abcdef0123456789abcdef`);
    expect(scanInChunks(near, [40])).toEqual([]);
  });

  test('a value inside a longer run of hex digits is found (binaries concatenate strings)', () => {
    const longer = Buffer.concat([Buffer.from(`ab${HASH}cd `), Buffer.from(`9${HASH}`, 'utf16le')]);
    expect(scanInChunks(longer, [20]).map((m) => [m.encoding, m.offset])).toEqual([
      ['ASCII', 2],
      ['UTF-16LE', 39],
    ]);
  });

  test('two occurrences are two matches', () => {
    const twice = Buffer.concat([Buffer.from(HASH), Buffer.from(' x '), Buffer.from(HASH, 'utf16le')]);
    expect(scanInChunks(twice, [33]).map((m) => [m.encoding, m.offset])).toEqual([
      ['ASCII', 0],
      ['UTF-16LE', 35],
    ]);
  });
});

describe('PullReader', () => {
  test('peek, read and take across chunk boundaries', async () => {
    async function* chunks() {
      yield Buffer.from('abc');
      yield Buffer.from('defgh');
      yield Buffer.from('ij');
    }
    const r = new PullReader(chunks());
    expect((await r.peek(4)).toString()).toBe('abcd');
    expect((await r.read(2)).toString()).toBe('ab');
    const taken: string[] = [];
    for await (const piece of r.take(4)) taken.push(piece.toString());
    expect(taken.join('')).toBe('cdef');
    expect(r.position).toBe(6);
    expect(await r.skip(100)).toBe(4);
    expect((await r.read(1)).length).toBe(0);
  });
});

describe('format sniffing and entry names', () => {
  test('formats come from the first bytes, not the name', () => {
    expect(sniffFormat(Buffer.from('PK\x03\x04'), 'x.exe').kind).toBe('zip');
    expect(sniffFormat(Buffer.from([0x1f, 0x8b, 8]), 'x').kind).toBe('gzip');
    expect(sniffFormat(Buffer.from('MZ\x90\x00'), 'setup.exe')).toEqual({ kind: 'raw', what: 'PE' });
    expect(sniffFormat(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), 'data.tar').kind).toBe('unsupported');
    const tar = Buffer.alloc(512);
    tar.write('ustar', 257, 'latin1');
    expect(sniffFormat(tar, 'x').kind).toBe('tar');
  });

  test('names that would escape an extraction folder are refused', () => {
    expect(unsafeEntryName('../../evil')).toMatch(/path traversal/);
    expect(unsafeEntryName('a/..\\..\\evil')).toMatch(/path traversal/);
    expect(unsafeEntryName('C:/evil')).toMatch(/absolute/);
    expect(unsafeEntryName('assets/..data/x..y')).toBeUndefined();
  });
});

describe('linkShipped', () => {
  const base = { ruleId: 'published-api-credentials', level: 'error' as const, line: 3, column: 1, key: 'k' };
  test('links source and artifact findings of one value, and leaves others alone', () => {
    const raw: RawFinding[] = [
      { ...base, path: 'src/a.js', message: 'In source.', value: HASH },
      { ...base, path: 'src/b.js', message: 'Other value.', value: 'ffffffffffffffffffffffffffffffff' },
      { ...base, path: 'app.apk', line: 1, message: 'Ships.', value: HASH, shipsIn: 'app.apk!/classes.dex' },
      { ...base, path: 'app.aab', line: 1, message: 'Ships.', value: HASH, shipsIn: 'app.aab!/base/dex/classes.dex' },
      { ...base, path: 'web/dist/app.js', message: 'Scanned as source.', value: TDLIB_HASH },
      { ...base, path: 'web/dist/app.js', line: 1, message: 'Ships.', value: TDLIB_HASH, shipsIn: 'web/dist/app.js' },
    ];
    expect(linkShipped(raw).map((f) => f.message)).toEqual([
      'In source. This value ships: also found in app.aab!/base/dex/classes.dex, app.apk!/classes.dex.',
      'Other value.',
      'Ships. Written in the source at src/a.js:3.',
      'Ships. Written in the source at src/a.js:3.',
      'Scanned as source.', // one file, found by both checks: not a link
      'Ships.',
    ]);
  });
});
