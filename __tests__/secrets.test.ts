import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers/fixtures.js';
import { FakeGitHub as ActionGitHub, type RecordedRequest, type Reply } from './helpers/github-server.js';
import { runPublication } from './helpers/publication-check.js';
import { FakeGitHub, sha, type Scripted } from './helpers/publication-server.js';
import { runAction, workspaceWith } from './helpers/run-action.js';
import { describeError } from '../src/github/errors.js';
import { redact, registerToken } from '../src/github/redact.js';

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

/** What a proxy that quotes the request's headers would answer: plain text, JSON without a message, JSON with one. */
type Echo = 'text' | 'json' | 'json-message';
function echo(q: RecordedRequest, status: number, as: Echo): Reply {
  const quoted = Object.entries(q.headers).map(([k, v]) => `${k}: ${String(v)}`).join('\n');
  if (as === 'text') return { status, headers: { 'content-type': 'text/plain' }, body: `We got:\n${quoted}` };
  return { status, body: as === 'json' ? { request_headers: q.headers } : { message: `Bad request (${quoted})`, documentation_url: 'https://docs.github.com/rest' } };
}

describe('every failure path of every sink, against an API that quotes the request headers back', () => {
  const PR = 7;
  const HEAD = sha('pr-head');
  const repoJson = { id: 1, name: 'app', full_name: 'octo/app', private: false, owner: { login: 'octo' }, html_url: 'https://github.com/octo/app', default_branch: 'main' };
  const payload = { number: PR, pull_request: { number: PR, head: { sha: HEAD, repo: repoJson }, base: { sha: sha('pr-base'), repo: repoJson }, changed_files: 1 }, repository: repoJson };
  // 60 published hashes: more than the 50 annotations of one check-run request, so the PATCH path runs too.
  const LEAKY = Array.from({ length: 60 }, () => 'api_hash = "014b35b6184100b085b0d0572f9b5103"').join('\n');
  let gh: ActionGitHub;
  afterAll(removeTempDirs);

  // [what fails, method, route, status, answer, setup]: each run makes exactly one route fail.
  const none = () => undefined;
  const cases: [string, string, string, number, Echo, (gh: ActionGitHub) => void][] = [
    ['changed files', 'GET', '/repos/:owner/:repo/pulls/:number/files', 422, 'text', none],
    ['comment: who the token is', 'GET', '/user', 422, 'text', none],
    ['comment: the list', 'GET', '/repos/:owner/:repo/issues/:number/comments', 422, 'json', none],
    ['comment: the POST, refused', 'POST', '/repos/:owner/:repo/issues/:number/comments', 403, 'json-message', none],
    ['comment: the POST, 502, then the list again', 'POST', '/repos/:owner/:repo/issues/:number/comments', 502, 'text', none],
    ['comment: the PATCH', 'PATCH', '/repos/:owner/:repo/issues/comments/:id', 422, 'json-message', (g) => g.state.comments.set(PR, [{ id: 5, body: '<!-- telegram-compliance -->\nold', user: { login: 'github-actions[bot]', type: 'Bot' } }])],
    ['check run: the POST', 'POST', '/repos/:owner/:repo/check-runs', 422, 'json', none],
    ['check run: the POST, 502, then the lookup', 'POST', '/repos/:owner/:repo/check-runs', 502, 'json-message', none],
    ['check run: the lookup after a 502', 'GET', '/repos/:owner/:repo/commits/:ref/check-runs', 422, 'text', (g) => g.on('POST', '/repos/:owner/:repo/check-runs', () => ({ status: 502, body: { message: 'Server Error' } }))],
    ['check run: the PATCH of more annotations', 'PATCH', '/repos/:owner/:repo/check-runs/:id', 422, 'text', none],
    ['publication: the repository', 'GET', '/repos/:owner/:repo', 422, 'text', none],
  ];

  test.each(cases)('%s (%s %s answers %i with the headers as %s)', async (_what, method, route, status, as, setup) => {
    gh = new ActionGitHub();
    await gh.start();
    try {
      gh.state.pullFiles.set(PR, [{ filename: 'src/app.py', status: 'modified' }]);
      setup(gh);
      gh.on(method, route, (q) => echo(q, status, as));
      const workspace = await workspaceWith({ 'src/app.py': LEAKY });
      const r = await runAction({
        workspace,
        event: 'pull_request',
        payload,
        apiUrl: gh.url,
        sha: sha('merge'),
        inputs: { checks: 'credentials,publication', 'github-token': TOKEN, 'check-run': 'true', comment: 'true' },
        env: { RUNNER_DEBUG: '1' },
      });
      const written: Record<string, string> = { stdout: r.stdout, stderr: r.stderr, summary: r.summary, outputs: JSON.stringify(r.outputs), ...(await everyFile(r.runnerTemp)) };
      // The failing route was asked, with the token, and its answer quoted the token: a leak was possible.
      const asked = gh.calls(method, route);
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.every((q) => q.headers.authorization === `token ${TOKEN}`)).toBe(true);
      expect(r.code).toBe(1);
      expect(leaks(written)).toEqual([]);
      expect(r.stdout).toMatch(/^::(warning|notice)[^:]*::.*(HTTP \d{3}|answered \d{3})/m);
    } finally {
      await gh.close();
    }
  }, 30_000);
});

