import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GITHUB_DOT_COM, parseMirror, parseRepository, webHostOf } from '../src/checks/publication/place.js';
import { releaseOf } from '../src/checks/publication/release.js';
import { publicationTarget, repositoryInfo, repositoryName } from '../src/cli/publication-target.js';
import { describeRepository } from '../src/report/repository.js';
import { gitTop, repositoryFromRemote } from '../src/git.js';
import { silentLogger } from '../src/log.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';
import { runPublication } from './helpers/publication-check.js';
import { gitRepo } from './helpers/publication-server.js';

afterAll(removeTempDirs);

// No server answers here: the API URL is a closed loopback port, and only the directions rule is looked at.
const OFFLINE = 'http://127.0.0.1:9';
const directions = async (fixture: string, settings: Parameters<typeof runPublication>[1]) =>
  (await runPublication(fixture, { apiUrl: OFFLINE, ...settings }, { publicApiUrl: OFFLINE })).filter((f) => f.ruleId === 'source-directions-missing');

describe('source-directions-missing', () => {
  it('is quiet when the README links the public mirror', async () => {
    expect(await directions('publication/android-fork', { repository: 'acme/app', mirror: 'acme/app-mirror' })).toEqual([]);
    expect(await directions('publication/android-fork', { mirror: 'https://github.com/acme/app-mirror.git' })).toEqual([]);
  });

  it('notes a README that links another repository, even one whose name only starts the same', async () => {
    const found = await directions('publication/android-fork', { repository: 'acme/app' });
    expect(found).toMatchObject([{ level: 'note', path: 'README.md', line: 1 }]);
    expect(found[0].message).toContain('https://github.com/acme/app');
    expect(found[0].message).toContain('README.md');
  });

  it('finds the link in the app strings when the README has none', async () => {
    expect(await directions('publication/strings-link', { mirror: 'https://codeberg.org/acme/app.git' })).toEqual([]);
    expect(await directions('publication/strings-link', { mirror: 'https://codeberg.org/acme/other.git' })).toHaveLength(1);
  });

  it('accepts any repository link when the public place is unknown, and anchors at README.md when it is missing', async () => {
    expect(await directions('publication/strings-link', {})).toEqual([]);
    const plain = await directions('publication/plain', {});
    expect(plain).toHaveLength(1);
    expect(plain[0].path).toBe('README.md');
    const noReadme = await directions('publication/plain/src', {});
    expect(noReadme).toMatchObject([{ path: 'README.md', fileToCreate: true }]);
    expect(noReadme[0].line).toBeUndefined();
    expect(noReadme[0].message).toMatch(/there is no README/);
  });
});

describe('where the source is published', () => {
  const api = GITHUB_DOT_COM.apiUrl;
  it('reads OWNER/NAME and github.com URLs as GitHub repositories, other hosts as smart HTTP', () => {
    expect(parseMirror('acme/app', api, GITHUB_DOT_COM)).toMatchObject({ kind: 'github', owner: 'acme', repo: 'app', apiUrl: api });
    expect(parseMirror('https://github.com/acme/app.git/', api, GITHUB_DOT_COM)).toMatchObject({ kind: 'github', repo: 'app', webUrl: 'https://github.com/acme/app' });
    expect(parseMirror('https://gitlab.com/group/sub/app.git', api, GITHUB_DOT_COM)).toMatchObject({ kind: 'git-http', url: 'https://gitlab.com/group/sub/app.git' });
  });

  it('maps a github.com mirror to the public API from a GitHub Enterprise Server, and a URL on that server to the server', () => {
    const ghes = 'https://git.corp.example/api/v3';
    expect(webHostOf(ghes)).toBe('git.corp.example');
    expect(parseMirror('https://github.com/acme/app', ghes, GITHUB_DOT_COM)).toMatchObject({ kind: 'github', apiUrl: api });
    expect(parseMirror('https://git.corp.example/acme/app', ghes, GITHUB_DOT_COM)).toMatchObject({ kind: 'github', apiUrl: ghes });
    expect(parseRepository('acme/app', ghes, GITHUB_DOT_COM)?.webUrl).toBe('https://git.corp.example/acme/app');
  });

  it('refuses plain http outside loopback, credentials in the URL, and other shapes', () => {
    expect(parseMirror('http://git.example.org/app.git', api, GITHUB_DOT_COM)).toMatch(/https/);
    expect(parseMirror('https://user:pw@git.example.org/app.git', api, GITHUB_DOT_COM)).toMatch(/credentials/);
    expect(parseMirror('not a mirror', api, GITHUB_DOT_COM)).toMatch(/neither/);
    expect(parseMirror('http://127.0.0.1:8080/app.git', api, GITHUB_DOT_COM)).toMatchObject({ kind: 'git-http' });
  });

  it('takes the release tag and the commit from the settings', () => {
    const sha = 'a'.repeat(40);
    expect(releaseOf({ releaseTag: 'refs/tags/v1', ref: sha })).toEqual({ tag: 'v1', sha });
    expect(releaseOf({ ref: sha.toUpperCase() })).toEqual({ sha });
    expect(releaseOf({ ref: 'refs/tags/v2' })).toEqual({ tag: 'v2' });
    expect(releaseOf({})).toBeUndefined();
    expect(releaseOf({ ref: 'main' })).toMatch(/neither a commit SHA nor a tag/);
  });
});

