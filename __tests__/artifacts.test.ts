import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { scanArtifacts } from '../src/checks/artifacts/index.js';
import { DEFAULT_LIMITS, type Limits } from '../src/checks/artifacts/limits.js';
import type { CheckContext } from '../src/checks/types.js';
import { EMPTY_CONFIG, UsageError, type Config } from '../src/config/schema.js';
import type { Skipped } from '../src/files/types.js';
import { silentLogger } from '../src/log.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { ELF_HEAD, binaryWith, makeTar, makeTarGz, makeZip } from './helpers/archives.js';
import { removeTempDirs, scan, tempDir } from './helpers/fixtures.js';
import { gplDutyOnce } from '../src/upstream/duty.js';

const ANDROID = '014b35b6184100b085b0d0572f9b5103'; // api_id 4, Telegram for Android sample
const DESKTOP = '344583e45741c457fe1862106095a5eb'; // api_id 17349, Telegram Desktop test pair
const TDLIB = 'a3406de8d171bb422bb6ddf3bbd800e2';
const TEAM = 'c0ffee00c0ffee00c0ffee00c0ffee01';
const DEX_HEAD = Buffer.from('dex\n035\0');

afterAll(removeTempDirs);

async function workspace(files: Record<string, Buffer | string>): Promise<string> {
  const root = await tempDir();
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
  }
  return root;
}

function scanWith(root: string, artifacts: string[], config: Config = EMPTY_CONFIG, checks: ('artifacts' | 'credentials')[] = ['artifacts']) {
  return scan(root, { checks, settings: { artifacts } }, config);
}

/** The check alone, with chosen limits (the engine always uses the defaults). */
async function scanLimited(root: string, artifacts: string[], limits: Partial<Limits>) {
  const skipped: Skipped[] = [];
  const ctx: CheckContext = {
    root,
    files: [],
    tree: [],
    config: EMPTY_CONFIG,
    settings: { ...DEFAULT_SETTINGS, artifacts },
    log: silentLogger,
    skip: (path, reason) => skipped.push({ path, reason }),
    gplDuty: gplDutyOnce('auto', [], []),
  };
  const outcome = await scanArtifacts(ctx, { ...DEFAULT_LIMITS, ...limits });
  return { ...outcome, skipped };
}

