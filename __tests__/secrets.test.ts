import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers/fixtures.js';
import { FakeGitHub, sha, type Scripted } from './helpers/publication-server.js';

// The bundles, run as users run them (npm run bundle first). Every byte they write is searched for the secrets.
const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const HARDCODED = 'c0ffee00deadbeef0123456789abcd42';
const TEAM = 'feedface0123456789abcdef01234567';
const TOKEN = 'ghp_S3cr3tT0kenF0rTests0000000000000000';
const RELEASED = sha('released');
const SECRETS = [HARDCODED, TEAM, TOKEN, TOKEN.slice(4)];

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function node(script: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  // Asynchronous on purpose: the fake GitHub answers from this process while the child runs.
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], { cwd, env: { PATH: process.env.PATH, NO_COLOR: '1', ...env }, encoding: 'utf8' });
    return { status: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout: string; stderr: string };
    return { status: e.code ?? -1, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every file under a folder, as text. */
async function everyFile(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(dir, { recursive: true })) {
    const p = join(dir, name);
    if ((await stat(p)).isFile()) out[p] = await readFile(p, 'utf8');
  }
  return out;
}

/** The places where a secret shows, in any letter case. */
function leaks(written: Record<string, string>): string[] {
  return Object.entries(written).flatMap(([where, text]) => SECRETS.filter((s) => text.toLowerCase().includes(s.toLowerCase())).map((s) => `${where}: ${s.slice(0, 6)}…`));
}

// The publication check's requests fail in three different ways, so the HTTP client's error messages are searched too.
const FAILURES: Scripted[] = [{ status: 401, body: { message: 'Bad credentials' } }, { reset: true }, { raw: `{"token": "${TOKEN}"` }, { status: 500 }];

describe('secrets never leave the process whole', () => {
  let gh: FakeGitHub;
  let root: string;
  beforeAll(async () => {
    gh = await new FakeGitHub().start();
    root = await tempDir();
    await mkdir(join(root, '.github'));
    await writeFile(join(root, 'tg.py'), `# telegram\napi_hash = "${HARDCODED}"\nAPI_ID = 2040\n`);
    await writeFile(join(root, 'deploy.env'), `STAGING_HASH=${TEAM}\nOTHER=${TEAM.toUpperCase()}\n`);
    await writeFile(join(root, '.github', 'telegram-compliance.yml'), `credentials:\n  extra:\n    - { api_id: 7777777, api_hash: "${TEAM}", origin: our staging app }\n`);
  });
  afterAll(async () => {
    await gh.stop();
    await removeTempDirs();
  });

  test('the search itself finds a secret in any letter case, with or without the token prefix', () => {
    expect(leaks({ a: `x${HARDCODED.toUpperCase()}x`, b: `Bearer ${TOKEN.slice(4)}` })).toEqual([`a: ${HARDCODED.slice(0, 6)}…`, `b: ${TOKEN.slice(4, 10)}…`]);
  });

  test.each(['text', 'json', 'sarif', 'markdown'])('the CLI bundle, --format %s, verbose, to standard output and to --output', async (format) => {
    const out = await tempDir();
    for (const failure of FAILURES) gh.script('/repos/acme/app', failure, failure, failure);
    const args = ['--checks', 'credentials,publication', '--format', format, '--verbose', '--repository', 'acme/app', '--ref', RELEASED, '--api-url', gh.url];
    const env = { GITHUB_TOKEN: TOKEN };
    const runs = [await node(CLI, [...args, root], out, env), await node(CLI, [...args, '--output', join(out, `report.${format}`), root], out, env)];
    const written = { ...(await everyFile(out)), ...Object.fromEntries(runs.flatMap((r, i) => [[`stdout ${i}`, r.stdout], [`stderr ${i}`, r.stderr]])) };
    expect(runs.map((r) => r.status)).toEqual([1, 1]);
    expect(Object.keys(written)).toContain(join(out, `report.${format}`));
    expect(leaks(written)).toEqual([]);
    // The run did find both values and did reach the API with the token: the search above looked at real output.
    expect(written[join(out, `report.${format}`)]).toContain('c0ff…');
    expect(written[join(out, `report.${format}`)]).toContain('feed…');
    expect(written[join(out, `report.${format}`)]).toMatch(/source-unverified/);
    expect(gh.requests('/repos/acme/app').some((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  test('the action bundle with debug logging: log, annotations, outputs, summary, JSON report', async () => {
    const workspaceTemp = await tempDir();
    const runnerTemp = join(workspaceTemp, 'runner-temp');
    await mkdir(runnerTemp);
    const outputs = join(workspaceTemp, 'github-output');
    const summary = join(workspaceTemp, 'step-summary');
    await writeFile(outputs, '');
    await writeFile(summary, '');
    for (const failure of FAILURES) gh.script('/repos/acme/app', failure, failure, failure);
    const before = gh.seen.length;
    const run = await node(ACTION, [], root, {
      GITHUB_WORKSPACE: root,
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: runnerTemp,
      RUNNER_DEBUG: '1',
      ACTIONS_STEP_DEBUG: 'true',
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: RELEASED,
      GITHUB_EVENT_NAME: 'push',
      'INPUT_PATH': '.',
      'INPUT_CHECKS': 'credentials,publication',
      'INPUT_FAIL-ON': 'error',
      'INPUT_CONFIG': '.github/telegram-compliance.yml',
      'INPUT_GITHUB-TOKEN': TOKEN,
    });
    const written: Record<string, string> = { stdout: run.stdout, stderr: run.stderr, ...(await everyFile(workspaceTemp)) };
    expect(leaks(written)).toEqual([]);
    expect(run.stdout).toMatch(/^::warning .*c0ff…/m);
    expect(run.stdout).toMatch(/^::debug::/m);
    expect(written[summary]).toContain('feed…');
    expect(written[outputs]).toMatch(/result<<.*\nfail\n/);
    expect(JSON.parse(written[join(runnerTemp, 'telegram-compliance', 'report.json')]).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('source-unverified');
    expect(gh.seen.slice(before).some((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });
});
