import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { removeTempDirs } from './helpers/fixtures.js';
import { HANG, runPublication, verdicts } from './helpers/publication-check.js';
import { FakeGitHub, sha } from './helpers/publication-server.js';

const RELEASED = sha('released');
const OLDER = sha('older');
const FORK_ONLY = sha('fork-only');
const SIDE = sha('side');
const TOKEN = 'ghs_testtoken000000000000000000000000';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
});
afterAll(removeTempDirs);

const run = (fixture: string, settings: Parameters<typeof runPublication>[1], extra: Record<string, unknown> = {}) =>
  runPublication(fixture, { apiUrl: gh.url, token: TOKEN, ...settings }, { publicApiUrl: gh.url, ...extra });

describe('a big repository: 2,500 tags and 400 branches', () => {
  const MAIN = Array.from({ length: 30 }, (_, i) => sha(`main-${i}`));
  const branches: Record<string, string[]> = { main: MAIN };
  for (let i = 0; i < 400; i++) branches[`feature/${i}`] = [sha(`b${i}-tip`), sha(`b${i}-base`), MAIN[29]];
  const tags: Record<string, { commit: string; annotatedSha?: string }> = {};
  for (let i = 0; i < 2500; i++) tags[`v1.0.${i}`] = i % 100 === 0 ? { commit: MAIN[i / 100], annotatedSha: sha(`tag-obj-${i}`) } : { commit: sha(`t${i}`) };
  const big = () => gh.add('acme/app', { branches, tags, networkOnly: [FORK_ONLY] });
  const check = async (ref: string) => {
    big();
    const before = gh.seen.length;
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', ref }));
    return { found, requests: gh.seen.length - before };
  };

  it('an old release tag is looked up directly and passes in 2 requests (3 when annotated)', async () => {
    expect(await check('refs/tags/v1.0.7')).toEqual({ found: [], requests: 2 });
    expect(await check('refs/tags/v1.0.2000')).toEqual({ found: [], requests: 3 });
  });

  it('a commit only a tag past the first pages names passes: every page of branches and tags is read (32 requests)', async () => {
    const r = await check(sha('t2499'));
    expect(r.found).toEqual([]);
    expect(gh.requests('/repos/acme/app/tags')).toHaveLength(25);
    expect(gh.requests('/repos/acme/app/branches')).toHaveLength(5);
    expect(r.requests).toBe(32);
  });

  it('the tip of the 400th branch passes without comparing (7 requests)', async () => {
    expect(await check(sha('b399-tip'))).toEqual({ found: [], requests: 7 });
  });

  it('an old commit of the default branch passes in 2 requests', async () => {
    expect(await check(MAIN[25])).toEqual({ found: [], requests: 2 });
  });

  it('a commit GitHub does not know is release-not-published in 2 requests', async () => {
    const r = await check(sha('never-pushed'));
    expect(r.found).toMatchObject([{ ruleId: 'release-not-published', level: 'error' }]);
    expect(r.found[0].message).toMatch(/GitHub does not know the commit/);
    expect(r.requests).toBe(2);
  });

  it('a commit inside a branch past the 20 compared is never called unpublished: source-unverified, with the fix', async () => {
    const r = await check(sha('b399-base'));
    expect(r.found).toMatchObject([{ ruleId: 'source-unverified', level: 'warning' }]);
    expect(r.found[0].message).toMatch(/380 further branches were not compared/);
    expect(r.found[0].help).toMatch(/^Tag the released commit/);
    expect(r.requests).toBe(52);
    const fork = await check(FORK_ONLY);
    expect(fork.found).toMatchObject([{ ruleId: 'source-unverified' }]);
  });

  it('a commit inside one of the first 20 other branches passes', async () => {
    expect((await check(sha('b5-base'))).found).toEqual([]);
  });
});

