import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';
import { parseRefAdvertisement, PktLineError } from '../src/checks/publication/pkt-line.js';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers/fixtures.js';
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

describe('a mirror whose ref advertisement is a gzip bomb', () => {
  const DECODED = 1024 * 1024 * 1024;
  let bomb: Buffer;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // 1 GiB of pkt-line-looking bytes, about 1 MB once gzipped: what a hostile mirror sends as its advertisement.
    const gzip = createGzip({ level: 9 });
    const parts: Buffer[] = [];
    gzip.on('data', (c: Buffer) => parts.push(c));
    const done = new Promise((resolve) => gzip.on('end', resolve));
    const block = Buffer.alloc(1024 * 1024, '0');
    for (let i = 0; i < DECODED / block.length; i++) if (!gzip.write(block)) await new Promise((resolve) => gzip.once('drain', resolve));
    gzip.end();
    await done;
    bomb = Buffer.concat(parts);
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-git-upload-pack-advertisement', 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('is counted as it is decoded and refused past 32 MiB: the CLI bundle peaks under 512 MB', async () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const dir = await tempDir();
    const rssFile = join(dir, 'max-rss-kb');
    const preload = join(dir, 'max-rss.cjs');
    await writeFile(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    const cli = join(REPO_ROOT, 'dist', 'cli', 'index.js');
    const args = ['--require', preload, cli, '--checks', 'publication', '--format', 'json', '--api-url', url, '--mirror', `${url}/bomb.git`, dir];
    const { stdout } = await promisify(execFile)(process.execPath, args, { env: { PATH: process.env.PATH }, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).catch((err: { stdout: string }) => ({ stdout: err.stdout }));
    const peakMb = Number(await readFile(rssFile, 'utf8')) / 1024;
    const findings = (JSON.parse(stdout) as { findings: { ruleId: string; message: string }[] }).findings;
    expect(findings.find((f) => f.ruleId === 'source-unverified')?.message).toMatch(/larger than 32 MiB/);
    expect(peakMb).toBeLessThan(512);
  }, 60_000);
});

function pkt(line: string): string {
  return (line.length + 4).toString(16).padStart(4, '0') + line;
}
