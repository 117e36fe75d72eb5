// Issue 13: cases where a release gate said "pass" (or only warned) while a published credential shipped, each
// built as a user meets it and run through the bundled CLI.
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeTempDirs, REPO_ROOT, tempDir, tree } from './helpers/fixtures.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const DESKTOP_HASH = 'b18441a1ff607e10a989891a5462e627'; // Telegram Desktop's published pair: 2040 / this hash

interface Json {
  result: string;
  findings: { ruleId: string; level: string; path: string; line: number; message: string }[];
  skipped: { path: string; reason: string }[];
  checks: Record<string, { status: string }>;
}

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_TOKEN: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[]): { status: number | null; report: Json; stderr: string } {
  const r = cli(['--format', 'json', ...args]);
  return { status: r.status, report: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

const git = (root: string, ...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { encoding: 'utf8' });

afterAll(removeTempDirs);

describe('1. every file that ships is scanned', () => {
  test('a committed file that .gitignore matches ships, and is scanned', async () => {
    const root = await tree({
      '.gitignore': 'BuildVars.java\n',
      'app/src/BuildVars.java': `public class BuildVars {\n  public static String APP_HASH = "${DESKTOP_HASH}";\n}\n`,
    });
    git(root, 'init', '-q');
    git(root, 'add', '.gitignore');
    git(root, 'add', '-f', 'app/src/BuildVars.java');
    git(root, 'commit', '-qm', 'x');
    const { status, report } = json(['--checks', 'credentials', root]);
    expect(report.findings.map((f) => `${f.path}:${f.line} ${f.level} ${f.ruleId}`)).toEqual(['app/src/BuildVars.java:2 error published-api-credentials']);
    expect(status).toBe(1);
  });

  test('outside git, a nested !app.json takes back what a root *.json leaves out, as git does', async () => {
    const root = await tree({
      '.gitignore': '*.json\n',
      'config/.gitignore': '!app.json\n',
      'config/app.json': `{ "api_hash": "${DESKTOP_HASH}" }\n`,
      'config/other.json': `{ "api_hash": "${DESKTOP_HASH}" }\n`,
    });
    const { report } = json(['--checks', 'credentials', root]);
    expect(report.findings.map((f) => f.path)).toEqual(['config/app.json']);
    git(root, 'init', '-q');
    expect(git(root, 'ls-files', '--others', '--exclude-standard').trim().split('\n').sort()).toEqual(['.gitignore', 'config/.gitignore', 'config/app.json']);
  });
});

describe('7. a failed check never reads as a pass', () => {
  test('JSON, text and Markdown say error, and the exit status is 2', async () => {
    const root = await tree({ 'a.txt': 'hello\n' });
    const args = ['--checks', 'credentials,artifacts', '--artifacts', '../outside/*.apk', root];
    const { status, report } = json(args);
    expect(status).toBe(2);
    expect(report.checks.artifacts.status).toBe('failed');
    expect(report.result).toBe('error');
    const text = cli(args);
    expect(text.stdout.trim().split('\n').at(-1)).toMatch(/^✖ 0 errors, 0 warnings, 0 notes in 1 file scanned; not a pass: the artifacts check failed \(artifacts: /);
    const markdown = cli(['--format', 'markdown', ...args]);
    expect(markdown.stdout).toMatch(/^## ❌ Telegram compliance: error\n\nNot a pass: the artifacts check failed/);
    expect(markdown.status).toBe(2);
  });
});

describe('2. an override is a later assignment statement of another value', () => {
  const levelsOf = (report: Json) => report.findings.map((f) => `${f.path}:${f.line} ${f.level}`).sort();

  test("Pyrogram's quickstart: named arguments and a conversion of the name itself are no overrides", async () => {
    const root = await tree({
      'bot.py': `from pyrogram import Client\n\napi_id = 2040\napi_hash = "${DESKTOP_HASH}"\n\napp = Client("my_account", api_id=api_id, api_hash=api_hash)\n`,
      'multi.py': `import telethon\nAPI_ID = 2040\nAPI_ID = int(API_ID)\nclient = TelegramClient(\n    "s",\n    api_id=API_ID,\n    api_hash=os.getenv("API_HASH"),\n)\n`,
    });
    const { status, report } = json(['--checks', 'credentials', root]);
    expect(levelsOf(report)).toEqual(['bot.py:3 error', 'bot.py:4 error', 'multi.py:2 error']);
    expect(status).toBe(1);
  });

  test('where it must apply: a later statement from the environment, or a parameter through this./self.', async () => {
    const root = await tree({
      'bot.py': `import pyrogram\napi_id = 2040\napi_id = int(os.getenv("API_ID"))\n`,
      'Session.java': `package org.telegram.messenger;\nclass Session {\n  int apiId = 6;\n  Session(int apiId) {\n    this.apiId = apiId;\n  }\n}\n`,
      'fallback.py': `import pyrogram\nAPI_ID = 2040\nAPI_ID = int(os.getenv("API_ID", API_ID))\n`,
    });
    const { report } = json(['--checks', 'credentials', root]);
    expect(levelsOf(report)).toEqual(['Session.java:3 warning', 'bot.py:2 warning', 'fallback.py:2 error']);
    expect(report.findings.find((f) => f.path === 'bot.py')!.message).toContain('overridden at line 3 by `api_id = int(os.getenv("API_ID"))`');
  });
});

describe('3. guards read the branch the value is in', () => {
  const levelsOf = (report: Json) => report.findings.map((f) => `${f.path}:${f.line} ${f.level}`).sort();

  test('what ships: the #else of #ifdef TEST, #ifndef, if (NOT TEST), !defined, and a switch whose name only contains TEST', async () => {
    const root = await tree({
      'else.h': `#ifdef TDESKTOP_API_TEST\nconstexpr auto ApiId = 17349;\n#else\nconstexpr auto ApiId = 2040;\n#endif\n`,
      'ifndef.h': `#ifndef TDESKTOP_API_TEST\nconstexpr auto ApiId = 2040;\n#endif\n`,
      'not.cmake': `if (NOT TDESKTOP_API_TEST)\n    set(TDESKTOP_API_ID 2040)\nendif()\n`,
      'defined.h': `#if !defined(TDESKTOP_API_TEST)\nconstexpr auto ApiId = 2040;\n#endif\n`,
      'latest.h': `#if LATEST_SDK\nconstexpr auto ApiId = 2040;\n#endif\n`,
    });
    const { report } = json(['--checks', 'credentials', root]);
    expect(levelsOf(report)).toEqual(['defined.h:2 error', 'else.h:2 warning', 'else.h:4 error', 'ifndef.h:2 error', 'latest.h:2 error', 'not.cmake:2 error']);
  });

  test('what does not: the #if branch of the test switch, the #else of #ifndef, an #error in the same branch', async () => {
    const root = await tree({
      'ifndef-else.h': `#ifndef TDESKTOP_API_TEST\n#error provide your own\n#else\nconstexpr auto ApiId = 17349;\n#endif\n`,
      'elif.h': `#if defined(OWN_ID)\nconstexpr auto ApiId = OWN_ID;\n#elif TDESKTOP_API_TEST\nconstexpr auto ApiId = 17349;\n#endif\n`,
      'cmake.cmake': `if (TDESKTOP_API_TEST)\n    set(TDESKTOP_API_ID 17349)\nelse()\n    set(TDESKTOP_API_ID 2040)\nendif()\n`,
      'other-branch-error.h': `#ifdef OWN\n#error never\n#else\nconstexpr auto ApiId = 2040;\n#endif\n`,
    });
    const { report } = json(['--checks', 'credentials', root]);
    expect(levelsOf(report)).toEqual(['cmake.cmake:2 warning', 'cmake.cmake:4 error', 'elif.h:4 warning', 'ifndef-else.h:4 warning', 'other-branch-error.h:4 error']);
  });
});

describe('4. a value that straddles a chunk edge in a large file', () => {
  test('a hash starting at byte 1,044,470 of a 1.1 MiB file is found', async () => {
    const before = `${'x'.repeat(99)}\n`.repeat(10444) + 'x'.repeat(65) + 'h = "';
    expect(before.length).toBe(1_044_470);
    const root = await tree({ 'big.txt.js': `${before}${DESKTOP_HASH}";\n${'y'.repeat(100_000)}\n` });
    const { report } = json(['--checks', 'credentials', root]);
    expect(report.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`)).toEqual(['big.txt.js:10445 published-api-credentials']);
  });
});

describe('file facts decided once, in the walk', () => {
  const levelsOf = (report: Json) => report.findings.map((f) => `${f.path}:${f.line} ${f.level}`).sort();

  test('5. CMakeLists.txt is a build file, not documentation; a .txt note still is', async () => {
    const setLines = `set(TDESKTOP_API_ID 2040)\nset(TDESKTOP_API_HASH ${DESKTOP_HASH})\n`;
    const root = await tree({ 'CMakeLists.txt': setLines, 'docs/build.txt': setLines });
    const { report } = json(['--checks', 'credentials', root]);
    expect(levelsOf(report)).toEqual(['CMakeLists.txt:1 error', 'CMakeLists.txt:2 error', 'docs/build.txt:1 warning', 'docs/build.txt:2 warning']);
  });

  test('6. release builds are workflows run on release or tag events and release paths, not any "release" or "tags:"', async () => {
    const build = '      - run: cmake -DTDESKTOP_API_TEST=ON .\n';
    const root = await tree({
      'docs/RELEASE.md': 'Build with `-DTDESKTOP_API_TEST=ON` to try it.\n',
      '.github/workflows/docker.yml': `on:\n  push:\n    branches: [main]\njobs:\n  b:\n    steps:\n      - uses: docker/metadata-action@v5\n        with:\n          tags: type=sha\n${build}`,
      '.github/workflows/tag.yml': `on:\n  push:\n    tags: ['v*']\njobs:\n  b:\n    steps:\n${build}`,
      '.github/workflows/publish.yml': `on: release\njobs:\n  b:\n    steps:\n${build}`,
      'scripts/release/build.sh': 'cmake -DTDESKTOP_API_TEST=ON .\n',
    });
    const { report } = json(['--checks', 'credentials', root]);
    expect(levelsOf(report)).toEqual([
      '.github/workflows/docker.yml:10 warning',
      '.github/workflows/publish.yml:5 error',
      '.github/workflows/tag.yml:7 error',
      'docs/RELEASE.md:1 warning',
      'scripts/release/build.sh:1 error',
    ]);
  });

  test('10. a stray NUL byte in a source file, a UTF-16 mark before UTF-8 text: still scanned; a real binary is listed', async () => {
    const root = await tree({
      'src/Config.java': Buffer.concat([Buffer.from('// a comment \0 with a NUL\nclass Config {\n  static String API_HASH = "'), Buffer.from(`${DESKTOP_HASH}";\n}\n`)]),
      '.env': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`API_HASH=${DESKTOP_HASH}\n`)]),
      'logo.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 0, 0, 2, 0, 3]),
    });
    const { report } = json(['--checks', 'credentials', root]);
    expect(levelsOf(report)).toEqual(['.env:1 error', 'src/Config.java:3 error']);
    expect(report.skipped).toEqual([{ path: 'logo.bin', reason: 'binary file' }]);
  });

  test('titles under a test folder do not ship; the same title in the main manifest does', async () => {
    const manifest = '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="Telegram Plus" />\n</manifest>\n';
    const root = await tree({ 'app/src/androidTest/AndroidManifest.xml': manifest });
    expect(json(['--checks', 'branding', root]).report.findings).toEqual([]);
    await mkdir(join(root, 'app/src/main'), { recursive: true });
    await writeFile(join(root, 'app/src/main/AndroidManifest.xml'), manifest);
    expect(levelsOf(json(['--checks', 'branding', root]).report)).toEqual(['app/src/main/AndroidManifest.xml:2 error']);
  });
});

