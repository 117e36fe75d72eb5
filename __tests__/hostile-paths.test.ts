import { afterAll, afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { lstat, mkdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../src/action/main.js';
import { loadConfig } from '../src/config/load.js';
import { readRegularFileSync } from '../src/files/read-regular.js';
import { writeReportFile } from '../src/files/write-report.js';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers/fixtures.js';

// What a pull request can put in the tree to make the action read or write outside the workspace: links.

let printed: string;
let root: string;
let outside: string;
const saved = { ...process.env };

beforeEach(async () => {
  root = await tempDir();
  outside = await tempDir();
  const runner = await tempDir();
  printed = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k.startsWith('RUNNER_')) delete process.env[k];
  await writeFile(join(runner, 'output'), '');
  await writeFile(join(runner, 'summary'), '');
  Object.assign(process.env, {
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    INPUT_CHECKS: 'credentials',
    'INPUT_FAIL-ON': 'error',
    INPUT_CONFIG: '.github/telegram-compliance.yml',
    INPUT_PATH: '.',
  });
  await writeFile(join(root, 'app.env'), 'TELEGRAM_API_ID=17349\n');
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});
afterAll(removeTempDirs);

async function runWith(inputs: Record<string, string>): Promise<string[]> {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  await run();
  process.exitCode = undefined;
  return printed.split('\n').filter((l) => l.startsWith('::error::'));
}

describe('sarif-file never writes through a link', () => {
  test('a linked folder on the way out of the workspace: refused, nothing written outside', async () => {
    await symlink(outside, join(root, 'out'));
    const errors = await runWith({ 'sarif-file': 'out/report.sarif' });
    expect(errors).toEqual(['::error::input sarif-file: "out/report.sarif" leads outside the workspace and RUNNER_TEMP (through a symbolic link)']);
    await expect(lstat(join(outside, 'report.sarif'))).rejects.toThrow(/ENOENT/);
  });

  test('a linked folder deeper than the first missing one: refused before any folder is made outside', async () => {
    await symlink(outside, join(root, 'out'));
    const errors = await runWith({ 'sarif-file': 'out/new/deeper/report.sarif' });
    expect(errors).toEqual(['::error::input sarif-file: "out/new/deeper/report.sarif" leads outside the workspace and RUNNER_TEMP (through a symbolic link)']);
    await expect(lstat(join(outside, 'new'))).rejects.toThrow(/ENOENT/);
  });

  test('report.sarif itself a link to a file elsewhere: refused, the file elsewhere untouched', async () => {
    await writeFile(join(outside, 'victim'), 'precious\n');
    await symlink(join(outside, 'victim'), join(root, 'report.sarif'));
    const errors = await runWith({ 'sarif-file': 'report.sarif' });
    expect(errors).toEqual(['::error::input sarif-file: "report.sarif" is a symbolic link: reports are never written through links']);
    expect(await readFile(join(outside, 'victim'), 'utf8')).toBe('precious\n');
    expect(await readlink(join(root, 'report.sarif'))).toBe(join(outside, 'victim'));
  });

  test('a link inside the workspace is refused too (one rule), and a plain path is written', async () => {
    await writeFile(join(root, 'real.sarif'), 'old');
    await symlink('real.sarif', join(root, 'report.sarif'));
    expect(await runWith({ 'sarif-file': 'report.sarif' })).toEqual(['::error::input sarif-file: "report.sarif" is a symbolic link: reports are never written through links']);
    printed = '';
    expect(await runWith({ 'sarif-file': 'reports/new/report.sarif' })).toEqual(['::error::1 error, 0 warnings, 0 notes (fail-on: error)']);
    expect(JSON.parse(await readFile(join(root, 'reports/new/report.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  test('where the platform has no O_NOFOLLOW: the old file is removed and the new one created exclusively', async () => {
    await writeFile(join(root, 'report.sarif'), 'old contents, longer than the new');
    await writeReportFile(join(root, 'report.sarif'), 'new', { label: 'test', noFollow: 0 });
    expect(await readFile(join(root, 'report.sarif'), 'utf8')).toBe('new');
    await writeFile(join(outside, 'victim'), 'precious\n');
    await symlink(join(outside, 'victim'), join(root, 'linked.sarif'));
    await expect(writeReportFile(join(root, 'linked.sarif'), 'x', { label: 'test', noFollow: 0 })).rejects.toThrow(/is a symbolic link/);
    expect(await readFile(join(outside, 'victim'), 'utf8')).toBe('precious\n');
  });
});

describe('configuration files are never read through links', () => {
  test('the default config path linked to a file outside: refused like an explicit one, its content never echoed', async () => {
    await writeFile(join(outside, 'secret.yml'), 'root-password: hunter2\n');
    await mkdir(join(root, '.github'));
    await symlink(join(outside, 'secret.yml'), join(root, '.github', 'telegram-compliance.yml'));
    const errors = await runWith({});
    expect(errors).toEqual(['::error::input config: ".github/telegram-compliance.yml" is a symbolic link: configuration files are never read through links']);
    expect(printed).not.toContain('hunter2');
    expect(printed).not.toContain('root-password');
  });

  test('the default config under a linked .github folder: refused', async () => {
    await writeFile(join(outside, 'telegram-compliance.yml'), 'root-password: hunter2\n');
    await symlink(outside, join(root, '.github'));
    const errors = await runWith({});
    expect(errors).toEqual(['::error::input config: ".github/telegram-compliance.yml" leads outside the workspace (through a symbolic link)']);
    expect(printed).not.toContain('hunter2');
  });

  test('an explicit config through a link inside the workspace: the same rule', async () => {
    await writeFile(join(root, 'real.yml'), 'fail-on: never\n');
    await symlink('real.yml', join(root, 'linked.yml'));
    expect(await runWith({ config: 'linked.yml' })).toEqual(['::error::input config: "linked.yml" is a symbolic link: configuration files are never read through links']);
  });

  test('a config that is /dev/zero, a FIFO or larger than 1 MiB is refused without reading it whole', async () => {
    await mkdir(join(root, '.github'));
    await writeFile(join(root, '.github', 'big.yml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    await expect(loadConfig(root, join(root, '.github', 'big.yml'))).rejects.toThrow(/big\.yml: cannot read the configuration file \(larger than 1048576 bytes\)/);
    await expect(loadConfig(root, '/dev/zero')).rejects.toThrow(/\/dev\/zero: cannot read the configuration file \(not a regular file\)/);
    spawnSync('mkfifo', [join(root, '.github', 'telegram-compliance.yml')]);
    await expect(loadConfig(root)).rejects.toThrow(/telegram-compliance\.yml: cannot read the configuration file \(not a regular file\)/);
  });

  test('without O_NOFOLLOW (Windows), a linked config is refused after lstat', async () => {
    await writeFile(join(outside, 'secret.yml'), 'root-password: hunter2\n');
    await symlink(join(outside, 'secret.yml'), join(root, 'linked.yml'));
    expect(() => readRegularFileSync(join(root, 'linked.yml'), 1024, 0)).toThrow(expect.objectContaining({ code: 'ELOOP' }));
    await writeFile(join(root, 'plain.yml'), 'fail-on: never\n');
    expect(readRegularFileSync(join(root, 'plain.yml'), 1024, 0)).toBe('fail-on: never\n');
  });
});

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
function cli(args: string[], cwd = REPO_ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the CLI: the same rules for --output and the default config', () => {
  test('--output that is a link to a file elsewhere: exit 2 in one line, the file elsewhere untouched', async () => {
    await writeFile(join(outside, 'victim'), 'precious\n');
    await symlink(join(outside, 'victim'), join(root, 'report.txt'));
    const r = cli(['--checks', 'credentials', '--output', join(root, 'report.txt'), root]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^tg-compliance: error: --output: ".*report\.txt" is a symbolic link: reports are never written through links\n$/);
    expect(await readFile(join(outside, 'victim'), 'utf8')).toBe('precious\n');
  });

  test('a scanned tree whose default config links outside: exit 2 in one line, nothing echoed', async () => {
    await writeFile(join(outside, 'secret.yml'), 'root-password: hunter2\n');
    await mkdir(join(root, '.github'));
    await symlink(join(outside, 'secret.yml'), join(root, '.github', 'telegram-compliance.yml'));
    const r = cli(['--checks', 'credentials', root]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tg-compliance: error: .github/telegram-compliance.yml is a symbolic link: configuration files are never read through links\n');
  });
});
