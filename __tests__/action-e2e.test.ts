import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FakeGitHub } from './helpers/github-server.js';
import { removeTempDirs } from './helpers/fixtures.js';
import { DIST_ENTRY, commands, runAction, workspaceWith, type ActionRunOptions } from './helpers/run-action.js';

// End to end: the bundled dist/index.js in its own process, as the runner starts it, against a loopback GitHub.

const SAMPLE_HASH = '014b35b6184100b085b0d0572f9b5103'; // Telegram for Android's sample api_hash (telegram-ids.md §1)
const LEAKY = `api_hash = "${SAMPLE_HASH}"\n`;
const CLEAN = 'print("hello")\n';
const HEAD_SHA = '1111111111111111111111111111111111111111';
const MERGE_SHA = '2222222222222222222222222222222222222222';
const BASE_SHA = '3333333333333333333333333333333333333333';

function repoJson(fullName: string) {
  const [login, name] = fullName.split('/');
  return { id: 1, name, full_name: fullName, private: false, owner: { login, type: 'User' }, html_url: `https://github.com/${fullName}`, default_branch: 'main' };
}

function prPayload(o: { number?: number; headRepo?: string; action?: string; changedFiles?: number } = {}) {
  const number = o.number ?? 7;
  return {
    action: o.action ?? 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Add login screen',
      changed_files: o.changedFiles ?? 1,
      head: { ref: 'feature', sha: HEAD_SHA, repo: repoJson(o.headRepo ?? 'octo/app') },
      base: { ref: 'main', sha: BASE_SHA, repo: repoJson('octo/app') },
    },
    repository: repoJson('octo/app'),
    sender: { login: 'dev', type: 'User' },
  };
}

const pushPayload = (before: string, after: string, extra: Record<string, unknown> = {}) => ({
  ref: 'refs/heads/main',
  before,
  after,
  created: false,
  deleted: false,
  forced: false,
  commits: [{ id: after, message: 'change' }],
  repository: repoJson('octo/app'),
  ...extra,
});

let gh: FakeGitHub;
beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
});
afterEach(async () => gh.close());
afterAll(removeTempDirs);

const run = (o: Omit<ActionRunOptions, 'apiUrl'>) => runAction({ ...o, apiUrl: gh.url });

test('the bundle exists (npm run bundle; committed in CI)', () => {
  expect(existsSync(DIST_ENTRY)).toBe(true);
});