describe('the CLI target: --repository, the origin remote, --ref', () => {
  it('reads OWNER/NAME from https, scp-like and ssh remotes on the API host only', () => {
    expect(repositoryFromRemote('https://github.com/acme/app.git', 'github.com')).toBe('acme/app');
    expect(repositoryFromRemote('git@github.com:acme/app.git', 'github.com')).toBe('acme/app');
    expect(repositoryFromRemote('ssh://git@github.com/acme/app', 'github.com')).toBe('acme/app');
    expect(repositoryFromRemote('https://gitlab.com/acme/app.git', 'github.com')).toBeUndefined();
    expect(repositoryFromRemote('git@git.corp.example:acme/app.git', 'git.corp.example')).toBe('acme/app');
  });

  it('reads origin at the top of a work tree, not from a folder inside it, and resolves --ref to a commit and tag', async () => {
    const dir = await tempDir();
    const repo = gitRepo(dir);
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/app.git');
    const released = repo.commit('release');
    repo.git('tag', '-a', 'v1.0', '-m', 'v1.0');
    await mkdir(join(dir, 'fixture'));
    await writeFile(join(dir, 'fixture', 'README.md'), '# inner\n');
    const top = await gitTop(dir);
    const api = 'https://api.github.com';

    const name = (given: string | undefined, target: string) => repositoryName(given, api, target, top, silentLogger);
    expect(await name(undefined, top!)).toBe('acme/app');
    expect(await name(undefined, join(top!, 'fixture'))).toBeUndefined();
    expect(await name('other/repo', top!)).toBe('other/repo');
    const target = (repository: string | undefined, ref: string | undefined) => publicationTarget(repository, ref, top, { apiUrl: OFFLINE }, silentLogger);
    expect(await target('acme/app', 'v1.0')).toEqual({ repository: 'acme/app', ref: released, releaseTag: 'v1.0', releaseBranch: undefined });
    expect(await target('acme/app', 'HEAD')).toEqual({ repository: 'acme/app', ref: released, releaseTag: undefined, releaseBranch: undefined });
    expect(await target(undefined, undefined)).toEqual({ repository: undefined });
    expect(await target('other/repo', 'refs/tags/v9')).toEqual({ repository: 'other/repo', ref: 'refs/tags/v9' });
    expect(await repositoryInfo('acme/app', api, top)).toEqual({ repository: { name: 'acme/app', url: 'https://github.com/acme/app', revision: released } });
    expect(await repositoryInfo('not a name', api, top)).toEqual({});
    expect(await repositoryInfo('acme/app', api, undefined)).toEqual({ repository: { name: 'acme/app', url: 'https://github.com/acme/app' } });
    expect(describeRepository('acme/app', 'https://github.com/acme/app', 'v1.0')).toEqual({ repository: { name: 'acme/app', url: 'https://github.com/acme/app' } });
    expect(describeRepository(undefined, 'https://github.com/x', released)).toEqual({});
  });
});
