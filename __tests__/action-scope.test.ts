import { describe, expect, test } from '@jest/globals';
import type { ChangeList, ChangeSource } from '../src/github/changed-files.js';
import { readEvent, type EventInfo } from '../src/github/event.js';
import { isInside } from '../src/files/inside.js';
import { onDiskSpelling, resolveScope } from '../src/action/scope.js';
import { runSettings } from '../src/action/run-settings.js';
import { tempDir } from './helpers/fixtures.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const REPO = { owner: 'octo', repo: 'app' };
const base = (name: string, extra: Partial<EventInfo> = {}): EventInfo => ({ name, known: true, repository: REPO, serverUrl: 'https://github.com', apiUrl: 'http://127.0.0.1:1', ...extra });
const pr = { number: 3, headSha: 'a'.repeat(40), headRepo: 'octo/app', baseRepo: 'octo/app', fork: false };
const push = { before: 'b'.repeat(40), after: 'c'.repeat(40), created: false, forced: false };

function source(list: Partial<Record<'pull' | 'compare', ChangeList | Error>>): ChangeSource & { calls: string[] } {
  const calls: string[] = [];
  const answer = (v: ChangeList | Error | undefined) => {
    if (v instanceof Error) throw v;
    if (!v) throw new Error('unexpected call');
    return v;
  };
  return {
    calls,
    pullFiles: async (_r, n) => (calls.push(`pull ${n}`), answer(list.pull)),
    compare: async (_r, b, h) => (calls.push(`compare ${b.slice(0, 1)}...${h.slice(0, 1)}`), answer(list.compare)),
  };
}

describe('resolveScope', () => {
  test('auto on a PR: its files, removed ones left out', async () => {
    const src = source({ pull: { files: [{ path: 'a.kt', status: 'modified' }, { path: 'b.kt', status: 'removed' }, { path: 'c.kt', status: 'renamed' }], truncated: false } });
    const scope = await resolveScope({ mode: 'auto', event: base('pull_request', { pullRequest: pr }), source: src });
    expect(scope).toEqual({ changedFiles: ['a.kt', 'c.kt'], description: 'the 2 files pull request #3 changes', notices: [], warnings: [] });
    expect(src.calls).toEqual(['pull 3']);
  });

  test('a listing that reaches 3,000 files is a full scan with a notice', async () => {
    const scope = await resolveScope({ mode: 'auto', event: base('pull_request', { pullRequest: pr }), source: source({ pull: { files: [], truncated: true } }) });
    expect(scope.changedFiles).toBeUndefined();
    expect(scope.notices[0]).toContain('3000 files or more');
  });

  test('an API error is a full scan with a notice naming the status', async () => {
    const err = Object.assign(new Error('Not Found'), { status: 404, response: { status: 404, headers: {}, data: { message: 'Not Found' } } });
    const scope = await resolveScope({ mode: 'changed', event: base('push', { push }), source: source({ compare: err }) });
    expect(scope.changedFiles).toBeUndefined();
    expect(scope.notices[0]).toBe('could not compare bbbbbbb...ccccccc (HTTP 404: Not Found): scanning the whole tree.');
  });

  test('push: the compared files; force-push and over 300 files are full scans', async () => {
    const files = { files: [{ path: 'x.py', status: 'added' }], truncated: false };
    expect((await resolveScope({ mode: 'auto', event: base('push', { push }), source: source({ compare: files }) })).changedFiles).toEqual(['x.py']);
    const forced = await resolveScope({ mode: 'auto', event: base('push', { push: { ...push, forced: true } }), source: source({}) });
    expect(forced.changedFiles).toBeUndefined();
    expect(forced.notices[0]).toContain('force-push');
    const many = await resolveScope({ mode: 'auto', event: base('push', { push }), source: source({ compare: { files: [], truncated: true } }) });
    expect(many.notices[0]).toContain('300 files or more');
  });

  test.each(['release', 'workflow_dispatch', 'merge_group', 'schedule'])('auto on %s: the whole tree, quietly; changed: with a notice', async (name) => {
    const src = source({});
    expect(await resolveScope({ mode: 'auto', event: base(name), source: src })).toEqual({ description: 'the whole tree', notices: [], warnings: [] });
    const changed = await resolveScope({ mode: 'changed', event: base(name), source: src });
    expect(changed.notices).toEqual([`scope: changed, but a ${name} event has no change set: scanning the whole tree.`]);
    expect(src.calls).toEqual([]);
  });

  test('full never asks the API', async () => {
    const src = source({});
    const scope = await resolveScope({ mode: 'full', event: base('pull_request', { pullRequest: pr }), source: src });
    expect(scope.changedFiles).toBeUndefined();
    expect(src.calls).toEqual([]);
  });

  test('pull_request_target: changed files only when the PR head is checked out', async () => {
    const files = { files: [{ path: 'a.kt', status: 'modified' }], truncated: false };
    const event = base('pull_request_target', { pullRequest: { ...pr, fork: true, headRepo: 'x/app' } });
    expect((await resolveScope({ mode: 'auto', event, source: source({ pull: files }), checkedOutHead: pr.headSha })).changedFiles).toEqual(['a.kt']);
    const other = await resolveScope({ mode: 'auto', event, source: source({}), checkedOutHead: 'd'.repeat(40) });
    expect(other.changedFiles).toBeUndefined();
    expect(other.warnings[0]).toContain('the checked-out commit (ddddddd) is not the pull request head (aaaaaaa)');
  });
});

