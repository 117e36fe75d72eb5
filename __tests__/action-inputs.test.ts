import { afterAll, afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../src/action/main.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';

// The action run in this process, with the environment the runner gives it; what it prints is captured.
let printed: string;
let root: string;
const saved = { ...process.env };

beforeEach(async () => {
  root = await tempDir();
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
    'INPUT_CHECKS': 'credentials',
    'INPUT_FAIL-ON': 'error',
    'INPUT_CONFIG': '.github/telegram-compliance.yml',
    'INPUT_PATH': '.',
  });
  await writeFile(join(root, 'app.env'), 'TELEGRAM_API_ID=17349\n');
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});
afterAll(removeTempDirs);

async function runWith(inputs: Record<string, string>): Promise<{ failed: boolean; errors: string[] }> {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  await run();
  const failed = process.exitCode === 1;
  process.exitCode = undefined;
  return { failed, errors: printed.split('\n').filter((l) => l.startsWith('::error::')) };
}

describe('the action refuses bad inputs with one line, never a stack trace', () => {
  test('runs with the default config path when the file does not exist', async () => {
    const r = await runWith({});
    expect(r.failed).toBe(true);
    expect(r.errors).toEqual(['::error::1 error, 0 warnings, 0 notes (fail-on: error)']);
    expect(printed).toMatch(/::error title=published-api-credentials,file=app\.env/);
  });

  test.each([
    [{ 'fail-on': 'fatal' }, /^::error::input fail-on: unknown value "fatal"/],
    [{ checks: 'credential' }, /^::error::input checks: unknown check "credential" \(did you mean "credentials"\?\)/],
    [{ 'require-gpl': 'yes' }, /^::error::input require-gpl: unknown value "yes"/],
    [{ mirror: 'bad!name' }, /^::error::input mirror: mirror "bad!name" is neither OWNER\/NAME nor an https:\/\/ git URL$/],
    [{ path: '../' }, /^::error::input path: "\.\.\/" is outside the workspace; give a path inside it$/],
    [{ path: '/etc' }, /^::error::input path: "\/etc" is outside the workspace/],
    [{ path: 'src/../../x' }, /^::error::input path: "src\/\.\.\/\.\.\/x" is outside the workspace/],
    [{ path: 'missing' }, /^::error::input path: "missing" does not exist in the workspace$/],
    [{ config: '../elsewhere.yml' }, /^::error::input config: "\.\.\/elsewhere\.yml" is outside the workspace/],
    [{ config: '/etc/passwd' }, /^::error::input config: "\/etc\/passwd" is outside the workspace/],
    [{ 'sarif-file': '../out.sarif' }, /^::error::input sarif-file: "\.\.\/out\.sarif" is outside the workspace and RUNNER_TEMP/],
    [{ 'sarif-file': '/etc/out.sarif' }, /^::error::input sarif-file: "\/etc\/out\.sarif" is outside the workspace and RUNNER_TEMP/],
    [{ artifacts: '../build/*.apk' }, /^::error::the artifacts check failed \(artifacts: "\.\.\/build\/\*\.apk" climbs out with "\.\."/],
    [{ artifacts: '/tmp/*.apk' }, /^::error::the artifacts check failed \(artifacts: "\/tmp\/\*\.apk" is outside the workspace/],
  ])('%j', async (inputs, message) => {
    const r = await runWith(inputs);
    expect(r.failed).toBe(true);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
    expect(printed).not.toMatch(/\n\s+at /);
  });

  test('a path or config that leads outside through a symbolic link is refused', async () => {
    const outside = await tempDir();
    await writeFile(join(outside, 'c.yml'), 'fail-on: never\n');
    await symlink(outside, join(root, 'out'));
    expect((await runWith({ path: 'out' })).errors).toEqual(['::error::input path: "out" leads outside the workspace (through a symbolic link)']);
    printed = '';
    expect((await runWith({ path: '.', config: 'out/c.yml' })).errors).toEqual(['::error::input config: "out/c.yml" leads outside the workspace (through a symbolic link)']);
  });

  test('malformed configuration: file, line and column', async () => {
    await mkdir(join(root, '.github'));
    await writeFile(join(root, '.github', 'telegram-compliance.yml'), 'checks: [credentials\n');
    const r = await runWith({});
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^::error::\.github\/telegram-compliance\.yml:\d+:\d+: invalid YAML/);
  });

  test('the JSON report is written under RUNNER_TEMP only', async () => {
    await runWith({});
    const outputs = await readFile(process.env.GITHUB_OUTPUT ?? '', 'utf8').catch(() => '');
    expect(outputs).toContain(join(process.env.RUNNER_TEMP ?? '', 'telegram-compliance', 'report.json'));
  });
});