describe('publication on github.com: the repository itself', () => {
  it('passes a public repository whose default branch reaches the released commit', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED, OLDER] } });
    expect(verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: OLDER }))).toEqual([]);
    expect(gh.requests('/repos/acme/app/compare/main...' + OLDER)).toHaveLength(1);
  });

  it('reports a private repository without a mirror: an error under a GPL duty, a note without one', async () => {
    gh.add('acme/app', { private: true, branches: { main: [RELEASED] } });
    const duty = verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }));
    expect(duty).toMatchObject([{ ruleId: 'source-not-public', level: 'error', path: 'README.md', line: 1 }]);
    expect(duty[0].message).toMatch(/acme\/app is private.*GPL required: code derived from Telegram for Android .*TMessagesProj/);

    const none = verdicts(await run('publication/plain', { repository: 'acme/app', ref: RELEASED }));
    expect(none).toMatchObject([{ ruleId: 'source-not-public', level: 'note' }]);
    expect(none[0].message).toMatch(/No GPL duty/);

    const forced = verdicts(await run('publication/plain', { repository: 'acme/app', requireGpl: 'true' }));
    expect(forced).toMatchObject([{ ruleId: 'source-not-public', level: 'error' }]);
    expect(forced[0].message).toMatch(/require-gpl is true/);
  });

  it('treats an internal repository as not public', async () => {
    gh.add('acme/app', { visibility: 'internal', branches: { main: [RELEASED] } });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app' }));
    expect(found).toMatchObject([{ ruleId: 'source-not-public', level: 'error' }]);
    expect(found[0].message).toMatch(/is internal/);
  });

  it('treats a repository GitHub blocks (451) as not public', async () => {
    gh.script('/repos/acme/app', { status: 451, body: { message: 'Repository access blocked' } });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app' }));
    expect(found).toMatchObject([{ ruleId: 'source-not-public', level: 'error' }]);
    expect(found[0].message).toMatch(/blocked by GitHub \(HTTP 451/);
  });

  it('fails a commit that GitHub serves only by SHA through the fork network', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED], dev: [SIDE, RELEASED] }, tags: { v1: { commit: RELEASED } }, networkOnly: [FORK_ONLY] });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: FORK_ONLY }));
    expect(found).toMatchObject([{ ruleId: 'release-not-published', level: 'error' }]);
    expect(found[0].message).toMatch(/fork network/);
    expect(gh.seen.some((r) => /\/commits\/[0-9a-f]+$/.test(r.path))).toBe(false);
  });

  it('accepts a commit reached from another branch or named by a tag', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED], dev: [SIDE, OLDER] }, tags: { 'v0.9': { commit: OLDER } } });
    expect(verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: OLDER }))).toEqual([]);
    expect(verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: SIDE }))).toEqual([]);
  });

  it('checks the release tag: present and pointing at the released commit, annotated tags peeled', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED, OLDER] }, tags: { v1: { commit: RELEASED, annotatedSha: sha('tag-object-v1') }, v0: { commit: OLDER } } });
    expect(verdicts(await run('publication/android-fork', { repository: 'acme/app', releaseTag: 'v1', ref: RELEASED }))).toEqual([]);
    expect(gh.requests(`/repos/acme/app/git/tags/${sha('tag-object-v1')}`)).toHaveLength(1);

    const moved = verdicts(await run('publication/android-fork', { repository: 'acme/app', releaseTag: 'v0', ref: RELEASED }));
    expect(moved).toMatchObject([{ ruleId: 'release-not-published' }]);
    expect(moved[0].message).toMatch(/points at/);
  });
});

describe('a private repository with a mirror on the same GitHub', () => {
  beforeEach(() => {
    gh.add('acme/app', { private: true, branches: { main: [RELEASED] }, tags: { v2: { commit: RELEASED } } });
  });

  it('passes when the public mirror holds the released tag', async () => {
    gh.add('acme/app-mirror', { branches: { main: [RELEASED] }, tags: { v2: { commit: RELEASED } } });
    expect(verdicts(await run('publication/android-fork', { repository: 'acme/app', mirror: 'acme/app-mirror', releaseTag: 'v2', ref: RELEASED }))).toEqual([]);
  });

  it('resolves the tag in the private repository when only the tag is given', async () => {
    gh.add('acme/app-mirror', { branches: { main: [RELEASED] }, tags: { v2: { commit: OLDER } } });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', mirror: 'acme/app-mirror', ref: 'refs/tags/v2' }));
    expect(found).toMatchObject([{ ruleId: 'release-not-published' }]);
    expect(found[0].message).toContain(`released commit is ${RELEASED.slice(0, 12)}`);
  });

  it('fails with release-not-published when the mirror lacks the tag', async () => {
    gh.add('acme/app-mirror', { branches: { main: [OLDER] } });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', mirror: 'acme/app-mirror', releaseTag: 'v2', ref: RELEASED }));
    expect(found).toMatchObject([{ ruleId: 'release-not-published', level: 'error', path: 'README.md' }]);
    expect(found[0].message).toMatch(/tag v2 is not in the public mirror acme\/app-mirror/);
  });

  it('reports a private mirror, and a mirror nobody can see, as source-not-public', async () => {
    gh.add('acme/app-mirror', { private: true, branches: { main: [RELEASED] } });
    const priv = verdicts(await run('publication/android-fork', { repository: 'acme/app', mirror: 'acme/app-mirror', ref: RELEASED }));
    expect(priv).toMatchObject([{ ruleId: 'source-not-public', level: 'error' }]);
    expect(priv[0].message).toMatch(/mirror acme\/app-mirror is private/);

    const missing = verdicts(await run('publication/android-fork', { repository: 'acme/app', mirror: 'acme/nowhere', ref: RELEASED }));
    expect(missing).toMatchObject([{ ruleId: 'source-not-public' }]);
    expect(missing[0].message).toMatch(/404/);
  });
});