describe('events: outputs and exit status', () => {
  test('push: scans the compared range, fails on the error, sets every output', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY, 'src/other.py': CLEAN });
    gh.state.compare.set(`${BASE_SHA}...${HEAD_SHA}`, [{ filename: 'src/app.py', status: 'modified' }]);
    const r = await run({ workspace, event: 'push', payload: pushPayload(BASE_SHA, HEAD_SHA), sha: HEAD_SHA });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'fail', errors: '1', warnings: '0', notes: '0', findings: '1', suppressed: '0', 'sarif-file': '' });
    expect(gh.calls('GET', `/repos/octo/app/compare/${BASE_SHA}...${HEAD_SHA}`)).toHaveLength(1);
    expect(r.summary).toContain('the 1 file changed in 3333333...1111111');
    expect(r.summary).toContain(`[\`src/app.py:1\`](https://github.com/octo/app/blob/${HEAD_SHA}/src/app.py#L1)`);
    expect(commands(r.stdout, 'error')[0]).toMatch(/^::error title=published-api-credentials,file=src\/app.py,line=1,endLine=1::/);
    const json = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8')) as { findings: { path: string }[]; repository: unknown };
    expect(r.outputs['report-json'].startsWith(r.runnerTemp)).toBe(true);
    expect(json.findings.map((f) => f.path)).toEqual(['src/app.py']);
    expect(json.repository).toEqual({ name: 'octo/app', url: 'https://github.com/octo/app', revision: HEAD_SHA });
    expect(r.stdout + r.stderr).not.toContain('ghs_fake_token_for_tests');
    expect(commands(r.stdout, 'notice')).toHaveLength(0);
  });

  test('push of a new branch: no compare, a full scan with a notice', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    const r = await run({ workspace, event: 'push', payload: pushPayload('0'.repeat(40), HEAD_SHA, { created: true }), sha: HEAD_SHA });
    expect(r.code).toBe(1);
    expect(gh.calls('GET', '/repos/octo/app/compare/:basehead')).toHaveLength(0);
    expect(commands(r.stdout, 'notice').join('\n')).toContain('a new branch or tag has no earlier commit to compare with: scanning the whole tree');
  });

  test('release: the whole tree, failing on findings; the summary has counts, the fix and the suppressed findings folded', async () => {
    const workspace = await workspaceWith({
      'src/app.py': LEAKY,
      'vendor/upstream.py': LEAKY,
      '.github/telegram-compliance.yml': 'ignore:\n  - paths: ["vendor/**"]\n    reason: upstream code kept verbatim\n',
    });
    const r = await run({ workspace, event: 'release', payload: { action: 'published', release: { tag_name: 'v1.2.0', target_commitish: 'main' }, repository: repoJson('octo/app') } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'fail', errors: '1', suppressed: '1' });
    expect(r.summary).toContain('## ❌ Telegram compliance: fail');
    expect(r.summary).toContain('**1** errors · **0** warnings · **0** notes · **1** suppressed');
    expect(r.summary).toContain('| credentials | ran | 1 | 0 | 0 |');
    expect(r.summary).toContain('Scanned: the whole tree.');
    expect(r.summary).toContain('Register your own app at https://my.telegram.org/apps');
    expect(r.summary).toContain('<details><summary>1 suppressed</summary>');
    expect(r.summary).toContain('| `vendor/upstream.py:1` | `published-api-credentials` | config | upstream code kept verbatim |');
    expect(gh.requests.filter((q) => q.method !== 'GET')).toHaveLength(0);
  });

  test('workflow_dispatch on a clean tree passes with exit 0', async () => {
    const workspace = await workspaceWith({ 'src/app.py': CLEAN });
    const r = await run({ workspace, event: 'workflow_dispatch', payload: { inputs: {}, ref: 'refs/heads/main', repository: repoJson('octo/app') } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pass', errors: '0', findings: '0' });
    expect(r.summary).toContain('## ✅ Telegram compliance: pass');
    expect(r.summary).toContain('No findings.');
  });

  test('merge_group: the whole tree, quietly', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    const r = await run({ workspace, event: 'merge_group', payload: { action: 'checks_requested', merge_group: { head_sha: HEAD_SHA, base_sha: BASE_SHA, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' } }, sha: HEAD_SHA });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'fail', errors: '1' });
    expect(commands(r.stdout, 'notice')).toHaveLength(0);
    expect(gh.requests).toHaveLength(0);
  });

  test('an empty folder: nothing to scan, a pass with a notice; a missing one is a usage error', async () => {
    const workspace = await workspaceWith({ 'README.md': LEAKY });
    await mkdir(join(workspace, 'app'));
    const empty = await run({ workspace, event: 'workflow_dispatch', payload: {}, inputs: { path: 'app' } });
    expect(empty.code).toBe(0);
    expect(empty.outputs).toMatchObject({ result: 'pass', findings: '0' });
    expect(commands(empty.stdout, 'notice').join('\n')).toContain('Nothing to scan: no file in the scanned folder.');
    expect(empty.summary).toContain('Scanned: the whole tree, under `app`.');
    const missing = await run({ workspace, event: 'workflow_dispatch', payload: {}, inputs: { path: 'nowhere' } });
    expect(missing.code).toBe(1);
    expect(commands(missing.stdout, 'error')).toEqual(['::error::input path: "nowhere" does not exist in the workspace']);
  });

  test('an unknown event is a full scan with a notice', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    const r = await run({ workspace, event: 'deployment_status', payload: {} });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'notice').join('\n')).toContain('the "deployment_status" event is not one this action knows: scanning the whole tree');
  });

  test('fail-on: never passes with findings', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    const r = await run({ workspace, event: 'schedule', payload: { schedule: '0 3 * * *' }, inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pass', errors: '1' });
  });
});

describe('inputs are validated with one clear line', () => {
  test.each([
    ['checks', 'credentails', 'input checks: unknown check "credentails" (did you mean "credentials"?)'],
    ['fail-on', 'errors', 'input fail-on: unknown value "errors"'],
    ['scope', 'diff', 'input scope: unknown value "diff"'],
    ['comment', 'maybe', 'input comment: "maybe" is not true or false'],
    ['path', '../elsewhere', 'input path: "../elsewhere" is outside the workspace'],
    ['config', 'missing.yml', 'input config: "missing.yml": cannot read the configuration file (ENOENT)'],
    ['sarif-file', '../out.sarif', 'input sarif-file: "../out.sarif" is outside the workspace and RUNNER_TEMP'],
  ])('%s: %s', async (name, value, message) => {
    const workspace = await workspaceWith({ 'src/app.py': CLEAN });
    const r = await run({ workspace, event: 'workflow_dispatch', payload: {}, inputs: { [name]: value } });
    expect(r.code).toBe(1);
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  test('sarif-file inside the workspace is written and named in the output', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    const r = await run({ workspace, event: 'workflow_dispatch', payload: {}, inputs: { 'sarif-file': 'out/results.sarif' } });
    expect(r.outputs['sarif-file']).toBe(join(workspace, 'out', 'results.sarif'));
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0].results.map((x) => x.ruleId)).toEqual(['published-api-credentials']);
  });
});