describe('readEvent', () => {
  test('a fork PR, a new-branch push and a release tag', async () => {
    const dir = await tempDir();
    const write = async (name: string, payload: unknown) => {
      await writeFile(join(dir, name), JSON.stringify(payload));
      return join(dir, name);
    };
    const prPath = await write('pr.json', {
      number: 9,
      pull_request: { number: 9, changed_files: 4, head: { sha: 'h', repo: { full_name: 'stranger/App' } }, base: { sha: 'b', repo: { full_name: 'octo/app' } } },
    });
    const env = { GITHUB_REPOSITORY: 'octo/app', GITHUB_SHA: 'm', GITHUB_API_URL: 'http://127.0.0.1:9/' };
    expect(readEvent({ ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: prPath }).pullRequest).toEqual({
      number: 9, headSha: 'h', headRepo: 'stranger/App', baseRepo: 'octo/app', fork: true, changedFiles: 4,
    });
    const pushPath = await write('push.json', { before: '0'.repeat(40), after: 'c'.repeat(40), forced: false });
    const pushEvent = readEvent({ ...env, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushPath });
    expect(pushEvent.push?.created).toBe(true);
    expect(pushEvent.apiUrl).toBe('http://127.0.0.1:9');
    const relPath = await write('release.json', { release: { tag_name: 'v2.0.0' } });
    expect(readEvent({ ...env, GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: relPath }).releaseTag).toBe('v2.0.0');
    expect(readEvent({ ...env, GITHUB_EVENT_NAME: 'watch', GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toMatchObject({ name: 'watch', known: false });
  });
});

describe('paths', () => {
  test('isInside refuses ../ and absolute paths elsewhere; folds case on Windows only', () => {
    expect(isInside('/w/repo', '/w/repo/out/a.sarif', 'linux')).toBe(true);
    expect(isInside('/w/repo', '/w/repo', 'linux')).toBe(true);
    expect(isInside('/w/repo', '/w/repo-evil/a', 'linux')).toBe(false);
    expect(isInside('/w/repo', '/w/other/a', 'linux')).toBe(false);
    expect(isInside('/w/repo', '/W/Repo/a', 'linux')).toBe(false);
    expect(isInside('C:\\w\\repo', 'c:\\W\\Repo\\out\\a.sarif', 'win32')).toBe(true);
    expect(isInside('C:\\w\\repo', 'D:\\w\\repo\\a', 'win32')).toBe(false);
    expect(isInside('C:\\w\\repo', 'C:\\w\\repo\\..\\other', 'win32')).toBe(false);
  });

  test('onDiskSpelling keeps API paths as they are off Windows', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'src'));
    await writeFile(join(dir, 'src', 'App.kt'), '');
    expect(await onDiskSpelling(dir, ['src/App.kt', 'gone.kt'], 'linux')).toEqual(['src/App.kt', 'gone.kt']);
    if (process.platform === 'win32') expect(await onDiskSpelling(dir, ['SRC/app.KT'])).toEqual(['src/App.kt']);
  });
});

describe('runSettings', () => {
  const options = { checks: [], failOn: 'error' as const, maxFileSize: 1, requireGpl: 'auto' as const, artifacts: ['out/*.apk'], mirror: 'octo/public' };
  test('a release gives the publication check its tag and the released commit', () => {
    const event = base('release', { sha: 'e'.repeat(40), releaseTag: 'v1.4.0' });
    expect(runSettings(event, options, 'tok')).toEqual({
      requireGpl: 'auto', mirror: 'octo/public', repository: 'octo/app', ref: 'e'.repeat(40), releaseTag: 'v1.4.0', apiUrl: 'http://127.0.0.1:1', token: 'tok', artifacts: ['out/*.apk'],
    });
  });
  test('other events have no release tag', () => {
    expect(runSettings(base('push', { sha: 'f'.repeat(40), releaseTag: 'stray' }), options, undefined)).toMatchObject({ ref: 'f'.repeat(40), releaseTag: undefined, token: undefined });
  });
  test('a pull request or merge queue commit is a temporary merge: no released commit to look for', () => {
    for (const name of ['pull_request', 'pull_request_target', 'merge_group']) {
      expect(runSettings(base(name as never, { sha: 'a'.repeat(40) }), options, 'tok').ref).toBeUndefined();
    }
  });
});
