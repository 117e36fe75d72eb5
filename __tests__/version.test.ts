import { expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VERSION } from '../src/version.js';
import { REPO_ROOT } from './helpers/fixtures.js';

test('the version the tool reports is package.json\'s', async () => {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8'));
  expect(VERSION).toBe(pkg.version);
});