describe('pull requests', () => {
  test('first failing run creates the sticky comment, the second updates it in place', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    gh.state.pullFiles.set(7, [{ filename: 'src/app.py', status: 'modified' }]);
    gh.state.comments.set(7, [{ id: 1, body: 'Looks good!', user: { login: 'reviewer', type: 'User' } }]);
    const opts = { workspace, event: 'pull_request', payload: prPayload(), sha: MERGE_SHA };
    const first = await run(opts);
    expect(first.code).toBe(1);
    expect(gh.calls('POST', '/repos/octo/app/issues/7/comments')).toHaveLength(1);
    expect(gh.calls('PATCH', '/repos/octo/app/issues/comments/:id')).toHaveLength(0);
    const second = await run(opts);
    expect(second.code).toBe(1);
    expect(gh.calls('POST', '/repos/octo/app/issues/7/comments')).toHaveLength(1);
    const patches = gh.calls('PATCH', '/repos/octo/app/issues/comments/:id');
    expect(patches).toHaveLength(1);
    expect(patches[0].path).toBe(`/repos/octo/app/issues/comments/${gh.state.comments.get(7)![1].id}`);
    const body = gh.state.comments.get(7)![1].body;
    expect(body.startsWith('<!-- telegram-compliance -->\n')).toBe(true);
    expect(body).toContain('❌ Telegram compliance: fail');
    expect(body).toContain(`https://github.com/octo/app/blob/${HEAD_SHA}/src/app.py#L1`);
    expect(body.length).toBeLessThan(65_536);
    expect(gh.state.comments.get(7)).toHaveLength(2);
  });

  test('the comment is found on a later page of comments', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    gh.state.pullFiles.set(7, [{ filename: 'src/app.py', status: 'modified' }]);
    const chatter = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, user: { login: 'dev', type: 'User' as const } }));
    gh.state.comments.set(7, [...chatter, { id: 500, body: '<!-- telegram-compliance -->\nold', user: { login: 'github-actions[bot]', type: 'Bot' } }]);
    await run({ workspace, event: 'pull_request', payload: prPayload(), sha: MERGE_SHA });
    expect(gh.calls('GET', '/repos/octo/app/issues/7/comments')).toHaveLength(2);
    expect(gh.calls('POST', '/repos/octo/app/issues/7/comments')).toHaveLength(0);
    expect(gh.calls('PATCH', '/repos/octo/app/issues/comments/500')).toHaveLength(1);
  });

  test('a comment POST answered 502 after GitHub stored the comment: exactly one marker comment, no second POST', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    gh.state.pullFiles.set(7, [{ filename: 'src/app.py', status: 'modified' }]);
    let stored = false;
    gh.on('POST', '/repos/:owner/:repo/issues/:number/comments', (q) => {
      if (stored) return undefined;
      stored = true;
      gh.state.comments.set(7, [{ id: 77, body: String((q.body as { body: string }).body), user: { login: 'github-actions[bot]', type: 'Bot' } }]);
      return { status: 502, body: { message: 'Server Error' } };
    });
    const r = await run({ workspace, event: 'pull_request', payload: prPayload(), sha: MERGE_SHA });
    expect(r.code).toBe(1);
    expect(gh.calls('POST', '/repos/octo/app/issues/7/comments')).toHaveLength(1);
    expect(gh.state.comments.get(7)!.filter((c) => c.body.startsWith('<!-- telegram-compliance -->'))).toHaveLength(1);
    expect(commands(r.stdout, 'warning')).toEqual([]);
  });

  test('a comment POST refused by the secondary rate limit with retry-after: 1 is sent once more and succeeds', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    gh.state.pullFiles.set(7, [{ filename: 'src/app.py', status: 'modified' }]);
    let refused = false;
    gh.on('POST', '/repos/:owner/:repo/issues/:number/comments', () => {
      if (refused) return undefined;
      refused = true;
      return { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } };
    });
    const r = await run({ workspace, event: 'pull_request', payload: prPayload(), sha: MERGE_SHA });
    expect(r.code).toBe(1);
    expect(gh.calls('POST', '/repos/octo/app/issues/7/comments')).toHaveLength(2);
    expect(gh.state.comments.get(7)).toHaveLength(1);
    expect(commands(r.stdout, 'notice').join('\n')).not.toContain('PR comment is skipped');
  });

  test('a rate limit longer than the run waits: a notice that says so, not one about permissions', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    gh.state.pullFiles.set(7, [{ filename: 'src/app.py', status: 'modified' }]);
    gh.on('POST', '/repos/:owner/:repo/issues/:number/comments', () => ({ status: 403, headers: { 'retry-after': '3600' }, body: { message: 'You have exceeded a secondary rate limit.' } }));
    const r = await run({ workspace, event: 'pull_request', payload: prPayload(), sha: MERGE_SHA });
    expect(r.code).toBe(1);
    expect(gh.calls('POST', '/repos/octo/app/issues/7/comments')).toHaveLength(1);
    const notices = commands(r.stdout, 'notice').join('\n');
    expect(notices).toContain("The PR comment is skipped: GitHub's rate limit refused it");
    expect(notices).not.toContain('may not write it');
  });

  test("a user's comment that starts with the marker is left alone: the action posts its own", async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    gh.state.pullFiles.set(7, [{ filename: 'src/app.py', status: 'modified' }]);
    const forged = '<!-- telegram-compliance -->\n## ✅ Telegram compliance: pass';
    gh.state.comments.set(7, [{ id: 66, body: forged, user: { login: 'mallory', type: 'User' } }]);
    gh.on('PATCH', '/repos/:owner/:repo/issues/comments/66', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const r = await run({ workspace, event: 'pull_request', payload: prPayload(), sha: MERGE_SHA });
    expect(r.code).toBe(1);
    expect(gh.calls('PATCH', '/repos/octo/app/issues/comments/:id')).toHaveLength(0);
    expect(gh.calls('POST', '/repos/octo/app/issues/7/comments')).toHaveLength(1);
    const [theirs, ours] = gh.state.comments.get(7)!;
    expect(theirs.body).toBe(forged);
    expect(ours).toMatchObject({ user: { login: 'github-actions[bot]' } });
    expect(ours.body).toContain('❌ Telegram compliance: fail');
    expect(commands(r.stdout, 'notice').join('\n')).not.toContain('PR comment is skipped');
  });

  test('no comment on a first run that passes; a pass after a failure updates the comment to say so', async () => {
    const workspace = await workspaceWith({ 'src/app.py': CLEAN });
    gh.state.pullFiles.set(7, [{ filename: 'src/app.py', status: 'modified' }]);
    const opts = { workspace, event: 'pull_request', payload: prPayload(), sha: MERGE_SHA };
    expect((await run(opts)).code).toBe(0);
    expect(gh.calls('POST', '/repos/octo/app/issues/7/comments')).toHaveLength(0);
    await writeFile(join(workspace, 'src', 'app.py'), LEAKY);
    expect((await run(opts)).code).toBe(1);
    await writeFile(join(workspace, 'src', 'app.py'), CLEAN);
    expect((await run(opts)).code).toBe(0);
    const comments = gh.state.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('✅ Telegram compliance: pass');
    expect(comments[0].body).toContain('An earlier run failed; this commit passes.');
  });

  test('changed files without findings pass although the rest of the tree has one', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY, 'src/ui.py': CLEAN });
    gh.state.pullFiles.set(7, [
      { filename: 'src/ui.py', status: 'modified' },
      { filename: 'src/gone.py', status: 'removed' },
    ]);
    const r = await run({ workspace, event: 'pull_request', payload: prPayload({ changedFiles: 2 }), sha: MERGE_SHA });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pass', findings: '0' });
    expect(r.summary).toContain('Scanned: the 1 file pull request #7 changes.');
    expect(gh.calls('GET', '/repos/octo/app/pulls/7/files')).toHaveLength(1);
  });

  test('a PR that only deletes files: nothing to scan, a pass with a notice', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    gh.state.pullFiles.set(7, [{ filename: 'src/old.py', status: 'removed' }]);
    const r = await run({ workspace, event: 'pull_request', payload: prPayload(), sha: MERGE_SHA });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pass', findings: '0' });
    expect(commands(r.stdout, 'notice').join('\n')).toContain('No changed file to scan');
  });

  test('a PR listed past 3,000 files is a full scan with a notice', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    const r = await run({ workspace, event: 'pull_request', payload: prPayload({ changedFiles: 3500 }), sha: MERGE_SHA, inputs: { comment: 'false' } });
    expect(r.code).toBe(1);
    expect(gh.calls('GET', '/repos/octo/app/pulls/7/files')).toHaveLength(0);
    expect(commands(r.stdout, 'notice').join('\n')).toContain('changes 3500 files, more than GitHub lists (3000)');
  });

  test('fork PR on pull_request: no write is tried, a notice names the permission, findings alone fail', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    gh.state.pullFiles.set(7, [{ filename: 'src/app.py', status: 'added' }]);
    const r = await run({ workspace, event: 'pull_request', payload: prPayload({ headRepo: 'stranger/app' }), sha: MERGE_SHA, inputs: { 'check-run': 'true' } });
    expect(r.code).toBe(1);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toHaveLength(0);
    const notices = commands(r.stdout, 'notice').join('\n');
    expect(notices).toContain('pull request from a fork (stranger/app)');
    expect(notices).toContain('pull-requests: write');
    expect(notices).toContain('checks: write');
    expect(commands(r.stdout, 'error').some((l) => l === '::error::1 error, 0 warnings, 0 notes (fail-on: error)')).toBe(true);
  });

  test('fork PR on pull_request_target whose comment POST gets 403: a notice, and the exit status follows findings alone', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    gh.on('POST', '/repos/:owner/:repo/issues/:number/comments', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const opts = { workspace, event: 'pull_request_target', payload: prPayload({ headRepo: 'stranger/app', action: 'opened' }), sha: BASE_SHA };
    const failing = await run(opts);
    expect(gh.calls('POST', '/repos/octo/app/issues/7/comments')).toHaveLength(1);
    expect(failing.code).toBe(1);
    const notices = commands(failing.stdout, 'notice').join('\n');
    expect(notices).toContain('The PR comment is skipped: the token may not write it (HTTP 403');
    expect(notices).toContain('pull-requests: write');
    // the checked-out commit is not the PR head: a warning, and what is checked out is scanned
    expect(commands(failing.stdout, 'warning').join('\n')).toContain('is not the pull request head (1111111)');
    // findings below fail-on and a check run refused with 403: the step passes
    gh.on('POST', '/repos/:owner/:repo/check-runs', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const tolerant = await run({ ...opts, inputs: { 'fail-on': 'never', 'check-run': 'true' } });
    expect(gh.calls('POST', '/repos/octo/app/check-runs')).toHaveLength(1);
    expect(commands(tolerant.stdout, 'notice').join('\n')).toContain('The check run is skipped: the token may not write it (HTTP 403');
    expect(tolerant.code).toBe(0);
    expect(tolerant.outputs).toMatchObject({ result: 'pass', errors: '1' });
  });

  test('pull_request_target with the PR head checked out scans the changed files', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY, 'src/ui.py': CLEAN });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).toString().trim();
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'head');
    const head = git('rev-parse', 'HEAD');
    const payload = prPayload();
    payload.pull_request.head.sha = head;
    gh.state.pullFiles.set(7, [{ filename: 'src/ui.py', status: 'modified' }]);
    const r = await run({ workspace, event: 'pull_request_target', payload, sha: BASE_SHA });
    expect(commands(r.stdout, 'warning')).toHaveLength(0);
    expect(r.code).toBe(0);
    expect(r.summary).toContain('Scanned: the 1 file pull request #7 changes.');
  });

  test('the comment and check-run requests carry neither the token nor a private api_hash', async () => {
    const PRIVATE = 'c0ffee00deadbeef0123456789abcd42';
    const workspace = await workspaceWith({ 'src/tg.py': `# telegram\napi_hash = "${PRIVATE}"\n${LEAKY}` });
    gh.state.pullFiles.set(7, [{ filename: 'src/tg.py', status: 'added' }]);
    const before = gh.requests.length;
    const r = await run({ workspace, event: 'pull_request', payload: prPayload(), sha: MERGE_SHA, inputs: { 'check-run': 'true', comment: 'true' } });
    expect(r.code).toBe(1);
    const sent = gh.requests.slice(before);
    expect(sent.filter((q) => q.method !== 'GET').map((q) => q.method).sort()).toEqual(['POST', 'POST']);
    const bodies = JSON.stringify(sent.map((q) => q.body)).toLowerCase();
    expect(bodies).toContain('c0ff…');
    expect(bodies).not.toContain(PRIVATE);
    expect(bodies).not.toContain('ghs_fake_token_for_tests');
    for (const q of sent) {
      const { authorization, ...headers } = q.headers;
      expect(authorization).toBe('token ghs_fake_token_for_tests');
      expect(JSON.stringify(headers)).not.toContain('ghs_fake_token_for_tests');
    }
    expect(r.stdout + r.stderr).not.toContain(PRIVATE);
  });

  test('120 findings: a check run on the head SHA in 3 requests of at most 50 annotations; 10 error annotations and a pointer notice', async () => {
    const workspace = await workspaceWith({ 'src/keys.py': LEAKY.repeat(120) });
    gh.state.pullFiles.set(7, [{ filename: 'src/keys.py', status: 'added' }]);
    const r = await run({ workspace, event: 'pull_request', payload: prPayload(), sha: MERGE_SHA, inputs: { 'check-run': 'true', comment: 'false' } });
    expect(r.code).toBe(1);
    expect(r.outputs.errors).toBe('120');
    const post = gh.calls('POST', '/repos/octo/app/check-runs');
    const patches = gh.calls('PATCH', '/repos/octo/app/check-runs/:id');
    expect(post).toHaveLength(1);
    expect(patches).toHaveLength(2);
    const sizes = [...post, ...patches].map((q) => (q.body as { output: { annotations: unknown[] } }).output.annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
    const created = post[0].body as { name: string; head_sha: string; conclusion: string; status: string };
    expect(created).toMatchObject({ name: 'telegram-compliance', head_sha: HEAD_SHA, conclusion: 'failure', status: 'completed' });
    expect(gh.state.checkRuns[0].annotations).toHaveLength(120);
    const errorLines = commands(r.stdout, 'error').filter((l) => l.includes('file='));
    expect(errorLines).toHaveLength(10);
    const notices = commands(r.stdout, 'notice');
    expect(notices[0]).toContain('110 more findings are not annotated here');
    expect(notices[0]).toContain('see the job summary');
    expect(gh.calls('POST', '/repos/octo/app/issues/7/comments')).toHaveLength(0);
  });

  test('check run conclusion is neutral for findings below fail-on', async () => {
    const workspace = await workspaceWith({ 'src/app.py': LEAKY });
    const r = await run({ workspace, event: 'push', payload: pushPayload('0'.repeat(40), HEAD_SHA, { created: true }), sha: HEAD_SHA, inputs: { 'check-run': 'true', 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(gh.calls('POST', '/repos/octo/app/check-runs')[0].body).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'neutral' });
  });
});