describe('artifacts check: what ships', () => {
  test('a catalogued hash among the binary bytes of classes3.dex in an APK is an error at the APK, naming the entry', async () => {
    const apk = makeZip([
      { name: 'AndroidManifest.xml', data: binaryWith(Buffer.alloc(0), 2048) },
      { name: 'classes.dex', data: Buffer.concat([DEX_HEAD, binaryWith(Buffer.alloc(0))]) },
      { name: 'classes3.dex', data: Buffer.concat([DEX_HEAD, binaryWith(Buffer.from(`\u0020${ANDROID}\0`, 'latin1'))]) },
      { name: 'res/drawable/icon.png', data: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(ANDROID)]) }, // a real PNG: not scanned, counted
    ]);
    const root = await workspace({ 'app/build/outputs/apk/release/app-release.apk': apk });
    const report = await scanWith(root, ['app/build/outputs/**/*.apk']);
    expect(report.checks.artifacts.status).toBe('ran');
    expect(report.findings).toHaveLength(1);
    const [f] = report.findings;
    expect(f).toMatchObject({ ruleId: 'published-api-credentials', level: 'error', path: 'app/build/outputs/apk/release/app-release.apk', line: 1 });
    expect(f.message).toContain('app/build/outputs/apk/release/app-release.apk!/classes3.dex');
    expect(f.message).toContain('The sample api_hash 014b35b6184100b085b0d0572f9b5103 (api_id 4)');
    expect(f.message).toContain(`ASCII at byte ${DEX_HEAD.length + 20_000 + 1}`);
    expect(report.result).toBe('fail');
    expect(report.skipped).toContainEqual({ path: 'app/build/outputs/apk/release/app-release.apk', reason: '1 image, audio or video entries (recognised by their bytes) not inspected' });
  });

  test('issue 13 case 11: an entry named like media but holding text, a folder entry with data, a zip behind a stub: never passed silently', async () => {
    const apk = makeZip([
      { name: 'res/raw/config.png', data: Buffer.from(`{"api_hash":"${ANDROID}"}`) },
      { name: 'assets/hidden/', data: Buffer.from(`api_hash=${ANDROID}`) },
    ]);
    const stub = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096), makeZip([{ name: 'a.txt', data: Buffer.from('hello') }])]);
    const root = await workspace({ 'out/app.apk': apk, 'out/setup.exe': stub });
    const report = await scanWith(root, ['out/*']);
    expect(report.findings.map((f) => f.message.match(/ships in (\S+)/)?.[1]).sort()).toEqual(['out/app.apk!/assets/hidden/', 'out/app.apk!/res/raw/config.png']);
    expect(report.skipped).toContainEqual({ path: 'out/setup.exe', reason: expect.stringMatching(/^a zip archive behind a prepended stub/) });
  });

  test('a nested zip is opened: the message names the path through both archives', async () => {
    const inner = makeZip([{ name: 'assets/config.json', data: Buffer.from(`{"api_hash":"${DESKTOP.toUpperCase()}"}`) }]);
    const ipa = makeZip([
      { name: 'Payload/App.app/App', data: Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), binaryWith(Buffer.from(TDLIB))]) },
      { name: 'Payload/App.app/Frameworks/bundle.zip', data: inner },
      { name: 'Payload/App.app/data.xz', data: Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 9, 9]) },
      { name: 'Payload/App.app/web.tgz', data: makeTarGz([{ name: 'www/main.js', data: Buffer.from(`x="${ANDROID}"`) }]), store: true },
      { name: 'Payload/App.app/Info.plist', data: Buffer.from('<plist><dict></dict></plist>') },
    ]);
    const root = await workspace({ 'dist/App.ipa': ipa });
    const report = await scanWith(root, ['dist/*.ipa']);
    const messages = report.findings.map((f) => f.message);
    expect(messages).toHaveLength(3);
    expect(messages.some((m) => m.includes('dist/App.ipa!/Payload/App.app/App ') && m.includes(TDLIB))).toBe(true);
    expect(messages.some((m) => m.includes('dist/App.ipa!/Payload/App.app/web.tgz!/www/main.js') && m.includes(ANDROID))).toBe(true);
    expect(report.skipped).toEqual([{ path: 'dist/App.ipa!/Payload/App.app/data.xz', reason: 'not inspected: xz-compressed (cannot be opened)' }]);
    expect(messages.some((m) => m.includes('dist/App.ipa!/Payload/App.app/Frameworks/bundle.zip!/assets/config.json') && m.includes(DESKTOP))).toBe(true);
  });

  test('an ELF-like binary holding the hash as UTF-16LE is found', async () => {
    const elf = Buffer.concat([ELF_HEAD, binaryWith(Buffer.from(ANDROID, 'utf16le'), 300_000, 123_457)]);
    const twice = Buffer.concat([elf, Buffer.from(ANDROID.toUpperCase())]);
    const root = await workspace({ 'out/libtgnet.so': elf, 'out/libtwice.so': twice });
    const report = await scanWith(root, ['out/*.so']);
    expect(report.findings.map((f) => f.message.split(' ships in ')[1].split(')')[0])).toEqual([
      `out/libtgnet.so (UTF-16LE at byte ${ELF_HEAD.length + 123_457}`,
      `out/libtwice.so (UTF-16LE at byte ${ELF_HEAD.length + 123_457}; 2 times in all, as UTF-16LE and ASCII`,
    ]);
  });

  test('a desktop .tar.gz is streamed through gzip and read entry by entry', async () => {
    const tgz = makeTarGz([
      { name: 'Telegram/README', data: Buffer.from('nothing here') },
      { name: 'Telegram/Telegram', data: Buffer.concat([ELF_HEAD, binaryWith(Buffer.from(DESKTOP), 100_000)]) },
    ]);
    const root = await workspace({ 'release/tsetup.tar.gz': tgz });
    const report = await scanWith(root, ['release/*.tar.gz']);
    expect(report.findings.map((f) => f.message.split(' ships in ')[1]?.split(' (')[0])).toEqual(['release/tsetup.tar.gz!/Telegram/Telegram']);
  });

  test('a web build folder named by the glob is scanned file by file', async () => {
    const root = await workspace({ 'web/dist/index.html': '<html></html>', 'web/dist/assets/index-3f2a.js': `const a={apiHash:"${TDLIB}"};` });
    const report = await scanWith(root, ['web/dist']);
    expect(report.findings.map((f) => f.path)).toEqual(['web/dist/assets/index-3f2a.js']);
    expect(report.checks.artifacts.files).toBe(2);
  });

  test("a team's never-ship hash is found and never printed whole", async () => {
    const root = await workspace({ 'app.bin': binaryWith(Buffer.from(TEAM)) });
    const config: Config = { ...EMPTY_CONFIG, credentials: { extra: [{ apiId: 123456, apiHash: TEAM, origin: 'our staging app' }] } };
    const report = await scanWith(root, ['app.bin'], config);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].message).toContain('Your never-ship api_hash c0ff…');
    expect(JSON.stringify(report)).not.toContain(TEAM);
  });

  test('a value in the source and in an artifact: both messages link to each other', async () => {
    const root = await workspace({
      'TMessagesProj/src/main/java/org/telegram/messenger/BuildVars.java': `public class BuildVars {\n    public static String APP_HASH = "${ANDROID}";\n}\n`,
      'out/app.apk': makeZip([{ name: 'classes.dex', data: Buffer.concat([DEX_HEAD, binaryWith(Buffer.from(ANDROID))]) }]),
    });
    const report = await scanWith(root, ['out/app.apk'], EMPTY_CONFIG, ['credentials', 'artifacts']);
    const source = report.findings.find((f) => f.path.endsWith('BuildVars.java') && f.message.includes('api_hash'));
    const shipped = report.findings.find((f) => f.path === 'out/app.apk');
    expect(source?.message).toContain('This value ships: also found in out/app.apk!/classes.dex.');
    expect(shipped?.message).toContain('Written in the source at TMessagesProj/src/main/java/org/telegram/messenger/BuildVars.java:2.');
  });
});