describe('failures are findings, never silent and never fatal', () => {
  it('passes a 500, 500, 200 sequence after retries', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    gh.script('/repos/acme/app', { status: 500 }, { status: 502 });
    expect(verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }))).toEqual([]);
    expect(gh.requests('/repos/acme/app')).toHaveLength(3);
  });

  it('ends as source-unverified after three 5xx answers', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    gh.script('/repos/acme/app', { status: 500 }, { status: 500 }, { status: 503 });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }));
    expect(found).toMatchObject([{ ruleId: 'source-unverified', level: 'warning' }]);
    expect(found[0].message).toMatch(/answered 503/);
    expect(gh.requests('/repos/acme/app')).toHaveLength(3);
  });

  it('ends a server that never answers as source-unverified within the injected bound', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    gh.script('/repos/acme/app', { hang: true }, { hang: true }, { hang: true });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }, { resilience: HANG }));
    expect(found).toMatchObject([{ ruleId: 'source-unverified', level: 'warning' }]);
    expect(found[0].message).toMatch(/did not answer in time/);
    expect(gh.requests('/repos/acme/app')).toHaveLength(3);
  }, 5000);

  it('reports a used-up rate limit with its reset time and does not wait for it', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    const reset = Math.floor(Date.now() / 1000) + 3600;
    gh.script('/repos/acme/app', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded' } });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }, {}));
    expect(found).toMatchObject([{ ruleId: 'source-unverified' }]);
    expect(found[0].message).toMatch(/rate limit .* used up until \d\d:\d\d UTC/);
    expect(gh.requests('/repos/acme/app')).toHaveLength(1);
  });

  it('retries a secondary rate limit that asks for a short wait', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    gh.script('/repos/acme/app', { status: 403, headers: { 'retry-after': '0' }, body: { message: 'secondary rate limit' } });
    expect(verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }))).toEqual([]);
    expect(gh.requests('/repos/acme/app')).toHaveLength(2);
  });

  it('reports a secondary rate limit that names no wait as a rate limit, not as a missing permission', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    gh.script('/repos/acme/app', { status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }));
    expect(found).toMatchObject([{ ruleId: 'source-unverified' }]);
    expect(found[0].message).toMatch(/asked to slow down \(secondary rate limit\) for repository acme\/app/);
    expect(gh.requests('/repos/acme/app')).toHaveLength(1);
  });

  it('says which permission is missing on 403, and what to set without a token on 404', async () => {
    gh.script('/repos/acme/app', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const denied = verdicts(await run('publication/android-fork', { repository: 'acme/app' }));
    expect(denied).toMatchObject([{ ruleId: 'source-unverified' }]);
    expect(denied[0].help).toMatch(/contents: read/);

    const anonymous = verdicts(await run('publication/android-fork', { repository: 'acme/secret', token: undefined }));
    expect(anonymous).toMatchObject([{ ruleId: 'source-unverified' }]);
    expect(anonymous[0].message).toMatch(/404/);
    expect(anonymous[0].help).toMatch(/^Set GITHUB_TOKEN/);
    expect(gh.requests('/repos/acme/secret')[0].authorization).toBeUndefined();
  });

  it('reports a refused token (401)', async () => {
    gh.script('/repos/acme/app', { status: 401, body: { message: 'Bad credentials' } });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app' }));
    expect(found[0].message).toMatch(/refused the token \(401\)/);
    expect(found[0].message).not.toContain(TOKEN.slice(4));
  });

  it('reports an unreachable API (connection refused) and an unknown repository', async () => {
    const url = gh.url;
    await gh.stop();
    const offline = await runPublication('publication/android-fork', { apiUrl: url, repository: 'acme/app' }, { publicApiUrl: url });
    expect(verdicts(offline)).toMatchObject([{ ruleId: 'source-unverified' }]);
    expect(verdicts(offline)[0].message).toMatch(/could not be reached .*ECONNREFUSED/);
    gh = await new FakeGitHub().start();

    const unknown = verdicts(await run('publication/android-fork', {}));
    expect(unknown).toMatchObject([{ ruleId: 'source-unverified' }]);
    expect(unknown[0].help).toMatch(/--repository/);
  });

  it('reports a mirror whose host does not resolve', async () => {
    gh.add('acme/app', { private: true, branches: { main: [RELEASED] } });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', mirror: 'https://git.example.invalid/acme/app.git', ref: RELEASED }, { resilience: HANG }));
    expect(found).toMatchObject([{ ruleId: 'source-unverified' }]);
    expect(found[0].message).toMatch(/git\.example\.invalid/);
  });

  it('reports a ref that names neither a commit nor a tag', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: 'main' }));
    expect(found).toMatchObject([{ ruleId: 'source-unverified' }]);
    expect(found[0].message).toMatch(/neither a commit SHA nor a tag/);
  });
});

