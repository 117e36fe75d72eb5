import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { listPaths, walk } from '../src/files/walk.js';
import { removeTempDirs, scan, tempDir } from './helpers/fixtures.js';

const LIMIT = { maxFileSize: 1024 * 1024 };

describe('file walk', () => {
  afterAll(removeTempDirs);

  test('honours .gitignore files at every level, skips .git, lists what it does not read', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'app/build/out'), { recursive: true });
    await mkdir(join(root, 'app/src'), { recursive: true });
    await mkdir(join(root, 'vendor/keep'), { recursive: true });
    await mkdir(join(root, '.git/objects'), { recursive: true });
    await writeFile(join(root, '.gitignore'), '*.log\n/vendor/*\n!/vendor/keep/\n');
    await writeFile(join(root, 'app/.gitignore'), 'build/\nsecret.properties\n');
    await writeFile(join(root, 'app/build/out/a.txt'), 'x');
    await writeFile(join(root, 'app/src/Main.java'), 'x');
    await writeFile(join(root, 'app/secret.properties'), 'x');
    await writeFile(join(root, 'app/debug.log'), 'x');
    await writeFile(join(root, 'vendor/dropped.c'), 'x');
    await writeFile(join(root, 'vendor/keep/kept.c'), 'x');
    await writeFile(join(root, '.git/config'), 'x');
    await writeFile(join(root, 'big.bin'), Buffer.alloc(LIMIT.maxFileSize + 1));
    const result = await walk(root, root, LIMIT);
    expect(result.files.map((f) => f.path)).toEqual(['.gitignore', 'app/.gitignore', 'app/src/Main.java', 'vendor/keep/kept.c']);
    expect(result.skipped).toEqual([{ path: 'big.bin', reason: `larger than max-file-size (${LIMIT.maxFileSize + 1} > ${LIMIT.maxFileSize} bytes)` }]);
    expect(result.ignored).toBe(4);

    // A change set is taken exactly as the walk takes it, without walking.
    const changed = ['app/build/out/a.txt', 'app/src/Main.java', 'app/secret.properties', 'app/debug.log', 'vendor/dropped.c', 'vendor/keep/kept.c', '.git/config', 'big.bin', 'gone.c'];
    const listed = await listPaths(root, root, changed, LIMIT);
    expect(listed.files.map((f) => f.path)).toEqual(['app/src/Main.java', 'vendor/keep/kept.c']);
    expect(listed.skipped).toEqual(result.skipped);
    expect((await listPaths(root, join(root, "vendor"), changed, LIMIT)).files.map((f) => f.path)).toEqual(['vendor/keep/kept.c']);
  });

  test('lists exactly what git lists, over many .gitignore shapes at every level', async () => {
    const rules = ['*.log', '/build', 'build/', 'out/**', '**/gen/*.java', '!keep.log', 'docs/*.md', '!docs/README.md', 'tmp*', '[Dd]ebug/', '*.o', '!/lib/*.o', 'a/**/z', '\\#lit', 'node_modules', 'x?.txt', 'sub/', '!sub/'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const names = ['a', 'b', 'lib', 'build', 'out', 'gen', 'docs', 'Debug', 'sub', 'z', 'node_modules', 'tmpdir'];
    const files = ['keep.log', 'x.log', 'main.java', 'README.md', 'notes.md', 'x1.txt', 'xx.txt', 'm.o', '#lit', 'tmp.c', 'z'];
    let leftOut = 0;
    for (let round = 0; round < 4; round++) {
      const root = await tempDir();
      const dirs = [''];
      for (let i = 0; i < 40; i++) dirs.push([dirs[next(dirs.length)], names[next(names.length)]].filter(Boolean).join('/'));
      for (const dir of new Set(dirs)) {
        await mkdir(join(root, dir), { recursive: true });
        for (let i = 0; i < 4; i++) await writeFile(join(root, dir, files[next(files.length)]), 'x');
        if (next(3) === 0) await writeFile(join(root, dir, '.gitignore'), Array.from({ length: 1 + next(5) }, () => rules[next(rules.length)]).join('\n') + '\n');
      }
      // Outside git, this walker's own matcher decides; inside, git's listing. Both must agree with git.
      const walkedOutsideGit = await walk(root, root, LIMIT);
      execFileSync('git', ['init', '-q', root]);
      const byGit = execFileSync('git', ['-C', root, 'ls-files', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean).sort();
      expect(walkedOutsideGit.listedBy).toBe('walker');
      expect(walkedOutsideGit.files.map((f) => f.path)).toEqual(byGit);
      const walked = await walk(root, root, LIMIT);
      expect(walked.listedBy).toBe('git');
      expect(walked.files.map((f) => f.path)).toEqual(byGit);
      const everything = execFileSync('git', ['-C', root, 'ls-files', '--others', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
      expect((await listPaths(root, root, everything, LIMIT)).files.map((f) => f.path)).toEqual(byGit);
      expect(everything.length).toBeGreaterThan(byGit.length);
      leftOut += everything.length - byGit.length;
    }
    expect(leftOut).toBeGreaterThan(20); // the rules did leave files out
  });

  test('in a git work tree, committed files that .gitignore matches ship and are listed, as git lists them', async () => {
    const rules = ['*.json', '!app.json', 'build/', '/gen', '*.properties', '!keep/*.properties', 'BuildVars.java'];
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const names = ['app', 'build', 'gen', 'keep', 'src', 'config'];
    const files = ['app.json', 'other.json', 'BuildVars.java', 'local.properties', 'Main.kt', 'README.md'];
    let committedIgnored = 0;
    for (let round = 0; round < 3; round++) {
      const root = await tempDir();
      const dirs = [''];
      for (let i = 0; i < 30; i++) dirs.push([dirs[next(dirs.length)], names[next(names.length)]].filter(Boolean).join('/'));
      for (const dir of new Set(dirs)) {
        await mkdir(join(root, dir), { recursive: true });
        for (let i = 0; i < 3; i++) await writeFile(join(root, dir, files[next(files.length)]), 'x');
        if (next(2) === 0) await writeFile(join(root, dir, '.gitignore'), Array.from({ length: 1 + next(4) }, () => rules[next(rules.length)]).join('\n') + '\n');
      }
      const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { encoding: 'utf8' });
      git('init', '-q');
      const ignored = git('ls-files', '--others', '--ignored', '--exclude-standard', '-z').split('\0').filter(Boolean);
      const forced = ignored.filter(() => next(2) === 0);
      git('add', '-A');
      if (forced.length > 0) git('add', '-f', '--', ...forced);
      git('commit', '-qm', 'x');
      committedIgnored += forced.length;
      const byGit = git('ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean).sort();
      expect((await walk(root, root, LIMIT)).files.map((f) => f.path)).toEqual(byGit);
      // A change set that holds the forced files takes them too.
      expect((await listPaths(root, root, forced, LIMIT)).files.map((f) => f.path)).toEqual([...forced].sort());
    }
    expect(committedIgnored).toBeGreaterThan(10);
  });

  test('a subfolder scan applies the .gitignore rules of the folders above it', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'a/b'), { recursive: true });
    await writeFile(join(root, '.gitignore'), 'generated.js\n');
    await writeFile(join(root, 'a/b/generated.js'), 'x');
    await writeFile(join(root, 'a/b/real.js'), 'x');
    const result = await walk(root, join(root, 'a'), LIMIT);
    expect(result.files.map((f) => f.path)).toEqual(['a/b/real.js']);
  });

  test('never follows symbolic links, never opens FIFOs or sockets: both are listed', async () => {
    const root = await tempDir();
    const outside = await tempDir();
    await writeFile(join(outside, 'secret.py'), 'api_id = 17349\n');
    await symlink(outside, join(root, 'link-out'));
    await symlink(join(outside, 'secret.py'), join(root, 'file-link.py'));
    await mkdir(join(root, 'loop'));
    await symlink(join(root, 'loop'), join(root, 'loop', 'again'));
    execFileSync('mkfifo', [join(root, 'pipe')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(root, 'sock'), resolve));
    try {
      const result = await walk(root, root, LIMIT);
      expect(result.files).toEqual([]);
      expect(result.skipped).toEqual([
        { path: 'file-link.py', reason: 'symbolic link (not followed)' },
        { path: 'link-out', reason: 'symbolic link (not followed)' },
        { path: 'loop/again', reason: 'symbolic link (not followed)' },
        { path: 'pipe', reason: 'FIFO (never opened)' },
        { path: 'sock', reason: 'socket (never opened)' },
      ]);
      const report = await scan(root);
      expect(report.findings).toEqual([]);
      expect(report.skipped).toHaveLength(5);
    } finally {
      server.close();
    }
  });
});