describe('artifacts check: refusals and limits', () => {
  test('a zip bomb (declared 1000:1) is refused before inflating; an entry that lies about its size is cut off', async () => {
    const bomb = makeZip([
      { name: 'assets/zeros.bin', data: Buffer.alloc(64 * 1024 * 1024) },
      { name: 'classes.dex', data: Buffer.concat([DEX_HEAD, binaryWith(Buffer.alloc(0), 200_000), Buffer.from(ANDROID)]), declaredSize: 1000 },
    ]);
    const root = await workspace({ 'bomb.apk': bomb });
    const report = await scanWith(root, ['bomb.apk']);
    expect(report.findings).toEqual([]);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
    expect(reasons['bomb.apk!/assets/zeros.bin']).toMatch(/^refused: expands \d+:1 .*above the 200:1 limit: a zip bomb$/);
    expect(reasons['bomb.apk!/classes.dex']).toMatch(/^refused: the entry expands beyond the size its header declares/);
  });

  test('an entry named ../../evil is refused and nothing is written; the other entries are still scanned', async () => {
    const root = await workspace({
      'ws/evil.zip': makeZip([
        { name: '../../evil', data: Buffer.from(DESKTOP) },
        { name: '/etc/evil', data: Buffer.from(DESKTOP) },
        { name: 'ok.txt', data: Buffer.from(TDLIB) },
      ]),
    });
    const before = await readdir(root);
    const report = await scan(join(root, 'ws'), { checks: ['artifacts'], settings: { artifacts: ['evil.zip'] } });
    expect(report.findings.map((f) => f.message.includes('evil.zip!/ok.txt'))).toEqual([true]);
    expect(report.skipped).toEqual([
      { path: 'evil.zip!/../../evil', reason: 'refused: ".." in an entry name (path traversal); nothing was extracted or read' },
      { path: 'evil.zip!//etc/evil', reason: 'refused: absolute path in an entry name (path traversal); nothing was extracted or read' },
    ]);
    expect(await readdir(root)).toEqual(before);
  });

  test('a path-traversal name inside a tarball is refused too', async () => {
    const root = await workspace({ 'a.tar': makeTar([{ name: '../../evil', data: Buffer.from(DESKTOP) }]) });
    const report = await scanWith(root, ['a.tar']);
    expect(report.findings).toEqual([]);
    expect(report.skipped).toEqual([{ path: 'a.tar!/../../evil', reason: 'refused: ".." in an entry name (path traversal); nothing was extracted or read' }]);
  });

  test('formats that cannot be opened are listed as not inspected, never passed silently', async () => {
    const appImage = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0x41, 0x49, 0x02]), Buffer.from(DESKTOP)]);
    const root = await workspace({
      'dist/App-x86_64.AppImage': appImage,
      'dist/app_1.0_amd64.deb': Buffer.concat([Buffer.from('!<arch>\ndebian-binary   '), Buffer.alloc(100)]),
      'dist/App.dmg': Buffer.from('encrpted and compressed bytes'),
      'dist/app.tar.xz': Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2, 3]),
      'dist/bad.tar.gz': Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff]),
    });
    const report = await scanWith(root, ['dist/*']);
    expect(report.findings).toEqual([]);
    expect(report.skipped.map((s) => [s.path, s.reason.replace(/ \(.*$/, '')])).toEqual([
      ['dist/App-x86_64.AppImage', 'not inspected: AppImage'],
      ['dist/App.dmg', 'not inspected: disk image'],
      ['dist/app.tar.xz', 'not inspected: xz-compressed'],
      ['dist/app_1.0_amd64.deb', 'not inspected: Debian package'],
      ['dist/bad.tar.gz', 'could not be read: invalid block type'],
    ]);
  });

  test('a zip whose central directory is broken is listed and still scanned as raw bytes', async () => {
    const zip = makeZip([{ name: 'config.json', data: Buffer.from(TDLIB), store: true }]);
    const root = await workspace({ 'broken.apk': zip.subarray(0, zip.length - 10) });
    const report = await scanWith(root, ['broken.apk']);
    expect(report.skipped).toEqual([{ path: 'broken.apk', reason: expect.stringMatching(/^could not be read as a zip \(.+\): scanned as raw bytes only$/) }]);
    expect(report.findings.map((f) => f.message.includes('ships in broken.apk ('))).toEqual([true]);
  });

  test('a nested archive above the in-memory cap is listed, and its raw bytes are still scanned', async () => {
    const inner = makeZip([
      { name: 'stored.txt', data: Buffer.from(TDLIB), store: true },
      { name: 'filler.bin', data: binaryWith(Buffer.alloc(0), 4096), store: true },
      { name: 'deflated.txt', data: Buffer.from(`${DESKTOP}\n`.repeat(200)) }, // compressible: deflate hides it
    ]);
    const root = await workspace({ 'outer.zip': makeZip([{ name: 'lib/inner.jar', data: inner, store: true }]) });
    const result = await scanLimited(root, ['outer.zip'], { maxNestedBytes: 1024 });
    expect(result.skipped).toEqual([
      { path: 'outer.zip!/lib/inner.jar', reason: expect.stringMatching(/^nested archive of \d+ bytes, above the 1024 bytes held in memory \(limit\): its compressed entries were not inspected/) },
    ]);
    expect(result.findings.map((f) => f.value)).toEqual([TDLIB]);
  });

  test('read in 16-byte chunks, a hash cut at every chunk edge is still found once per entry', async () => {
    const root = await workspace({ 'app.wasm': Buffer.concat([Buffer.from('\0asm'), Buffer.from(`..${TDLIB}..`), Buffer.from(DESKTOP, 'utf16le')]) });
    const result = await scanLimited(root, ['app.wasm'], { chunkBytes: 16 });
    expect(result.findings.map((f) => f.message.match(/\((ASCII|UTF-16LE) at byte \d+/)?.[0])).toEqual(['(ASCII at byte 6', '(UTF-16LE at byte 40']);
  });

  test('entry-count, depth and artifact-size limits are clear skipped notices', async () => {
    const deep = makeZip([{ name: 'a.zip', data: makeZip([{ name: 'b.zip', data: makeZip([{ name: 'c.txt', data: Buffer.from(TDLIB) }]) }]) }]);
    const many = makeZip(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from(TDLIB) })));
    const root = await workspace({ 'deep.zip': deep, 'many.zip': many, 'huge.bin': Buffer.alloc(5000) });
    const result = await scanLimited(root, ['deep.zip', 'many.zip', 'huge.bin'], { maxDepth: 2, maxEntries: 4, maxArtifactBytes: 4096 });
    expect(result.skipped.map((s) => [s.path, s.reason.split(':')[0]])).toEqual([
      ['deep.zip!/a.zip!/b.zip', 'nested archive deeper than 2 levels (limit)'],
      ['huge.bin', 'artifact of 5000 bytes, above the 4096 bytes limit'],
      ['many.zip', 'not inspected'],
    ]);
    expect(result.skipped[2].reason).toBe('not inspected: 5 entries, above the limit of 4');
  });

  test('a gzip stream that expands past the ratio limit is refused', async () => {
    const { gzipSync } = await import('node:zlib');
    const root = await workspace({ 'big.tgz': gzipSync(Buffer.alloc(32 * 1024 * 1024)) });
    const report = await scanWith(root, ['big.tgz']);
    expect(report.skipped).toEqual([{ path: 'big.tgz', reason: expect.stringMatching(/^refused: expands \d+:1 .*a gzip bomb$/) }]);
  });
});

