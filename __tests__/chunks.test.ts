import { afterAll, describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openTextSync, type TextChunk } from '../src/files/read-text.js';
import { scanCredentials } from '../src/checks/credentials/scan.js';
import { buildCatalogue } from '../src/checks/credentials/catalogue.js';
import { kindOf } from '../src/files/file-kind.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';

const HASH = '344583e45741c457fe1862106095a5eb';
const catalogue = buildCatalogue();
const kind = kindOf('f.txt.js');

async function chunksOf(path: string, size: number, chunkBytes: number, overlapChars = 64): Promise<TextChunk[]> {
  const opened = openTextSync(path, size, { chunkBytes, overlapChars });
  if (opened.binary) throw new Error('binary');
  const out: TextChunk[] = [];
  for await (const c of opened.chunks) out.push(c);
  return out;
}

async function findAll(path: string, size: number, chunkBytes: number) {
  const found = [];
  for (const chunk of await chunksOf(path, size, chunkBytes)) found.push(...scanCredentials({ ...chunk, path: 'f', kind, release: false }, catalogue));
  return found.map((f) => [f.line, f.column, f.ruleId]);
}

describe('chunked reading', () => {
  afterAll(removeTempDirs);

  test('finds a credential split across a chunk edge, once, at the right line', async () => {
    const dir = await tempDir();
    const filler = 'x'.repeat(70) + '\n';
    for (let cut = 1; cut < HASH.length; cut += 5) {
      const prefix = filler.repeat(10) + 'value = "';
      const text = `${prefix}${HASH}"\n${filler.repeat(3)}`;
      const path = join(dir, `split-${cut}.txt`);
      await writeFile(path, text);
      const chunkBytes = prefix.length + cut; // the chunk edge falls inside the hash
      const chunks = await chunksOf(path, text.length, chunkBytes);
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks[0].text.endsWith(HASH.slice(0, cut))).toBe(true);
      expect(chunks[0].limit).toBeLessThan(chunks[0].text.length);
      expect(await findAll(path, text.length, chunkBytes)).toEqual([[11, 10, 'published-api-credentials']]);
    }
  });

  test('an api-id binding split at the edge, and line numbers far into a large file', async () => {
    const dir = await tempDir();
    const lines = Array.from({ length: 5000 }, (_, i) => (i === 4321 ? 'TELEGRAM_API_ID = 17349' : `line ${i} ${'y'.repeat(40)}`));
    const text = lines.join('\n');
    const path = join(dir, 'big.cfg');
    await writeFile(path, text);
    const offset = text.indexOf('TELEGRAM_API_ID');
    for (const chunkBytes of [offset + 3, offset + 17, offset + 20, 4096, 1 << 20]) {
      expect(await findAll(path, text.length, chunkBytes)).toEqual([[4322, 19, 'published-api-credentials']]);
    }
  });

  test('a multi-byte character cut by the chunk edge decodes intact', async () => {
    const dir = await tempDir();
    const text = 'é'.repeat(1000) + '\nAPI_ID=17349\n';
    const path = join(dir, 'utf8.env');
    await writeFile(path, text);
    const size = Buffer.byteLength(text);
    const chunks = await chunksOf(path, size, 101);
    // The owned ranges [from, limit) of the chunks, one after another, are the file.
    const rebuilt = chunks.map((c) => c.text.slice(c.from, c.limit)).join('');
    expect(chunks.length).toBeGreaterThan(10);
    expect(rebuilt).toBe(text);
    expect(await findAll(path, size, 101)).toEqual([[2, 8, 'published-api-credentials']]);
  });
});

describe('UTF-8 scanned as bytes', () => {
  afterAll(removeTempDirs);
  test('columns count characters, and suppression reasons keep their non-ASCII text', async () => {
    const { scan } = await import('./helpers/fixtures.js');
    const root = await tempDir();
    await writeFile(join(root, 'a.py'), '# кафе ☕\nx = "☕☕"; api_id = 17349\napi_id = 2040  # tg-compliance:allow -- образец из документации\n');
    const report = await scan(root);
    expect(report.findings.map((f) => [f.line, f.column])).toEqual([[2, 20]]);
    expect(`x = "☕☕"; api_id = `.length + 1).toBe(20);
    expect(report.suppressed.map((f) => f.suppression.reason)).toEqual(['образец из документации']);
  });
});