describe('14. an id written as a Java long, with digit separators, in hex', () => {
  test('each form is the official id; a different number in the same forms is not', async () => {
    const root = await tree({
      'BuildVars.java': 'package org.telegram.messenger;\nclass BuildVars {\n  static long APP_ID = 2040L;\n}\n',
      'config.py': 'import pyrogram\nAPI_ID = 1_025_907\n',
      'config.h': '// telegram\nconstexpr int32_t ApiId = 0x7F8;\n',
      'other.h': '// telegram\nconstexpr int32_t ApiId = 0x7F9u;\nconstexpr long TdApiId = 2_041L;\n',
    });
    const { report } = json(['--checks', 'credentials', root]);
    const published = report.findings.filter((f) => f.ruleId === 'published-api-credentials').map((f) => `${f.path}:${f.line} ${f.level}`).sort();
    expect(published).toEqual(['BuildVars.java:3 error', 'config.h:2 error', 'config.py:2 error']);
    expect(report.findings.find((f) => f.path === 'config.h')!.message).toContain('api_id 2040 (written 0x7F8)');
    expect(report.findings.filter((f) => f.path === 'other.h').map((f) => f.ruleId)).toEqual(['hardcoded-api-credentials', 'hardcoded-api-credentials']);
  });
});

describe('13. the tool does not scan its own reports', () => {
  test('--output inside the tree, and reports of earlier runs, are listed as skipped; a look-alike is still scanned', async () => {
    const root = await tree({ 'app/config.js': `const api_hash = "${DESKTOP_HASH}";\n` });
    const out = join(root, 'tg.sarif');
    const first = cli(['--checks', 'credentials', '--format', 'sarif', '--output', out, root]);
    expect(first.status).toBe(1);
    cli(['--checks', 'credentials', '--format', 'json', '--output', join(root, 'earlier.json'), root]);
    // A file that only names the tool is not a report.
    await writeFile(join(root, 'lookalike.json'), JSON.stringify({ tool: { name: 'telegram-compliance' }, api_hash: DESKTOP_HASH }));
    const { report } = json(['--checks', 'credentials', root]);
    expect(report.findings.map((f) => f.path).sort()).toEqual(['app/config.js', 'lookalike.json']);
    expect(report.skipped.map((s) => s.path).sort()).toEqual(['earlier.json', 'tg.sarif']);
    expect(report.skipped[0].reason).toMatch(/a telegram-compliance report/);
    // The file this run is about to overwrite is not scanned, whatever it holds now.
    const target = join(root, 'this-run.json');
    await writeFile(target, JSON.stringify({ api_hash: DESKTOP_HASH }));
    cli(['--checks', 'credentials', '--format', 'json', '--output', target, root]);
    const written = JSON.parse(await readFile(target, 'utf8')) as Json;
    expect(written.findings.map((f) => f.path).sort()).toEqual(['app/config.js', 'lookalike.json']);
    expect(written.skipped).toContainEqual({ path: 'this-run.json', reason: 'a report this run writes (not scanned)' });
  });
});

describe('9. names that are not UTF-8', () => {
  test.each([false, true])('a folder and a file named by invalid bytes are scanned, shown as \\xNN (in a git work tree: %s)', async (inGit) => {
    const root = await tempDir();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const rootBytes = Buffer.from(root);
    const dir = Buffer.concat([rootBytes, Buffer.from('/src'), Buffer.from([0xff])]);
    mkdirSync(dir);
    writeFileSync(Buffer.concat([dir, Buffer.from('/Config.java')]), `class C { static String API_HASH = "${DESKTOP_HASH}"; }\n`);
    writeFileSync(Buffer.concat([rootBytes, Buffer.from('/conf'), Buffer.from([0xe9]), Buffer.from('.env')]), `API_HASH=${DESKTOP_HASH}\n`);
    if (inGit) {
      git(root, 'init', '-q');
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'x');
    }
    const { report } = json(['--checks', 'credentials', root]);
    expect(report.findings.map((f) => `${f.path}:${f.line} ${f.level}`).sort()).toEqual(['conf\\xe9.env:1 error', 'src\\xff/Config.java:1 error']);
    expect(report.skipped).toEqual([]);
  });
});
