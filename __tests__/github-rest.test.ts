import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { restChangeSource } from '../src/github/changed-files.js';
import { publishCheckRun, type CheckAnnotation } from '../src/github/check-runs.js';
import { COMMENT_MARKER, WORKFLOW_TOKEN_LOGIN, findStickyComment, tokenLogin } from '../src/github/comments.js';
import { createOctokit, type Octokit } from '../src/github/octokit.js';
import { FakeGitHub, type FakeFile } from './helpers/github-server.js';

const REPO = { owner: 'octo', repo: 'app' };
let gh: FakeGitHub;
let octokit: Octokit;
beforeAll(async () => {
  gh = new FakeGitHub();
  await gh.start();
  octokit = createOctokit({ baseUrl: gh.url, token: 'ghs_test', resilience: { retries: 0, timeoutMs: 5000 } });
});
afterAll(async () => gh.close());

const files = (n: number, prefix: string): FakeFile[] => Array.from({ length: n }, (_, i) => ({ filename: `${prefix}/f${i}.kt`, status: 'modified' }));

describe('changed files', () => {
  test('a PR listing is read page by page', async () => {
    gh.state.pullFiles.set(1, files(250, 'a'));
    const list = await restChangeSource(octokit).pullFiles(REPO, 1);
    expect(list.files).toHaveLength(250);
    expect(list.truncated).toBe(false);
    expect(gh.calls('GET', '/repos/octo/app/pulls/1/files').map((q) => q.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
  });

  test('a listing that reaches 3,000 files stops there, truncated', async () => {
    gh.state.pullFiles.set(2, files(3100, 'b'));
    const list = await restChangeSource(octokit).pullFiles(REPO, 2);
    expect(list).toMatchObject({ truncated: true });
    expect(list.files).toHaveLength(3000);
    expect(gh.calls('GET', '/repos/octo/app/pulls/2/files')).toHaveLength(30);
  });

  test('a compare listing of 300 files is truncated', async () => {
    gh.state.compare.set('x...y', files(300, 'c'));
    gh.state.compare.set('x...z', files(12, 'c'));
    expect((await restChangeSource(octokit).compare(REPO, 'x', 'y')).truncated).toBe(true);
    expect(await restChangeSource(octokit).compare(REPO, 'x', 'z')).toMatchObject({ truncated: false });
  });
});

describe('sticky comment lookup', () => {
  const BOT = { login: WORKFLOW_TOKEN_LOGIN, type: 'Bot' as const };
  afterAll(() => {
    gh.state.tokenUser = BOT;
  });

  test("the token's own marked comment, not a user's quote or copy", async () => {
    gh.state.comments.set(5, [
      { id: 1, body: `> ${COMMENT_MARKER}\n> quoted`, user: { login: 'dev', type: 'User' } },
      { id: 2, body: `${COMMENT_MARKER}\ncopied by hand`, user: { login: 'dev', type: 'User' } },
      { id: 3, body: `${COMMENT_MARKER}\n## ❌ Telegram compliance: fail`, user: BOT },
    ]);
    expect((await findStickyComment(octokit, REPO, 5, WORKFLOW_TOKEN_LOGIN))?.id).toBe(3);
  });

  test("a marked comment by a user or by another app is never taken for the workflow token's", async () => {
    gh.state.comments.set(7, [
      { id: 1, body: `${COMMENT_MARKER}\n✅ Telegram compliance: pass (trust me)`, user: { login: 'mallory', type: 'User' } },
      { id: 2, body: `${COMMENT_MARKER}\nalso mine`, user: { login: 'other-app[bot]', type: 'Bot' } },
    ]);
    expect(await findStickyComment(octokit, REPO, 7, WORKFLOW_TOKEN_LOGIN)).toBeUndefined();
  });

  test("a personal token's comment is found by its user's login, and only that user's", async () => {
    gh.state.tokenUser = { login: 'alice', type: 'User' };
    expect(await tokenLogin(octokit)).toBe('alice');
    gh.state.comments.set(8, [
      { id: 1, body: `${COMMENT_MARKER}\nbob's`, user: { login: 'bob', type: 'User' } },
      { id: 2, body: `${COMMENT_MARKER}\nalice's`, user: { login: 'Alice', type: 'User' } },
    ]);
    expect((await findStickyComment(octokit, REPO, 8, 'alice'))?.id).toBe(2);
  });

  test('the workflow token, refused by GET /user, writes as github-actions[bot]', async () => {
    gh.state.tokenUser = BOT;
    expect(await tokenLogin(octokit)).toBe(WORKFLOW_TOKEN_LOGIN);
    expect(gh.calls('GET', '/user').length).toBeGreaterThan(0);
  });

  test('none when no comment carries the marker', async () => {
    gh.state.comments.set(6, [{ id: 9, body: 'LGTM', user: { login: 'dev', type: 'User' } }]);
    expect(await findStickyComment(octokit, REPO, 6, WORKFLOW_TOKEN_LOGIN)).toBeUndefined();
  });
});

describe('check runs', () => {
  const annotations = (n: number): CheckAnnotation[] =>
    Array.from({ length: n }, (_, i) => ({ path: 'a.kt', start_line: i + 1, end_line: i + 1, annotation_level: 'failure', message: 'm', title: 't' }));

  test.each([
    [0, [0]],
    [50, [50]],
    [51, [50, 1]],
    [120, [50, 50, 20]],
  ])('%i annotations: requests of %j', async (n, sizes) => {
    const before = gh.requests.length;
    const made = await publishCheckRun(octokit, REPO, { name: 'telegram-compliance', headSha: 'h', conclusion: 'failure', title: 't', summary: 's', annotations: annotations(n) });
    const requests = gh.requests.slice(before);
    expect(made).toBe(sizes.length);
    expect(requests.map((q) => q.method)).toEqual(['POST', ...Array(sizes.length - 1).fill('PATCH')]);
    expect(requests.map((q) => (q.body as { output: { annotations: unknown[] } }).output.annotations.length)).toEqual(sizes);
    expect(gh.state.checkRuns.at(-1)!.annotations).toHaveLength(n);
  });

  test('a POST answered 502 after GitHub stored the run: no second run, the updates go to the stored one', async () => {
    let failed = false;
    gh.on('POST', '/repos/:owner/:repo/check-runs', (q) => {
      if (failed) return undefined;
      failed = true;
      const b = q.body as { name: string; head_sha: string; external_id: string; output: { annotations: unknown[] } };
      gh.state.checkRuns.push({ ...b, id: 4242, annotations: [...b.output.annotations] });
      return { status: 502, body: { message: 'Server Error' } };
    });
    const before = gh.state.checkRuns.length;
    const retrying = createOctokit({ baseUrl: gh.url, token: 'ghs_test', resilience: { retries: 2, backoffMs: 1, timeoutMs: 5000 } });
    await publishCheckRun(retrying, REPO, { name: 'telegram-compliance', headSha: 'stored', conclusion: 'failure', title: 't', summary: 's', annotations: annotations(70) });
    expect(gh.state.checkRuns.length - before).toBe(1);
    expect(gh.state.checkRuns.at(-1)).toMatchObject({ id: 4242 });
    expect(gh.state.checkRuns.at(-1)!.annotations).toHaveLength(70);
    expect(gh.calls('POST', '/repos/octo/app/check-runs').filter((q) => (q.body as { head_sha: string }).head_sha === 'stored')).toHaveLength(1);
    expect(gh.calls('GET', '/repos/octo/app/commits/stored/check-runs')).toHaveLength(1);
  });
});