describe('text decoding', () => {
  afterAll(removeTempDirs);

  test('UTF-8 with BOM, UTF-16 LE/BE with and without BOM are scanned; binaries are listed as skipped', async () => {
    const root = await tempDir();
    const line = 'TELEGRAM_API_ID=17349\n';
    const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
    await writeFile(join(root, 'utf8bom.env'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line)]));
    await writeFile(join(root, 'le-bom.rc'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line, 'utf16le')]));
    await writeFile(join(root, 'le.rc'), Buffer.from(`// resources\n${line}`, 'utf16le'));
    await writeFile(join(root, 'be-bom.rc'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(line)]));
    await writeFile(join(root, 'be.rc'), utf16be(`// resources\n${line}`));
    await writeFile(join(root, 'image.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 0, 0, 0]), Buffer.from(line)]));
    await writeFile(join(root, 'latin1.txt.env'), Buffer.from('# caf\xe9\nTELEGRAM_API_ID=17349\n', 'latin1'));
    const report = await scan(root);
    expect(report.findings.map((f) => `${f.path}:${f.line}`).sort()).toEqual(['be-bom.rc:1', 'be.rc:2', 'latin1.txt.env:2', 'le-bom.rc:1', 'le.rc:2', 'utf8bom.env:1']);
    expect(report.skipped).toEqual([{ path: 'image.png', reason: 'binary file' }]);
  });
});