describe('artifact globs', () => {
  test('globs that climb out of the workspace are usage errors', async () => {
    const root = await workspace({ 'a.apk': 'x' });
    await expect(scanLimited(root, ['../other/*.apk'], {})).rejects.toThrow(UsageError);
    await expect(scanLimited(root, ['/etc/*.conf'], {})).rejects.toThrow(/outside the workspace/);
    const absoluteInside = await scanLimited(root, [join(root, '*.apk')], {});
    expect(absoluteInside.files).toBe(1);
  });

  test('a glob that matches nothing, and a symbolic link, are listed as not inspected', async () => {
    const root = await workspace({ 'real.apk': 'x' });
    await symlink(join(root, 'real.apk'), join(root, 'link.apk'));
    const result = await scanLimited(root, ['build/**/*.apk', 'link.apk'], {});
    expect(result.skipped).toEqual([
      { path: 'build/**/*.apk', reason: 'no file matches this artifact glob: nothing was inspected for it' },
      { path: 'link.apk', reason: 'symbolic link or special file (not followed): not inspected' },
    ]);
  });

  test('a linked folder in the fixed leading part of a glob (ln -s /outside out; out/**): nothing outside is listed or read', async () => {
    const outside = await workspace({ 'leak.apk': ANDROID, 'deep/more.apk': ANDROID, 'deep/x.txt': ANDROID });
    const root = await workspace({ 'real/a/ok.apk': 'x', 'real/b/ok.apk': 'x' });
    await symlink(outside, join(root, 'out'));
    await symlink(outside, join(root, 'real', 'a', 'linked'));
    const warned: string[] = [];
    const ctx: CheckContext = {
      root,
      files: [],
      tree: [],
      config: EMPTY_CONFIG,
      settings: { ...DEFAULT_SETTINGS, artifacts: ['out/**', 'out/deep/*.apk', 'out', 'real/a/linked/**', 'o*/**', 'real/**'] },
      log: { ...silentLogger, warning: (m) => warned.push(m) },
      skip: () => undefined,
      gplDuty: gplDutyOnce('auto', [], []),
    };
    const skipped: Skipped[] = [];
    const outcome = await scanArtifacts({ ...ctx, skip: (path, reason) => skipped.push({ path, reason }) }, DEFAULT_LIMITS);
    expect(outcome.findings).toEqual([]);
    expect(outcome.files).toBe(2); // real/a/ok.apk, real/b/ok.apk
    expect(skipped).toEqual([
      { path: 'out/**', reason: '"out" leads outside the workspace through a symbolic link: nothing was inspected for it' },
      { path: 'out/deep/*.apk', reason: '"out/deep" leads outside the workspace through a symbolic link: nothing was inspected for it' },
      { path: 'out', reason: '"out" leads outside the workspace through a symbolic link: nothing was inspected for it' },
      { path: 'real/a/linked/**', reason: '"real/a/linked" leads outside the workspace through a symbolic link: nothing was inspected for it' },
      { path: 'o*/**', reason: 'no file matches this artifact glob: nothing was inspected for it' },
      { path: 'real/a/linked', reason: 'symbolic link or special file (not followed): not inspected' },
    ]);
    expect(warned.join('\n')).not.toMatch(/leak|more\.apk|x\.txt/);
    expect(warned).toHaveLength(skipped.length);
  });

  test('a brace-expansion bomb (22 {a,b} groups, {1..10000000}) is refused before any expansion', async () => {
    const root = await workspace({ 'a.apk': 'x' });
    const bomb = `${'{a,b}'.repeat(22)}/*.apk`;
    await expect(scanLimited(root, [bomb], {})).rejects.toThrow(`artifacts: "${bomb}": its {…} groups expand to 4,194,304 patterns, more than the 1,024 allowed`);
    await expect(scanLimited(root, ['build/{1..10000000}/*.apk'], {})).rejects.toThrow(/expand to 10,000,000 patterns/);
    await expect(scanLimited(root, ['{a,{b,c}{d,e,f}}/{x..z}.apk'], {})).resolves.toMatchObject({ files: 0 });
  });
});

describe('issue 14 item 14: time is bounded as well as bytes', () => {
  test('past the time limit the rest of an artifact is listed as not inspected, and the run ends', async () => {
    const root = await workspace({ 'out/blob.bin': Buffer.from('0123456789abcdef'.repeat(64 * 1024)) });
    const { skipped } = await scanLimited(root, ['out/blob.bin'], { maxMilliseconds: 0 });
    expect(skipped).toEqual([{ path: 'out/blob.bin', reason: expect.stringMatching(/^scan stopped after 0 s \(limit\), at .* of content: the rest of the artifact was not inspected$/) }]);
  });

  test('a hash inside a long hex run, at any offset and in either case, is found by the searched-value path', async () => {
    const filler = '0123456789abcdef'.repeat(8 * 1024);
    const root = await workspace({ 'out/blob.bin': Buffer.from(`${filler}${ANDROID.toUpperCase()}${filler}`) });
    const report = await scanWith(root, ['out/blob.bin']);
    expect(report.findings.map((f) => f.message.match(/ASCII at byte (\d+)/)?.[1])).toEqual([String(filler.length)]);
  });
});
