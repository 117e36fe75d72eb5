import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Tests run as root, where chmod 000 does not stop a read: faults are injected by wrapping node:fs (the scanning
// path reads synchronously). A path holding one of these words fails the way its name says; every other path
// reaches the real file system.
const realSync = await import('node:fs');
const real = await import('node:fs/promises');
const fault = (code: string) => Object.assign(new Error(`${code}: injected fault`), { code });
const failing = new Map<number, number>();
jest.unstable_mockModule('node:fs', () => ({
  ...realSync,
  default: realSync.default,
  openSync(path: string, ...rest: unknown[]): number {
    if (String(path).includes('unreadable')) throw fault('EACCES');
    if (String(path).includes('vanishing')) throw fault('ENOENT');
    const fd = (realSync.openSync as (...a: unknown[]) => number)(path, ...rest);
    if (String(path).includes('fails-midway')) failing.set(fd, 0);
    else failing.delete(fd);
    return fd;
  },
  readSync(fd: number, ...rest: unknown[]): number {
    const reads = failing.get(fd);
    if (reads !== undefined) {
      failing.set(fd, reads + 1);
      if (reads >= 1) throw fault('EIO');
    }
    return (realSync.readSync as (...a: unknown[]) => number)(fd, ...rest);
  },
  readdirSync(path: string, ...rest: unknown[]) {
    if (String(path).endsWith('locked-folder')) throw fault('EACCES');
    return (realSync.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
  },
}));
const { mkdir, writeFile } = real;
const { removeTempDirs, scan, tempDir } = await import('./helpers/fixtures.js');

const HASH = '344583e45741c457fe1862106095a5eb'; // Telegram Desktop's sample hash: a finding wherever it is
const FINDING = `TELEGRAM_API_HASH=${HASH}\n`;

describe('bad files never stop the scan', () => {
  afterAll(removeTempDirs);

  test('unreadable, vanishing and failing files and folders are listed with a reason; every other finding is reported', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'locked-folder'));
    await writeFile(join(root, 'locked-folder', 'inside.env'), FINDING);
    for (const name of ['unreadable.env', 'vanishing.env', 'good.env']) await writeFile(join(root, name), FINDING);
    // Over one 4 MiB read: the first chunk is read, the second read fails.
    await writeFile(join(root, 'fails-midway.env'), FINDING + 'x'.repeat(5 * 1024 * 1024) + '\n' + FINDING);
    const report = await scan(root);
    expect(report.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['fails-midway.env:1', 'good.env:1']);
    expect(report.skipped).toEqual([
      { path: 'fails-midway.env', reason: 'could not be read: EIO' },
      { path: 'locked-folder', reason: 'folder could not be read: EACCES' },
      { path: 'unreadable.env', reason: 'could not be read: EACCES' },
      { path: 'vanishing.env', reason: 'could not be read: ENOENT' },
    ]);
    expect(report.checks.credentials.status).toBe('ran');
  });

  test('empty, invalid UTF-8, a 20 MB single line: scanned, with findings at the right place', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'empty.env'), '');
    await writeFile(join(root, 'invalid-utf8.env'), Buffer.concat([Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0x0a]), Buffer.from(FINDING)]));
    const long = `${'x'.repeat(10 * 1024 * 1024)} api_hash="${HASH}" ${'y'.repeat(10 * 1024 * 1024)} api_hash="${HASH}"`;
    await writeFile(join(root, 'one-line.js'), long);
    const report = await scan(root);
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column}`)).toEqual([
      'invalid-utf8.env:2:19',
      `one-line.js:1:${long.indexOf(HASH) + 1}`,
      `one-line.js:1:${long.lastIndexOf(HASH) + 1}`,
    ]);
    expect(report.skipped).toEqual([]);
    // The line shown with a finding is clipped, never 20 MB.
    expect(Math.max(...report.findings.map((f) => JSON.stringify(f).length))).toBeLessThan(4000);
  });

  test('names with spaces, newlines, quotes, backslashes and non-ASCII are scanned and reported by their name', async () => {
    const root = await tempDir();
    const names = ['with space.env', 'new\nline.env', `quo"te's.env`, 'back\\slash.env', 'Телеграм.env', '漢字 ☃.env', '-dash.env'];
    for (const name of names) await writeFile(join(root, name), FINDING);
    const report = await scan(root);
    expect(report.findings.map((f) => f.path).sort()).toEqual([...names].sort());
    expect(report.skipped).toEqual([]);
  });

  test('a path longer than 4,096 bytes is listed as skipped; the rest of the tree is scanned', async () => {
    const root = await tempDir();
    // Built one folder at a time from inside, as no single path this long can be passed to the kernel.
    const segment = 'd'.repeat(200);
    execFileSync('bash', ['-c', `cd "$1" && for i in $(seq 25); do mkdir ${segment} && cd ${segment}; done && printf '%s' "$2" > deep.env`, '_', root, FINDING]);
    await writeFile(join(root, 'good.env'), FINDING);
    try {
      const report = await scan(root);
      expect(report.findings.map((f) => f.path)).toEqual(['good.env']);
      expect(report.skipped).toHaveLength(1);
      expect(report.skipped[0].reason).toBe('folder could not be read: ENAMETOOLONG');
      expect(Buffer.byteLength(report.skipped[0].path)).toBeGreaterThan(4096 - root.length - 220);
    } finally {
      execFileSync('rm', ['-rf', root]);
    }
  });

  test('400 nested folders and 100,000 files in one folder: every finding is found', async () => {
    const root = await tempDir();
    const deep = join(root, ...Array.from({ length: 400 }, () => 'n'));
    await mkdir(deep, { recursive: true });
    await writeFile(join(deep, 'deep.env'), FINDING);
    const crowd = join(root, 'crowd');
    await mkdir(crowd);
    for (let i = 0; i < 100_000; i += 1000) {
      await Promise.all(Array.from({ length: 1000 }, (_, j) => writeFile(join(crowd, `f${i + j}.txt`), i + j === 54_321 ? FINDING : 'nothing\n')));
    }
    const report = await scan(root);
    expect(report.findings.map((f) => f.path).sort()).toEqual([`crowd/f54321.txt`, `${'n/'.repeat(400)}deep.env`]);
    expect(report.checks.credentials.files).toBe(100_001);
  }, 120_000);
});
