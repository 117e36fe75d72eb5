import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/fixtures.js';

const SCRIPT = join(REPO_ROOT, 'scripts/check-lockfile.mjs');
const LOCKFILE = join(REPO_ROOT, 'package-lock.json');

type Lock = { lockfileVersion: number; packages: Record<string, Record<string, unknown>> };

function check(lock: Lock) {
  const file = join(mkdtempSync(join(tmpdir(), 'tgc-lock-')), 'package-lock.json');
  writeFileSync(file, JSON.stringify(lock));
  const run = spawnSync(process.execPath, [SCRIPT, file], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr.replaceAll(file, 'LOCK') };
}

const lock = (): Lock => JSON.parse(readFileSync(LOCKFILE, 'utf8'));

describe('the lockfile check run by .ci/run before npm ci', () => {
  test('the committed lockfile passes', () => {
    const run = spawnSync(process.execPath, [SCRIPT, LOCKFILE], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('an entry without a version (what a plain npm install writes here) fails, naming it', () => {
    const broken = lock();
    const key = Object.keys(broken.packages).find((k) => k.includes('@unrs/resolver-binding-darwin-arm64'))!;
    delete broken.packages[key].version;
    const { status, stderr } = check(broken);
    expect(status).toBe(1);
    expect(stderr).toContain(`LOCK: ${key}: no version`);
    expect(stderr).toContain('scripts/relock.sh');
  });

  test.each(['darwin', 'win32'])('a lockfile without the %s bindings fails', (platform) => {
    const broken = lock();
    for (const key of Object.keys(broken.packages)) {
      if (key.includes('resolver-binding-') && key.includes(platform)) delete broken.packages[key];
    }
    const { status, stderr } = check(broken);
    expect(status).toBe(1);
    expect(stderr).toContain(`LOCK: node_modules/unrs-resolver: no platform binding for ${platform}`);
    expect(stderr).toMatch(/optional dependency @unrs\/resolver-binding-\S+ is missing/);
  });

  test('a file that is not a lockfile fails', () => {
    const { status, stderr } = check({ lockfileVersion: 1, packages: {} });
    expect(status).toBe(1);
    expect(stderr).toContain('not a package-lock.json of lockfileVersion 2 or 3');
  });
});
