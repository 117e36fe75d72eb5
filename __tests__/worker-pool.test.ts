import { afterAll, describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WorkerPool } from '../src/checks/credentials/workers.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';
import { kindOf } from '../src/files/file-kind.js';

async function script(body: string): Promise<string> {
  const path = join(await tempDir(), 'thread.mjs');
  await writeFile(path, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return path;
}

const FILE = { abs: '/nowhere', path: 'a.txt', size: 10, kind: kindOf('a.txt') };

describe('scanning threads that fail', () => {
  afterAll(removeTempDirs);

  test('a thread that throws fails the scan with its error; the others are stopped', async () => {
    const pool = new WorkerPool(await script(`parentPort.on('message', () => { throw new Error('boom in a thread'); });`), 2, []);
    pool.send([FILE]);
    await expect(pool.finish()).rejects.toThrow('boom in a thread');
  });

  test('a thread that ends before answering every batch fails the scan', async () => {
    const pool = new WorkerPool(await script(`parentPort.on('message', () => process.exit(3));`), 1, []);
    pool.send([FILE]);
    await expect(pool.finish()).rejects.toThrow('a scanning thread stopped with exit code 3');
  });

  test('answers from every batch are collected once the threads end', async () => {
    // As src/worker.ts: an answer per batch; the pool stops the threads once every answer is in.
    const echo = `parentPort.on('message', (m) => parentPort.postMessage({ findings: [], files: m.files.length, bytes: 0, skipped: [] }));`;
    const pool = new WorkerPool(await script(echo), 2, []);
    for (let i = 0; i < 5; i++) pool.send([FILE, FILE]);
    const results = await pool.finish();
    expect(results.map((r) => r.files)).toEqual([2, 2, 2, 2, 2]);
  });
});
