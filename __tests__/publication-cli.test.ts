import { afterAll, afterEach, beforeEach, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';
import { FakeGitHub, gitRepo, SmartHttpServer } from './helpers/publication-server.js';

let gh: FakeGitHub;
let git: SmartHttpServer;
let dir: string;
let released: string;
const savedEnv = { GITHUB_TOKEN: process.env.GITHUB_TOKEN, CI: process.env.CI, GITHUB_ACTIONS: process.env.GITHUB_ACTIONS };

beforeEach(async () => {
  dir = await tempDir();
  const repo = gitRepo(dir);
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/app.git');
  await writeFile(join(dir, 'README.md'), '# App\n\nSource: https://git.example.org/acme/app\n');
  repo.git('add', 'README.md');
  released = repo.commit('release');
  repo.git('tag', '-a', 'v1.0', '-m', 'v1.0');
  repo.commit('after');
  gh = await new FakeGitHub().add('acme/app', { private: true, branches: { main: [released] } }).start();
  git = await new SmartHttpServer().serve('acme/app.git', dir).start();
  process.env.GITHUB_TOKEN = 'ghs_clitoken';
  delete process.env.CI;
  delete process.env.GITHUB_ACTIONS;
});
afterEach(async () => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await Promise.all([gh.stop(), git.stop()]);
});
afterAll(removeTempDirs);

interface JsonReport {
  findings: { ruleId: string; message: string; help?: string }[];
  checks: Record<string, { status: string; reason?: string }>;
}

async function cli(...args: string[]): Promise<{ code: number; report: JsonReport }> {
  const out = join(await tempDir(), 'report.json');
  const code = await main(['--checks', 'publication', '--format', 'json', '--output', out, '--api-url', gh.url, ...args, dir]);
  return { code, report: JSON.parse(await readFile(out, 'utf8')) };
}

it('checks a --ref tag against a smart-HTTP --mirror, with the token from GITHUB_TOKEN sent only to the API', async () => {
  const { code, report } = await cli('--repository', 'acme/app', '--mirror', `${git.url}/acme/app.git`, '--ref', 'v1.0');
  expect(report.findings.filter((f) => f.ruleId !== 'source-directions-missing')).toEqual([]);
  expect(code).toBe(0);
  expect(gh.requests('/repos/acme/app')[0].authorization).toBe('token ghs_clitoken');
  expect(git.seen.every((r) => r.authorization === undefined)).toBe(true);
});

it('fails when the --ref commit is not in the mirror, reading the repository from the origin remote', async () => {
  const mirrorDir = await tempDir();
  gitRepo(mirrorDir).commit('unrelated');
  git.serve('acme/old.git', mirrorDir);
  execFileSync('git', ['remote', 'set-url', 'origin', `${gh.url}/acme/app.git`], { cwd: dir });
  const { code, report } = await cli('--mirror', `${git.url}/acme/old.git`, '--ref', 'v1.0');
  expect(report.findings.map((f) => f.ruleId)).toContain('release-not-published');
  expect(code).toBe(1);
  expect(gh.requests('/repos/acme/app')).toHaveLength(1);
});

it('does not take an origin remote on another host for the repository: in CI, a source-unverified warning', async () => {
  for (const ci of [{ CI: 'true' }, { GITHUB_ACTIONS: 'true' }]) {
    Object.assign(process.env, ci);
    const { code, report } = await cli('--ref', 'v1.0', '--fail-on', 'warning');
    const unverified = report.findings.find((f) => f.ruleId === 'source-unverified');
    expect(unverified?.message).toMatch(/repository is unknown/);
    expect(unverified?.help).toMatch(/--repository OWNER\/NAME/);
    expect(report.checks.publication.status).toBe('ran');
    expect(code).toBe(1);
    delete process.env.CI;
    delete process.env.GITHUB_ACTIONS;
  }
  expect(gh.seen).toEqual([]);
});

it('outside CI, with no repository known, reports the publication check as not run with the flag that enables it', async () => {
  process.env.CI = 'false';
  const { code, report } = await cli('--fail-on', 'warning');
  expect(report.checks.publication).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/no repository known.*not in CI: pass --repository OWNER\/NAME/) });
  expect(report.findings).toEqual([]);
  expect(code).toBe(0);
  expect(gh.seen).toEqual([]);

  const out = join(await tempDir(), 'report.txt');
  expect(await main(['--checks', 'publication', '--output', out, '--api-url', gh.url, dir])).toBe(0);
  expect(await readFile(out, 'utf8')).toMatch(/^check publication skipped: no repository known .*--repository OWNER\/NAME/m);
});

it('outside CI, runs the check when a mirror is declared even with no repository', async () => {
  const { report } = await cli('--mirror', `${git.url}/acme/app.git`, '--ref', 'v1.0');
  expect(report.checks.publication.status).toBe('ran');
  expect(git.seen.length).toBeGreaterThan(0);
});

it('refuses an --api-url that is not an http(s) URL with exit 2', async () => {
  expect(await main(['--checks', 'publication', '--api-url', 'api.github.com', dir])).toBe(2);
});