describe('GitHub Enterprise Server', () => {
  let ghes: FakeGitHub;
  beforeEach(async () => {
    ghes = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await ghes.stop();
  });
  const onGhes = (settings: Parameters<typeof runPublication>[1]) =>
    runPublication('publication/android-fork', { apiUrl: ghes.url, token: TOKEN, ...settings }, { publicApiUrl: gh.url });

  it('does not count a repository that is public on the server as published', async () => {
    ghes.add('acme/app', { branches: { main: [RELEASED] } });
    const found = verdicts(await onGhes({ repository: 'acme/app', ref: RELEASED }));
    expect(found).toMatchObject([{ ruleId: 'source-not-public', level: 'error' }]);
    expect(found[0].message).toMatch(/GitHub Enterprise Server .* only that server's users/);
  });

  it('rejects a mirror on the same server', async () => {
    ghes.add('acme/app', { private: true, branches: { main: [RELEASED] } });
    ghes.add('acme/app-public', { branches: { main: [RELEASED] } });
    const found = verdicts(await onGhes({ repository: 'acme/app', mirror: 'acme/app-public', ref: RELEASED }));
    expect(found).toMatchObject([{ ruleId: 'source-not-public' }]);
    expect(found[0].message).toMatch(/same GitHub Enterprise Server/);
  });

  it('checks a github.com mirror without sending the server token there', async () => {
    ghes.add('acme/app', { private: true, branches: { main: [RELEASED] } });
    gh.add('acme/app-mirror', { branches: { main: [RELEASED] }, tags: { v3: { commit: RELEASED } } });
    const found = verdicts(await onGhes({ repository: 'acme/app', mirror: 'https://github.com/acme/app-mirror', releaseTag: 'v3', ref: RELEASED }));
    expect(found).toEqual([]);
    expect(ghes.seen.length).toBeGreaterThan(0);
    expect(ghes.seen.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(gh.seen.length).toBeGreaterThan(0);
    expect(gh.seen.every((r) => r.authorization === undefined)).toBe(true);
  });
});

describe('broken answers from GitHub', () => {
  it('a connection reset on every try ends as source-unverified, not a crash', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    gh.script('/repos/acme/app', { reset: true }, { reset: true }, { reset: true });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }));
    expect(found).toMatchObject([{ ruleId: 'source-unverified', level: 'warning' }]);
    expect(found[0].message).not.toContain(TOKEN);
    expect(gh.requests('/repos/acme/app')).toHaveLength(3);
  });

  it('a reset once is retried and passes', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    gh.script('/repos/acme/app', { reset: true });
    expect(verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }))).toEqual([]);
  });

  it('malformed JSON in a 200 answer ends as source-unverified', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    gh.script('/repos/acme/app', { raw: '{"full_name": "acme/app", "private": fal' });
    const found = verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }));
    expect(found).toMatchObject([{ ruleId: 'source-unverified', level: 'warning' }]);
    expect(found[0].message).not.toContain(TOKEN);
  });

  it('a 200 answer of the wrong shape (HTML, an array) ends as source-unverified', async () => {
    gh.add('acme/app', { branches: { main: [RELEASED] } });
    gh.script('/repos/acme/app', { raw: '<html>maintenance</html>' });
    expect(verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }))).toMatchObject([{ ruleId: 'source-unverified' }]);
    gh.script('/repos/acme/app', { raw: '[]' });
    expect(verdicts(await run('publication/android-fork', { repository: 'acme/app', ref: RELEASED }))).toMatchObject([{ ruleId: 'source-unverified' }]);
  });
});
