import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { parseRefAdvertisement, PktLineError } from '../src/checks/publication/pkt-line.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';
import { runPublication, verdicts } from './helpers/publication-check.js';
import { FakeGitHub, gitRepo, SmartHttpServer } from './helpers/publication-server.js';

let mirrorDir: string;
let first: string;
let released: string;
let head: string;
let annotatedObject: string;

beforeAll(async () => {
  mirrorDir = await tempDir();
  const repo = gitRepo(mirrorDir);
  first = repo.commit('first');
  repo.git('tag', 'v0.1');
  released = repo.commit('release 1.0');
  repo.git('tag', '-a', 'v1.0', '-m', 'version 1.0');
  annotatedObject = repo.git('rev-parse', 'refs/tags/v1.0');
  repo.commit('between');
  head = repo.commit('head of main');
});
afterAll(removeTempDirs);

describe('the ref advertisement', () => {
  it('parses what git upload-pack advertises: branch heads, lightweight tags, peeled annotated tags', () => {
    const refs = execFileSync('git', ['upload-pack', '--stateless-rpc', '--advertise-refs', mirrorDir]);
    const body = Buffer.concat([Buffer.from('001e# service=git-upload-pack\n0000'), refs]);
    const parsed = parseRefAdvertisement(body);
    expect(parsed).toEqual(
      expect.arrayContaining([
        { name: 'refs/heads/main', sha: head },
        { name: 'refs/tags/v0.1', sha: first },
        { name: 'refs/tags/v1.0', sha: annotatedObject, peeled: released },
      ]),
    );
    expect(parsed.find((r) => r.name.endsWith('^{}'))).toBeUndefined();
  });

  it('parses an empty repository (capabilities only) and rejects what is not pkt-line', () => {
    const empty = Buffer.from(`${pkt('# service=git-upload-pack\n')}0000${pkt(`${'0'.repeat(40)} capabilities^{}\0agent=git/2\n`)}0000`);
    expect(parseRefAdvertisement(empty)).toEqual([]);
    expect(() => parseRefAdvertisement(Buffer.from('<html>Sign in</html>'))).toThrow(PktLineError);
    expect(() => parseRefAdvertisement(Buffer.from('00ffshort'))).toThrow(/runs past the end/);
  });
});

describe('a private GitHub repository with a mirror on another host', () => {
  let gh: FakeGitHub;
  let git: SmartHttpServer;
  beforeEach(async () => {
    gh = await new FakeGitHub().start();
    gh.add('acme/app', { private: true, branches: { main: [head, released, first] }, tags: { 'v1.0': { commit: released }, 'v2.0': { commit: head } } });
    git = await new SmartHttpServer().serve('acme/app.git', mirrorDir).deny('acme/closed.git').page('acme/login.git').start();
  });
  afterEach(async () => {
    await Promise.all([gh.stop(), git.stop()]);
  });
  const run = (settings: Parameters<typeof runPublication>[1]) =>
    runPublication('publication/android-fork', { apiUrl: gh.url, token: 'ghs_secret', repository: 'acme/app', ...settings }, { publicApiUrl: gh.url });

  it('passes when the mirror advertises the released tag at the released commit, and sends it no token', async () => {
    const found = verdicts(await run({ mirror: `${git.url}/acme/app.git`, releaseTag: 'v1.0', ref: released }));
    expect(found).toEqual([]);
    expect(git.seen).toMatchObject([{ path: '/acme/app.git/info/refs', authorization: undefined }]);
  });

  it('fails with release-not-published when the mirror does not hold the tag', async () => {
    const found = verdicts(await run({ mirror: `${git.url}/acme/app.git`, releaseTag: 'v2.0', ref: head }));
    expect(found).toMatchObject([{ ruleId: 'release-not-published', level: 'error' }]);
    expect(found[0].message).toMatch(/tag v2\.0 is not advertised/);
  });

  it('fails when the mirror has the tag at another commit', async () => {
    const found = verdicts(await run({ mirror: `${git.url}/acme/app.git`, releaseTag: 'v0.1', ref: released }));
    expect(found).toMatchObject([{ ruleId: 'release-not-published' }]);
    expect(found[0].message).toContain(`points at ${first.slice(0, 12)}`);
  });

  it('proves a commit that is a branch head or a tag, and says when ancestry cannot be proven', async () => {
    expect(verdicts(await run({ mirror: `${git.url}/acme/app.git`, ref: head }))).toEqual([]);
    expect(verdicts(await run({ mirror: `${git.url}/acme/app.git`, ref: released }))).toEqual([]);

    const between = verdicts(await run({ mirror: `${git.url}/acme/app.git`, ref: execFileSync('git', ['rev-parse', 'HEAD~1'], { cwd: mirrorDir, encoding: 'utf8' }).trim() }));
    expect(between).toMatchObject([{ ruleId: 'source-unverified', level: 'warning' }]);
    expect(between[0].message).toMatch(/cannot be proven/);
  });

  it('reports a mirror that asks for credentials, or does not exist, as source-not-public', async () => {
    const closed = verdicts(await run({ mirror: `${git.url}/acme/closed.git`, ref: head }));
    expect(closed).toMatchObject([{ ruleId: 'source-not-public', level: 'error' }]);
    expect(closed[0].message).toMatch(/HTTP 401/);
    const missing = verdicts(await run({ mirror: `${git.url}/acme/none.git`, ref: head }));
    expect(missing).toMatchObject([{ ruleId: 'source-not-public' }]);
  });

  it('does not mistake a sign-in page for an advertisement', async () => {
    const found = verdicts(await run({ mirror: `${git.url}/acme/login.git`, ref: head }));
    expect(found).toMatchObject([{ ruleId: 'source-unverified', level: 'warning' }]);
    expect(found[0].message).toMatch(/text\/html, not a smart HTTP ref advertisement/);
  });

  it('checks the mirror even when the private repository cannot be read', async () => {
    const found = verdicts(await run({ token: undefined, mirror: `${git.url}/acme/app.git`, releaseTag: 'v1.0', ref: released }));
    expect(found).toEqual([]);
    expect(gh.requests('/repos/acme/app')).toHaveLength(1);
  });
});

function pkt(line: string): string {
  return (line.length + 4).toString(16).padStart(4, '0') + line;
}