describe('columns on a line longer than a chunk', () => {
  afterAll(removeTempDirs);

  test('count on from the previous chunk, at every chunk size', async () => {
    const dir = await tempDir();
    const text = `first\n${'z'.repeat(1000)} TELEGRAM_API_ID = 17349 ${'z'.repeat(500)}\n`;
    const path = join(dir, 'long-line.env');
    await writeFile(path, text);
    for (const chunkBytes of [97, 256, 1000, 1 << 20]) {
      expect(await findAll(path, text.length, chunkBytes)).toEqual([[2, 1020, 'published-api-credentials']]);
    }
  });
});

describe('the credentials scan reads UTF-8 as bytes, in chunks that the prefilter sees whole', () => {
  afterAll(removeTempDirs);

  test('a hash, an api-id binding and a long line cut at every offset of a chunk edge are found once, in place', async () => {
    const { FileScanner } = await import('../src/checks/credentials/scan-files.js');
    const dir = await tempDir();
    const prefix = `${'x'.repeat(70)}\n`.repeat(10) + 'value = "';
    const text = `${prefix}${HASH}"\n${'z'.repeat(300)} TELEGRAM_API_ID = 17349\n`;
    const path = join(dir, 'edges.txt');
    await writeFile(path, text);
    const file = { abs: path, path: 'edges.txt', size: text.length, kind: kindOf('edges.txt') };
    const idAt = text.indexOf('17349');
    for (const chunkBytes of [...Array.from({ length: 34 }, (_, cut) => prefix.length + cut), idAt + 1, idAt + 3, 97, 4096]) {
      const { findings } = new FileScanner([], { read: { chunkBytes, overlapChars: 64, utf8AsBytes: true } }).scan([file]).result();
      const found = findings.map((f) => [f.line, f.column, f.ruleId]).sort((a, b) => Number(a[0]) - Number(b[0]));
      expect([chunkBytes, found]).toEqual([
        chunkBytes,
        [
          [11, 10, 'published-api-credentials'],
          [12, 320, 'published-api-credentials'],
        ],
      ]);
    }
  });
});

describe('one chunk rule for both readers (ChunkWindow)', () => {
  afterAll(removeTempDirs);

  const SNIPPETS = [
    `"${HASH}"`,
    `TELEGRAM_API_ID = 17349`,
    `api_hash = "${HASH}"`,
    `val apiId: Int = 2040 // telegram`,
    `set(TDESKTOP_API_ID 611335)`,
    `-DTDESKTOP_API_TEST=ON`,
  ];

  test('findings with random chunk sizes and overlaps equal the findings of one chunk, matches at random offsets', async () => {
    const fc = await import('fast-check');
    const { FileScanner } = await import('../src/checks/credentials/scan-files.js');
    const dir = await tempDir();
    let n = 0;
    const piece = fc.oneof(
      fc.constantFrom(...SNIPPETS),
      fc.string({ unit: fc.constantFrom('x', ' ', '\n', 'é', '=', '"'), maxLength: 400 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 128, max: 1024 }), fc.integer({ min: 1, max: 6000 }), fc.boolean(), async (pieces, overlapChars, extra, asBytes) => {
        const text = pieces.join(' ');
        const path = join(dir, `p${n++}.txt`);
        await writeFile(path, text);
        const file = { abs: path, path: 'p.txt', size: Buffer.byteLength(text), kind: kindOf('p.js') };
        const scan = (chunkBytes: number) =>
          new FileScanner([], { prefilter: asBytes, read: { chunkBytes, overlapChars, utf8AsBytes: asBytes } })
            .scan([file])
            .result()
            .findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.level} ${f.key}`)
            .sort();
        expect(scan(overlapChars + extra)).toEqual(scan(1 << 22));
      }),
      { numRuns: 150 },
    );
  });
});
