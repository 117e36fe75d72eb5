import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from '../src/checks/credentials/catalogue.js';
import { KERNEL_WASM_BASE64 } from '../src/checks/credentials/prefilter/kernel-wasm.js';
import { createPrefilter } from '../src/checks/credentials/prefilter/prefilter.js';
import { FileScanner, type FileToScan } from '../src/checks/credentials/scan-files.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';
import { kindOf } from '../src/files/file-kind.js';

const catalogue = buildCatalogue();
const HASH = '344583e45741c457fe1862106095a5eb';
const OTHER_HASH = 'b18441a1ff607e10a989891a5462e627';

// Pieces that make triggers, near-triggers and ordinary code; joined at random, with random chunk sizes.
const PIECES = [
  'api_id = 17349\n', 'APP_ID: 6,', 'apiId=', 'Api-Hash ', 'app.hash', 'API_HASH="', 'apphash', 'appId ?? 4',
  HASH, OTHER_HASH, HASH.toUpperCase(), `x${HASH}`, `${HASH}0`, `_${OTHER_HASH}_`, '0123456789abcdef0123456789abcdef',
  'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef', 'testMode = true\n', 'use_test_dc: 1', 'testServers(true)', 'TEST_DC=1',
  'TDESKTOP_API_TEST=ON\n', '-DTDESKTOP_API_TEST=1 ', '149.154.167.40', '149.154.167.41', '#if TEST\n', '#endif\n',
  'apply { }', 'append(x)', 'mapping', 'happiness', 'attestation', 'latest', 'contest', 'rapid', '\n', '\r\n', ' ', '"', "'",
  'é', '日本', '\t', 'BuildVars.java ', 'telegram ', 'const x = 1;\n', 'fun main() {}\n', 'a', 'p', 'i', 'd', 'h', 't', 'e', 's',
];

function scanBoth(files: FileToScan[], chunkBytes: number, overlapChars: number) {
  const read = { chunkBytes, overlapChars, utf8AsBytes: true };
  return {
    filtered: new FileScanner([], { read }).scan(files).result(),
    reference: new FileScanner([], { read, prefilter: false }).scan(files).result(),
  };
}

describe('credentials prefilter', () => {
  afterAll(removeTempDirs);

  test('the committed module is the compiled kernel.wat', async () => {
    const wat = fileURLToPath(new URL('../src/checks/credentials/prefilter/kernel.wat', import.meta.url));
    const { compileKernel } = await import('../scripts/build-kernel.mjs' as string);
    expect(await compileKernel(readFileSync(wat, 'utf8'))).toBe(KERNEL_WASM_BASE64);
  });

  test('scanning with it finds exactly what scanning every chunk finds', async () => {
    const dir = await tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(PIECES.length - 1), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 48, max: 2048 }),
        fc.integer({ min: 32, max: 256 }),
        async (picks, chunkBytes, overlapChars) => {
          const path = `f${n++}.kt`;
          const text = picks.map((i) => PIECES[i]).join('');
          await writeFile(join(dir, path), text);
          const { filtered, reference } = scanBoth([{ abs: join(dir, path), path, size: Buffer.byteLength(text), kind: kindOf(path) }], chunkBytes, overlapChars);
          expect(filtered).toEqual(reference);
        },
      ),
      { numRuns: 400, seed: 42 },
    );
  });

  test('every trigger gets through, wherever it falls in a block; ordinary code does not', () => {
    const prefilter = createPrefilter(4096, catalogue.byHash)!;
    const { memory, dataOffset } = prefilter;
    const put = (text: string) => {
      memory.fill(0x20, dataOffset, dataOffset + 4096 + 64);
      memory.write(text, dataOffset, 'latin1');
      return prefilter.mayMatch(dataOffset, dataOffset + text.length);
    };
    const triggers = ['api_id', 'APP_ID', 'apiId', 'App-Hash', 'api.hash', 'apphash', 'testMode', 'test_dc', 'TESTServers', 'TDESKTOP_API_TEST', '149.154.167.40', HASH, `"${OTHER_HASH}"`];
    for (const trigger of triggers) {
      for (let at = 0; at < 40; at++) expect([trigger, at, put(`${'.'.repeat(at)}${trigger};`)]).toEqual([trigger, at, true]);
    }
    const ordinary = [
      'fun applyTheme(app: Application) { mapping.append(rapidly); latest.contest() }\n',
      `val checksum = "0123456789abcdef0123456789abcdef" // not catalogued\nval sha = "${HASH}0"\nval up = "${HASH.toUpperCase()}"\n`,
      'int apid = 3; String testing = "attest"; 149.154.0.1\n',
    ];
    for (const text of ordinary) expect([text, put(text.repeat(10))]).toEqual([text, false]);
  });

  test('counts newlines as the chunk reader needs them', () => {
    const prefilter = createPrefilter(1024, catalogue.byHash)!;
    const text = 'a\nbb\n\n'.repeat(50) + 'tail\n';
    prefilter.memory.write(text, prefilter.dataOffset, 'latin1');
    for (const [from, to] of [[0, text.length], [1, 17], [5, 5], [3, 200]]) {
      const expected = text.slice(from, to).split('\n').length - 1;
      expect(prefilter.newlines(prefilter.dataOffset + from, prefilter.dataOffset + to)).toBe(expected);
    }
  });
});
