import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MINIMUM_NODE_MAJOR, unsupportedNodeReason } from '../src/node-version.js';
import { VERSION } from '../src/version.js';
import { REPO_ROOT } from './helpers/fixtures.js';

const packageJson = async () => JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8'));

test('the version the tool reports is package.json\'s', async () => {
  expect(VERSION).toBe((await packageJson()).version);
});

test('the oldest Node.js the CLI accepts is package.json\'s engines.node', async () => {
  expect((await packageJson()).engines.node).toBe(`>=${MINIMUM_NODE_MAJOR}`);
  expect(unsupportedNodeReason('20.20.2')).toMatch(/Node\.js 20\.20\.2 is not supported: .*22 or later/);
  expect(unsupportedNodeReason('22.0.0')).toBeUndefined();
  expect(unsupportedNodeReason('24.9.0')).toBeUndefined();
  expect(unsupportedNodeReason('garbage')).toMatch(/not supported/);
});

test('the CLI bundle on an older Node.js: one line on stderr and exit 2, no stack trace', () => {
  // Pretends to be Node 20 the way an old runtime would report itself; the bundle itself runs unchanged.
  const pretendNode20 = `data:text/javascript,${encodeURIComponent(
    "Object.defineProperty(process.versions, 'node', { value: '20.20.2' });",
  )}`;
  const run = spawnSync(process.execPath, ['--import', pretendNode20, join(REPO_ROOT, 'dist/cli/index.js'), '--version'], { encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe('tg-compliance: error: Node.js 20.20.2 is not supported: tg-compliance needs Node.js 22 or later (Node.js 20 reached end of life on 2026-04-30)\n');
});
