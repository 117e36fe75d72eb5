import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';
import { FakeGitHub, gitRepo, sha, SmartHttpServer } from './helpers/publication-server.js';
import { runCli } from './helpers/run-cli.js';

// A bare --ref (v1.0.0, stable) is resolved as git resolves it: a tag first, then a branch; in the local clone, and
// on GitHub when the clone does not have it. The log and the findings say which it took. The repository is private
// on the loopback GitHub and its public mirror is a real repository served over smart HTTP.

let gh: FakeGitHub;
let mirror: SmartHttpServer;
let unrelated: string;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
  unrelated = await tempDir();
  gitRepo(unrelated).commit('unrelated');
  mirror = await new SmartHttpServer().serve('acme/other.git', unrelated).start();
});
afterEach(() => Promise.all([gh.stop(), mirror.stop()]));
afterAll(removeTempDirs);

interface Run {
  status: number | null;
  stderr: string;
  report?: { findings: { ruleId: string; message: string }[] };
}

async function scan(dir: string, mirrorName: string, ...args: string[]): Promise<Run> {
  const out = join(await tempDir(), 'report.json');
  const r = await runCli(
    ['--checks', 'publication', '--format', 'json', '--output', out, '--api-url', gh.url, '--repository', 'acme/app', '--mirror', `${mirror.url}/${mirrorName}`, ...args, dir],
    { env: { GITHUB_TOKEN: '' } },
  );
  const report = r.status === 2 ? undefined : JSON.parse(await readFile(out, 'utf8'));
  return { status: r.status, stderr: r.stderr, report };
}

const verdicts = (r: Run) => r.report!.findings.filter((f) => f.ruleId !== 'source-directions-missing');

describe('--ref NAME through the local clone', () => {
  let dir: string;
  let tagged: string;
  let branchTip: string;
  beforeEach(async () => {
    dir = await tempDir();
    const repo = gitRepo(dir);
    tagged = repo.commit('release');
    repo.git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
    repo.git('tag', 'both');
    branchTip = repo.commit('on a branch');
    repo.git('branch', 'release-1');
    repo.git('branch', 'both');
    repo.git('reset', '-q', '--hard', tagged);
    mirror.serve('acme/app.git', dir);
    gh.add('acme/app', { private: true, branches: { main: [tagged] } });
  });

  it('takes a tag, says so, and checks that tag in the mirror', async () => {
    const r = await scan(dir, 'acme/app.git', '--ref', 'v1.0.0');
    expect(r.stderr).toContain(`--ref v1.0.0: the tag v1.0.0 (commit ${tagged.slice(0, 12)}) in the local clone`);
    expect(verdicts(r)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('takes a branch, says so, and names the branch in the finding', async () => {
    const r = await scan(dir, 'acme/other.git', '--ref', 'release-1');
    expect(r.stderr).toContain(`--ref release-1: the branch release-1 (commit ${branchTip.slice(0, 12)}) in the local clone`);
    expect(verdicts(r)).toMatchObject([{ ruleId: 'source-unverified', message: expect.stringContaining(`The released branch release-1 (commit ${branchTip.slice(0, 12)}) is neither a branch head nor a tag`) }]);
    expect((await scan(dir, 'acme/app.git', '--ref', 'release-1')).status).toBe(0);
  });

  it('takes the tag when a tag and a branch share the name, as git does', async () => {
    const r = await scan(dir, 'acme/other.git', '--ref', 'both');
    expect(r.stderr).toContain(`--ref both: the tag both (commit ${tagged.slice(0, 12)}) in the local clone`);
    expect(verdicts(r)).toMatchObject([{ ruleId: 'release-not-published', message: expect.stringContaining("The release's tag both is not advertised") }]);
  });

  it('refuses a name that is neither, naming --ref, when GitHub has neither either', async () => {
    const r = await scan(dir, 'acme/app.git', '--ref', 'v9.9');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tg-compliance: error: --ref: "v9.9" is neither a tag nor a branch of acme/app (on GitHub or in the local clone), nor a full commit SHA\n');
    expect(gh.requests('/repos/acme/app/git/ref/heads/v9.9')).toHaveLength(1);
  });

  it('refuses a name the clone lacks when no repository is known to look it up in', async () => {
    const r = await runCli(['--checks', 'publication', '--ref', 'v9.9', '--api-url', gh.url, dir], { env: { CI: 'true' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tg-compliance: error: --ref: "v9.9" is neither a tag nor a branch of the local clone; pass --repository OWNER/NAME to look it up on GitHub\n');
    expect(gh.seen).toEqual([]);
  });
});

describe('--ref NAME through the GitHub API, when there is no local clone', () => {
  const RELEASED = sha('released');
  const STABLE = sha('stable');
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });

  it('takes a tag first (annotated, peeled to its commit) and names it in the finding', async () => {
    gh.add('acme/app', { private: true, branches: { main: [RELEASED], 'v2.0': [STABLE] }, tags: { 'v2.0': { commit: RELEASED, annotatedSha: sha('tag-object') } } });
    const r = await scan(dir, 'acme/other.git', '--ref', 'v2.0');
    expect(r.stderr).toContain(`--ref v2.0: the tag v2.0 (commit ${RELEASED.slice(0, 12)}) of acme/app on GitHub`);
    expect(gh.requests('/repos/acme/app/git/ref/heads/v2.0')).toEqual([]);
    expect(verdicts(r)).toMatchObject([{ ruleId: 'release-not-published', message: expect.stringContaining("The release's tag v2.0 is not advertised by the public mirror") }]);
    expect(r.status).toBe(1);
  });

  it('then a branch, and names the branch and its commit in the finding', async () => {
    gh.add('acme/app', { private: true, branches: { main: [RELEASED], stable: [STABLE] } });
    const r = await scan(dir, 'acme/other.git', '--ref', 'stable');
    expect(r.stderr).toContain(`--ref stable: the branch stable (commit ${STABLE.slice(0, 12)}) of acme/app on GitHub`);
    const looked = gh.seen.map((s) => s.path).filter((p) => p.includes('/git/ref/'));
    expect(looked).toEqual(['/repos/acme/app/git/ref/tags/stable', '/repos/acme/app/git/ref/heads/stable']);
    expect(verdicts(r)).toMatchObject([{ ruleId: 'source-unverified', message: expect.stringContaining(`The released branch stable (commit ${STABLE.slice(0, 12)})`) }]);
  });

  it('refuses a name that is neither, naming --ref', async () => {
    gh.add('acme/app', { private: true, branches: { main: [RELEASED] } });
    const r = await scan(dir, 'acme/other.git', '--ref', 'v9.9');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tg-compliance: error: --ref: "v9.9" is neither a tag nor a branch of acme/app, nor a full commit SHA\n');
  });

  it('does not call it "neither" when the repository itself does not answer (private, no token): a warning, and the check runs', async () => {
    const r = await scan(dir, 'acme/other.git', '--ref', 'v1.0');
    expect(r.status).not.toBe(2);
    expect(r.stderr).toMatch(/^warning: --ref v1\.0: could not look it up on GitHub: .*404/m);
    expect(r.report!.findings.map((f) => f.ruleId)).toContain('source-unverified');
  });
});