describe("the publication check's failure paths, against an API that quotes the request headers back", () => {
  let api: FakeGitHub;
  beforeEach(async () => {
    api = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await api.stop();
  });
  afterAll(removeTempDirs);
  const FORK_ONLY = sha('fork-only');
  const routes: [string, string, string][] = [
    ['the repository', '/repos/acme/app', FORK_ONLY],
    ['the default branch comparison', `/repos/acme/app/compare/main...${FORK_ONLY}`, FORK_ONLY],
    ['the branches', '/repos/acme/app/branches', FORK_ONLY],
    ['the tags', '/repos/acme/app/tags', FORK_ONLY],
    ['the release tag', '/repos/acme/app/git/ref/tags/v1', 'refs/tags/v1'],
    ['the annotated tag', `/repos/acme/app/git/tags/${sha('tag-object')}`, 'refs/tags/v1'],
  ];
  test.each(routes.flatMap(([what, path, ref]) => (['text', 'json'] as const).flatMap((as) => [401, 422, 503].map((status) => [what, path, ref, as, status] as const))))(
    '%s (%s, ref %s): answered as %s with %i',
    async (_what, path, ref, as, status) => {
      api.add('acme/app', { branches: { main: [sha('main')] }, tags: { v1: { commit: sha('main'), annotatedSha: sha('tag-object') } }, networkOnly: [FORK_ONLY] });
      api.script(path, { echo: status, as }, { echo: status, as }, { echo: status, as });
      const findings = await runPublication('publication/android-fork', { apiUrl: api.url, token: TOKEN, repository: 'acme/app', ref }, { publicApiUrl: api.url });
      expect(api.requests(path).some((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
      expect(findings.map((f) => f.ruleId)).toContain('source-unverified');
      expect(leaks({ findings: JSON.stringify(findings) })).toEqual([]);
    },
  );
});

describe('describeError and redact', () => {
  const answered = (status: number, data: unknown) => Object.assign(new Error(typeof data === 'string' ? data : 'x'), { status, response: { status, headers: {}, data } });

  test('a body that is not JSON is never quoted; a JSON message is, redacted and on one line', () => {
    expect(describeError(answered(502, `<html>authorization: token ${TOKEN}</html>`))).toBe('HTTP 502');
    expect(describeError(answered(422, { request_headers: { authorization: `token ${TOKEN}` } }))).toBe('HTTP 422');
    expect(describeError(answered(403, { message: `Denied for Bearer abcdefgh12345678\nsecond line ${TOKEN}` }))).toBe('HTTP 403: Denied for Bearer [redacted]');
  });

  test('a registered token is redacted with or without its prefix, in any letter case; token-shaped text always', () => {
    registerToken('ghp_RegisteredT0ken000000000000000000001');
    expect(redact('a RegisteredT0ken000000000000000000001 b')).toBe('a [redacted] b');
    expect(redact('ghp_REGISTEREDT0KEN000000000000000000001')).toBe('[redacted]');
    expect(redact('github_pat_11ABCDEFG0123456789_abcdefghijklmnop and ghs_0123456789abcdefABCDEF')).toBe('[redacted] and [redacted]');
    expect(redact('no token here: the tokenizer, token 42')).toBe('no token here: the tokenizer, token 42');
  });
});
